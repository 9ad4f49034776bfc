import { readMarkDatasets, readTimelineDataset, type TimelineDataset } from '../charts/timelineDataset';
import type { TimelineItem } from '../charts/timelineTypes';

export interface TimelineChart {
  svg: SVGSVGElement;
  dataset: TimelineDataset;
  lanes: { key: string; label: string; el: SVGGElement }[];
  marks: { el: SVGAElement; item: TimelineItem }[];
}

/** Reads what a built timeline SVG carries (its dataset, lanes and marks), once. Throws on a missing attribute. */
export function readTimelineChart(svg: SVGSVGElement): TimelineChart {
  const lanes = [...svg.querySelectorAll<SVGGElement>('g.lane')].map((el) => {
    const key = el.dataset['lane'];
    if (key === undefined) throw new Error('timeline lane without data-lane');
    return { key, label: el.querySelector('.lane-label title')?.textContent ?? key, el };
  });
  const els = lanes.flatMap((lane) => [...lane.el.querySelectorAll<SVGAElement>('a.tl-mark')].map((el) => ({ el, lane: lane.key })));
  const items = readMarkDatasets(els.map(({ el, lane }) => ({ dataset: el.dataset, lane })));
  return { svg, dataset: readTimelineDataset(svg.dataset), lanes, marks: els.map(({ el }, i) => ({ el, item: items[i] as TimelineItem })) };
}
