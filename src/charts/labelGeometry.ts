/**
 * Geometry the two timeline layouts share for their labels (one copy of each rule): how much
 * room a label's text takes, where its baseline sits in that room, the boxes no label may cover,
 * and the leader from a mark to a label that moved away from it.
 */
import { roundCoordinate as round } from './roundCoordinate';
import { textEms } from './textEms';
import type { Box, DrawnMark, Line } from './timelineTypes';
import { wrapLabel } from './wrapLabel';

export interface LabelMetrics {
  lines: string[];
  width: number;
  height: number;
}

/**
 * The room a label takes at `font` size: its lines (wrapped to `maxEms` if given, at most two),
 * their widest width plus padding, and their height. Text width is estimated (CJK 1 em, others
 * about half), since SVG text cannot be measured at build time.
 */
export function measureLabel(text: string, font: number, padding: number, lineHeight: number, maxEms?: number): LabelMetrics {
  const lines = maxEms === undefined ? [text] : wrapLabel(text, maxEms, 2);
  const ems = Math.max(...lines.map(textEms));
  return { lines, width: round(ems * font + 2 * padding), height: round(lines.length * font * lineHeight + 2 * padding) };
}

/** Baselines of a label's lines, centred in its box (CJK glyphs sit about 0.36 em below the centre). */
export function baselines(box: Box, count: number, font: number, lineHeight: number): number[] {
  const step = font * lineHeight;
  const first = box.y + box.height / 2 - ((count - 1) * step) / 2 + font * 0.36;
  return Array.from({ length: count }, (_, i) => round(first + i * step));
}

/** The boxes marks take: a dot's square (and a hair around it), a span's bar. */
export function markBoxes(mark: DrawnMark): Box[] {
  const r = mark.dot.r + 1;
  const dot = { x: mark.dot.cx - r, y: mark.dot.cy - r, width: 2 * r, height: 2 * r };
  return mark.span ? [dot, mark.span] : [dot];
}

/** A line from the edge of a mark's dot to the nearest point of a label's box. */
export function leaderTo(dot: DrawnMark['dot'], box: Box): Line {
  const x = Math.min(Math.max(dot.cx, box.x), box.x + box.width);
  const y = Math.min(Math.max(dot.cy, box.y), box.y + box.height);
  const length = Math.hypot(x - dot.cx, y - dot.cy) || 1;
  return {
    x1: round(dot.cx + ((x - dot.cx) / length) * dot.r),
    y1: round(dot.cy + ((y - dot.cy) / length) * dot.r),
    x2: round(x),
    y2: round(y),
  };
}
