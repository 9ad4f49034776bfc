import { timelineOptions } from '../charts/timelineDataset';
import { timelineLayout } from '../charts/timelineLayout';
import type { TimelineDrawing } from '../charts/timelineTypes';
import { verticalTimelineLayout } from '../charts/verticalTimelineLayout';
import type { TimelineChart } from './readTimelineChart';

const SVG_NS = 'http://www.w3.org/2000/svg';

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Redraws a timeline for a view of its axis (0 to 1) and the events not filtered out, with the
 * layout functions the build drew it with: marks re-packed into rows, ticks and breaks for the
 * view, and the key events' labels placed again, so zooming in names more of them. A wide chart's
 * lanes that a filter empties fold away.
 */
export function drawTimelineChart(chart: TimelineChart, view: readonly [number, number], hidden: ReadonlySet<string>): TimelineDrawing {
  const items = chart.marks.filter((m) => !hidden.has(m.item.id)).map((m) => m.item);
  const shown = new Set(items.map((item) => item.lane));
  const { dataset } = chart;
  const drawing =
    dataset.orient === 'h'
      ? timelineLayout(items, { ...timelineOptions(dataset), view, lanes: chart.lanes.filter((lane) => hidden.size === 0 || shown.has(lane.key)) })
      : verticalTimelineLayout(items, { ...timelineOptions(dataset), view, lanes: chart.lanes });
  const { svg } = chart;
  svg.setAttribute('viewBox', `0 0 ${drawing.width} ${drawing.height}`);

  const drawn = new Map(drawing.lanes.map((lane) => [lane.key, lane]));
  for (const lane of chart.lanes) {
    const d = drawn.get(lane.key);
    lane.el.setAttribute('display', d ? 'inline' : 'none');
    if (!d || drawing.orient === 'v') continue;
    const rule = lane.el.querySelector('.lane-rule');
    if (d.rule) for (const [k, v] of Object.entries(d.rule)) rule?.setAttribute(k, String(v));
    lane.el.querySelector('.lane-label')?.setAttribute('y', String(d.lines[0]?.y ?? 0));
  }
  const marks = new Map(drawing.marks.map((mark) => [mark.id, mark]));
  for (const { el: a, item } of chart.marks) {
    const mark = marks.get(item.id);
    if (!mark) continue;
    const dot = a.querySelector('circle');
    dot?.setAttribute('cx', String(mark.dot.cx));
    dot?.setAttribute('cy', String(mark.dot.cy));
    const span = a.querySelector('rect');
    if (span && mark.span) for (const [k, v] of Object.entries(mark.span)) span.setAttribute(k, String(v));
  }

  svg.querySelector('[data-axis]')?.replaceChildren(
    ...drawing.breaks.flatMap((b) => (b.band ? [el('rect', { class: 'axis-break', ...b.band })] : [])),
    ...drawing.ticks.map((tick) => {
      const g = el('g', {});
      g.append(el('line', { ...tick.line }), el('text', { x: tick.text.x, y: tick.text.y, 'text-anchor': tick.anchor }, tick.text.text));
      return g;
    }),
    ...drawing.breaks.flatMap((b) => b.strokes.map((s) => el('line', { class: 'axis-break-stroke', ...s }))),
  );
  svg.querySelector('[data-leaders]')?.replaceChildren(...drawing.labels.flatMap((l) => (l.leader ? [el('line', { ...l.leader })] : [])));
  svg.querySelector('[data-labels]')?.replaceChildren(
    ...drawing.labels.map((l) => {
      const [first] = l.lines;
      const text = el('text', { 'data-for': l.id, x: first?.x ?? 0, y: first?.y ?? 0, 'text-anchor': l.anchor }, l.lines.length === 1 ? first?.text : undefined);
      if (l.lines.length > 1) text.append(...l.lines.map((line) => el('tspan', { x: line.x, y: line.y }, line.text)));
      return text;
    }),
  );
  return drawing;
}
