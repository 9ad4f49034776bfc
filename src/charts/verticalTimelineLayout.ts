import { baselines, leaderTo, markBoxes, measureLabel } from './labelGeometry';
import { roundCoordinate as round } from './roundCoordinate';
import { packLane } from './packLane';
import { placeLabels, type LabelRequest } from './placeLabels';
import { segmentScale } from './segmentScale';
import { segmentTicks } from './segmentTicks';
import { textEms } from './textEms';
import type { TIMELINE_DEFAULTS, Widened } from './timelineDefaults';
import type { AxisBreak, DrawnLabel, DrawnLane, DrawnMark, Margin, TimeSegment, TimelineDrawing, TimelineItem, TimelineLane } from './timelineTypes';
import { wrapLabel } from './wrapLabel';

type Narrow = Widened<(typeof TIMELINE_DEFAULTS)['narrow']>;
type LabelTuning = Widened<(typeof TIMELINE_DEFAULTS)['labels']>;

export interface VerticalTimelineOptions extends Omit<Narrow, 'margin'> {
  margin: Margin;
  /** Lanes in the order drawn, left to right; `short` names a narrow column (else the label, wrapped). */
  lanes: readonly TimelineLane[];
  segments: readonly TimeSegment[];
  /** Length of the time axis; by default from the number of events (perEvent, within minPlot…maxPlot). */
  plotHeight?: number | undefined;
  view?: readonly [number, number] | undefined;
  axisFont: number;
  labels: Omit<LabelTuning, 'maxShiftWide'>;
}

/**
 * Lays out dated events on a vertical, broken time axis (time runs down) for phones: one narrow
 * column per lane, marks that would overlap in sub-columns, and the key events' labels in a
 * column of their own on the right, each as near its mark's height as room allows and joined to
 * it by a leader. Pure: (items, options) → drawing; no d3, so the browser redraws with it.
 */
export function verticalTimelineLayout(items: readonly TimelineItem[], options: VerticalTimelineOptions): TimelineDrawing {
  const { margin, minGap } = options;
  const [v0, v1] = options.view ?? [0, 1];
  const scale = segmentScale(options.segments);
  const plotHeight = options.plotHeight ?? Math.round(Math.min(options.maxPlot, Math.max(options.minPlot, items.length * options.perEvent)));
  const top = margin.top;
  const bottom = top + plotHeight;
  const left = margin.left;
  const right = options.width - margin.right - options.gutter - options.gutterGap;
  const py = (t: number) => top + ((scale.toUnit(t) - v0) / (v1 - v0)) * plotHeight;
  const laneWidth = options.lanes.length ? (right - left) / options.lanes.length : 0;
  const maxColumns = Math.max(1, Math.min(options.maxColumns, Math.floor(laneWidth / options.minColumn)));
  // Lane names: short ones on one line; where they would touch, every other one a line higher.
  const names = options.lanes.map((lane) => (lane.short ? [lane.short] : wrapLabel(lane.label, Math.max(1, Math.floor(laneWidth / options.axisFont)), 2)));
  const stagger = names.some((lines) => lines.length === 1 && textEms(lines[0] ?? '') * options.axisFont > laneWidth - 2);

  const marks: DrawnMark[] = [];
  const inView = new Set<string>();
  const lanes: DrawnLane[] = options.lanes.map((lane, i) => {
    const x = left + i * laneWidth;
    const { spans, rows: columns } = packLane(items, lane.key, py, [top, bottom], { minGap, maxRows: maxColumns });
    const columnWidth = laneWidth / columns;
    for (const s of spans) {
      const cx = round(x + columnWidth * ((s.row ?? 0) + 0.5));
      const t = options.spanThickness;
      marks.push({
        id: s.item.id,
        lane: lane.key,
        dot: { cx, cy: round(s.at), r: s.item.span ? options.spanRadius : options.dayRadius },
        span: s.item.span ? { x: round(cx - t / 2), y: round(s.from), width: t, height: round(s.to - s.from) } : undefined,
      });
      if (s.row !== undefined) inView.add(s.item.id);
    }
    const lines = names[i] ?? [];
    const centre = round(x + laneWidth / 2);
    // Baselines: a glyph's box is about 1.45 em tall, so staggered rows stand 17 apart.
    const first = lines.length > 1 ? top - 24 : stagger && i % 2 === 1 ? top - 27 : top - 10;
    return {
      key: lane.key,
      label: lane.label,
      lines: lines.map((text, j) => ({ x: centre, y: first + j * 13, text })),
      anchor: 'middle',
      rule: i > 0 ? { x1: round(x), x2: round(x), y1: top - 40, y2: bottom } : undefined,
      band: { x: round(x), y: top, width: round(laneWidth), height: plotHeight },
    };
  });

  const ticks = segmentTicks(scale, [v0, v1], {
    length: plotHeight,
    spacing: options.tickSpacing,
    size: () => options.axisFont * 1.5,
    gap: 2,
    overhang: [6, margin.bottom],
    fitsAcross: (label) => textEms(label) * options.axisFont <= margin.left - 6,
  }).map((tick) => {
    const y = round(top + tick.at);
    return { line: { x1: left - 4, x2: right, y1: y, y2: y }, text: { x: left - 6, y: y + 4, text: tick.label }, anchor: 'end' as const };
  });

  const breaks: AxisBreak[] = [];
  options.segments.slice(1).forEach((segment, i) => {
    const a = py(options.segments[i]?.t1 ?? segment.t0);
    const b = py(segment.t0);
    if (b < top || a > bottom) return;
    const band = b - a > 1 ? { x: left, y: round(Math.max(a, top)), width: round(right - left), height: round(Math.min(b, bottom) - Math.max(a, top)) } : undefined;
    // Two slashes across the axis: at the edges of a break, or one above the other where the scale changes.
    const at = b - a > 6 ? [a, b] : [(a + b) / 2 - 3, (a + b) / 2 + 3];
    const strokes = at.filter((y) => y >= top && y <= bottom).map((y) => ({ x1: left - 5, y1: round(y + 3), x2: left + 5, y2: round(y - 3) }));
    breaks.push({ band, strokes });
  });

  const gutter = { x: right + options.gutterGap, y: top - 6, width: options.gutter, height: plotHeight + 12 };
  const labels = placeGutterLabels(items, marks, inView, gutter, options);
  const clip = { x: -10000, y: top - 7, width: 20000, height: plotHeight + 14 };
  return { orient: 'v', width: options.width, height: bottom + margin.bottom, plot: { left, top, right, bottom }, clip, ticks, breaks, lanes, marks, labels };
}

