import { baselines, leaderTo, markBoxes, measureLabel } from './labelGeometry';
import { roundCoordinate as round } from './roundCoordinate';
import { packLane } from './packLane';
import { placeLabels, type LabelCandidate, type LabelRequest } from './placeLabels';
import { segmentScale } from './segmentScale';
import { segmentTicks } from './segmentTicks';
import { textEms } from './textEms';
import type { TIMELINE_DEFAULTS, Widened } from './timelineDefaults';
import type { AxisBreak, Box, DrawnLabel, DrawnLane, DrawnMark, Margin, TimeSegment, TimelineDrawing, TimelineItem, TimelineLane } from './timelineTypes';
import { wrapLabel } from './wrapLabel';

type Wide = Widened<(typeof TIMELINE_DEFAULTS)['wide']>;
type LabelTuning = Widened<(typeof TIMELINE_DEFAULTS)['labels']>;

export interface TimelineOptions extends Omit<Wide, 'margin'> {
  margin: Margin;
  /** Lanes in the order drawn: `label` is the full name, `name` what the lane's label column shows. */
  lanes: readonly TimelineLane[];
  segments: readonly TimeSegment[];
  /** The part of the axis shown, 0 to 1 (zoomed in the browser); the whole axis by default. */
  view?: readonly [number, number] | undefined;
  axisFont: number;
  labels: Omit<LabelTuning, 'maxShiftNarrow'>;
}

/**
 * Lays out dated events on a horizontal, broken time axis (segments from segmentTimeline), one band
 * per lane: marks that would overlap move to extra rows of their lane, and the key events' labels
 * are placed beside their marks, in a free row of their lane with a leader where they must move.
 * Only marks in view take room. Pure: (items, options) → drawing; no d3, so the browser redraws a
 * zoomed view with the same function.
 */
export function timelineLayout(items: readonly TimelineItem[], options: TimelineOptions): TimelineDrawing {
  const { margin, rowHeight, minGap, maxRows } = options;
  const [v0, v1] = options.view ?? [0, 1];
  const scale = segmentScale(options.segments);
  const left = margin.left;
  const right = options.width - margin.right;
  const px = (t: number) => left + ((scale.toUnit(t) - v0) / (v1 - v0)) * (right - left);

  const marks: DrawnMark[] = [];
  const lanes: DrawnLane[] = [];
  const rowsOf = new Map<string, { band: Box; row: number }>();
  let y = margin.top;
  for (const lane of options.lanes) {
    const { spans, rows } = packLane(items, lane.key, px, [left, right], { minGap, maxRows });
    // A lane with key events in view gets one row more than its marks need: room for their labels.
    const keyed = spans.some((sp) => sp.row !== undefined && sp.item.label);
    const height = (rows + (keyed ? 1 : 0)) * rowHeight;
    const band = { x: 0, y, width: options.width, height };
    for (const s of spans) {
      const row = s.row ?? 0;
      const cy = round(y + rowHeight * (row + 0.5));
      const r = s.item.span ? options.spanRadius : options.dayRadius;
      const t = options.spanThickness;
      marks.push({
        id: s.item.id,
        lane: lane.key,
        dot: { cx: round(s.at), cy, r },
        span: s.item.span ? { x: round(s.from), y: round(cy - t / 2), width: round(s.to - s.from), height: t } : undefined,
      });
      if (s.row !== undefined) rowsOf.set(s.item.id, { band, row });
    }
    lanes.push({
      key: lane.key,
      label: lane.label,
      lines: [{ x: 4, y: y + 13, text: wrapLabel(lane.name ?? lane.label, Math.floor((margin.left - 8) / options.axisFont))[0] ?? '' }],
      anchor: 'start',
      rule: { x1: 0, x2: options.width, y1: y + height, y2: y + height },
      band,
    });
    y += height;
  }
  const bottom = Math.max(y, margin.top + 20);
  const height = bottom + margin.bottom;

  const ticks = segmentTicks(scale, [v0, v1], {
    length: right - left,
    spacing: options.tickSpacing,
    size: (label) => textEms(label) * options.axisFont,
    gap: 8,
    overhang: [margin.left - 4, margin.right - 2],
  }).map((tick) => {
    const x = round(left + tick.at);
    return { line: { x1: x, x2: x, y1: margin.top, y2: bottom + 4 }, text: { x, y: height - 8, text: tick.label }, anchor: 'middle' as const };
  });

  const breaks: AxisBreak[] = [];
  options.segments.slice(1).forEach((segment, i) => {
    const a = px(options.segments[i]?.t1 ?? segment.t0);
    const b = px(segment.t0);
    if (b < left || a > right) return;
    const band = b - a > 1 ? { x: round(Math.max(a, left)), y: margin.top, width: round(Math.min(b, right) - Math.max(a, left)), height: bottom - margin.top } : undefined;
    // Two slashes across the axis: at the edges of a break, or side by side where the scale changes.
    const at = b - a > 6 ? [a, b] : [(a + b) / 2 - 3, (a + b) / 2 + 3];
    const strokes = at.filter((x) => x >= left && x <= right).map((x) => ({ x1: round(x - 3), y1: bottom + 5, x2: round(x + 3), y2: bottom - 5 }));
    breaks.push({ band, strokes });
  });

  const labels = placeWideLabels(items, marks, rowsOf, options, { left, right });
  const clip = { x: left - 7, y: -10000, width: right - left + 14, height: 20000 };
  return { orient: 'h', width: options.width, height, plot: { left, top: margin.top, right, bottom }, clip, ticks, breaks, lanes, marks, labels };
}

