import { readMarkDatasets, readTimelineDataset, type TimelineDataset } from '../charts/timelineDataset';
import type { TimelineItem } from '../charts/timelineTypes';

export interface TimelineChart {
  svg: SVGSVGElement;
  dataset: TimelineDataset;
  lanes: { key: string; label: string; el: SVGGElement }[];
  marks: { el: SVGAElement; item: TimelineItem }[];
}

/**
 * Reads what a built timeline SVG carries (its dataset, lanes and marks), once. The wide SVG of a
 * chart carries its marks' times and labels; the narrow one, drawn from the same events, finds
 * them in `known` (what was read before). Throws on a missing attribute.
 */
export function readTimelineChart(svg: SVGSVGElement, known: ReadonlyMap<string, TimelineItem>): TimelineChart {
  const lanes = [...svg.querySelectorAll<SVGGElement>('g.lane')].map((el) => {
    const key = el.dataset['lane'];
    if (key === undefined) throw new Error('timeline lane without data-lane');
    return { key, label: el.querySelector('.lane-label title')?.textContent ?? key, el };
  });
  const els = lanes.flatMap((lane) => [...lane.el.querySelectorAll<SVGAElement>('a.tl-mark')].map((el) => ({ el, lane: lane.key })));
  const items = els.some(({ el }) => el.dataset['t'] !== undefined)
    ? readMarkDatasets(els.map(({ el, lane }) => ({ dataset: el.dataset, lane })))
    : els.map(({ el, lane }) => {
        const item = known.get(el.dataset['event'] ?? '');
        if (!item) throw new Error(`timeline mark ${el.dataset['event']}: no data-t here, and no other rendering carries it`);
        return { ...item, lane };
      });
  return { svg, dataset: readTimelineDataset(svg.dataset), lanes, marks: els.map(({ el }, i) => ({ el, item: items[i] as TimelineItem })) };
}