/** Candidates for a key event's label in the labels' column: level with its mark, then a step higher or lower at a time. */
function placeGutterLabels(
  items: readonly TimelineItem[],
  marks: readonly DrawnMark[],
  inView: ReadonlySet<string>,
  gutter: { x: number; y: number; width: number; height: number },
  options: VerticalTimelineOptions,
): DrawnLabel[] {
  const { labelFont: font } = options;
  const { padding, lineHeight, step, maxShiftNarrow } = options.labels;
  const markOf = new Map(marks.map((m) => [m.id, m]));
  const maxEms = Math.floor((gutter.width - 2 * padding) / font);
  // A key event is named only when its dot is in view (a month's span can reach into the view from outside).
  const dotInView = (id: string) => {
    const cy = markOf.get(id)?.dot.cy ?? -Infinity;
    return cy >= gutter.y && cy <= gutter.y + gutter.height;
  };
  const keyed = items.filter((item) => item.label && inView.has(item.id) && dotInView(item.id)).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.start - b.start || a.id.localeCompare(b.id));
  const requests: (LabelRequest & { lines: string[] })[] = [];
  for (const item of keyed) {
    const mark = markOf.get(item.id);
    if (!mark || !item.label) continue;
    const { lines, width, height } = measureLabel(item.label, font, padding, lineHeight, maxEms);
    const candidates = [];
    for (let shift = 0; shift <= maxShiftNarrow; shift += step) {
      for (const sign of shift === 0 ? [1] : [1, -1]) {
        const box = { x: gutter.x, y: round(mark.dot.cy - height / 2 + sign * shift), width, height };
        candidates.push({ box, leader: leaderTo(mark.dot, box) });
      }
    }
    requests.push({ id: item.id, lines, candidates, bounds: gutter, own: markBoxes(mark) });
  }
  const linesOf = new Map(requests.map((r) => [r.id, r.lines]));
  // Leaders cross the other lanes' columns on their way to the labels: they are drawn beneath the marks.
  return placeLabels(requests, marks.filter((m) => inView.has(m.id)).flatMap(markBoxes), { leadersAvoidObstacles: false }).map((p) => {
    const lines = linesOf.get(p.id) ?? [];
    const ys = baselines(p.box, lines.length, font, lineHeight);
    return { id: p.id, lines: lines.map((text, i) => ({ x: round(p.box.x + padding), y: ys[i] ?? 0, text })), anchor: 'start' as const, box: p.box, leader: p.leader };
  });
}