/** Candidates for a key event's label: beside its mark in its own row, then further along it or in another row of its lane, nearest first. */
function placeWideLabels(
  items: readonly TimelineItem[],
  marks: readonly DrawnMark[],
  rowsOf: ReadonlyMap<string, { band: Box; row: number }>,
  options: TimelineOptions,
  plot: { left: number; right: number },
): DrawnLabel[] {
  const { labelFont: font, rowHeight } = options;
  const { padding, gap, lineHeight, step, maxShiftWide } = options.labels;
  const markOf = new Map(marks.map((m) => [m.id, m]));
  // A key event is named only when its dot is in view (a month's span can reach into the view from outside).
  const dotInView = (id: string) => {
    const cx = markOf.get(id)?.dot.cx ?? -Infinity;
    return cx >= plot.left && cx <= plot.right;
  };
  const keyed = items.filter((item) => item.label && rowsOf.has(item.id) && dotInView(item.id)).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.start - b.start || a.id.localeCompare(b.id));
  const requests: (LabelRequest & { lines: string[] })[] = [];
  for (const item of keyed) {
    const mark = markOf.get(item.id);
    const place = rowsOf.get(item.id);
    if (!mark || !place || !item.label) continue;
    const { lines, width, height } = measureLabel(item.label, font, padding, lineHeight);
    const { cx, r } = mark.dot;
    const rows = Math.round(place.band.height / rowHeight);
    const candidates: (LabelCandidate & { cost: number })[] = [];
    for (let row = 0; row < rows; row += 1) {
      const top = place.band.y + rowHeight * (row + 0.5) - height / 2;
      const xs = row === place.row ? [cx + r + gap, cx - r - gap - width] : [cx - padding - 1, cx - width + padding + 1];
      for (let shift = 0; shift <= maxShiftWide; shift += step) {
        for (const [i, x0] of xs.entries()) {
          const box = { x: round(x0 + (i === 0 ? shift : -shift)), y: round(top), width, height };
          const beside = row === place.row && shift === 0;
          const leader = beside ? undefined : leaderTo(mark.dot, box);
          const cost = Math.abs(row - place.row) * rowHeight + shift + (i === 0 ? 0 : 0.5);
          candidates.push({ box, leader, cost });
        }
      }
    }
    candidates.sort((a, b) => a.cost - b.cost);
    requests.push({
      id: item.id,
      lines,
      candidates,
      bounds: { x: plot.left, y: place.band.y, width: plot.right - plot.left, height: place.band.height },
      own: markBoxes(mark),
    });
  }
  const obstacles = marks.filter((m) => rowsOf.has(m.id)).flatMap(markBoxes);
  const linesOf = new Map(requests.map((r) => [r.id, r.lines]));
  return placeLabels(requests, obstacles, { leadersAvoidObstacles: true }).map((p) => {
    const lines = linesOf.get(p.id) ?? [];
    const ys = baselines(p.box, lines.length, font, lineHeight);
    return { id: p.id, lines: lines.map((text, i) => ({ x: round(p.box.x + padding), y: ys[i] ?? 0, text })), anchor: 'start' as const, box: p.box, leader: p.leader };
  });
}
