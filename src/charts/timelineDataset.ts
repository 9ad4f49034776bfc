/**
 * What a timeline SVG tells the browser's controller, written by the build and read back in the
 * browser through one set of functions, so the two cannot disagree: the SVG carries only what
 * differs from chart to chart (its orientation, its broken axis, the room for lane names or the
 * axis's length), and `timelineOptions` completes it from TIMELINE_DEFAULTS on both sides. Each
 * mark carries its time and a key event's label. A missing value is an error, never a fallback.
 */
import { rankKeyEvents } from './rankKeyEvents';
import { TIMELINE_DEFAULTS as D } from './timelineDefaults';
import type { TimelineOptions } from './timelineLayout';
import type { TimeSegment, TimelineItem } from './timelineTypes';
import type { VerticalTimelineOptions } from './verticalTimelineLayout';
import type { EventKind } from '../schemas/vocabulary';

/** What differs between two timeline SVGs. */
export type TimelineDataset =
  | { orient: 'h'; segments: TimeSegment[]; labelWidth: number }
  | { orient: 'v'; segments: TimeSegment[]; plotHeight: number };

type OptionsFor<T extends TimelineDataset> = T extends { orient: 'h' }
  ? Omit<TimelineOptions, 'lanes' | 'view'>
  : Omit<VerticalTimelineOptions, 'lanes' | 'view'> & { plotHeight: number };

/** A chart's layout options (without its lanes and view): the defaults, completed by its dataset. */
export function timelineOptions<T extends TimelineDataset>(dataset: T): OptionsFor<T> {
  const { maxShiftNarrow, maxShiftWide, ...labels } = D.labels;
  const options: OptionsFor<Extract<TimelineDataset, { orient: 'h' }>> | OptionsFor<Extract<TimelineDataset, { orient: 'v' }>> =
    dataset.orient === 'h'
      ? { ...D.wide, margin: { ...D.wide.margin, left: dataset.labelWidth }, segments: dataset.segments, axisFont: D.axisFont, labels: { ...labels, maxShiftWide } }
      : { ...D.narrow, margin: { ...D.narrow.margin }, segments: dataset.segments, plotHeight: dataset.plotHeight, axisFont: D.axisFont, labels: { ...labels, maxShiftNarrow } };
  // Checked against both shapes above; TypeScript cannot narrow a generic by the orientation.
  return options as unknown as OptionsFor<T>;
}

export function writeTimelineDataset(dataset: TimelineDataset): Record<string, string | number> {
  const segments = dataset.segments.map((s) => `${s.t0} ${s.t1} ${s.u0} ${s.u1}`).join(',');
  return dataset.orient === 'h'
    ? { 'data-orient': 'h', 'data-segments': segments, 'data-label-width': dataset.labelWidth }
    : { 'data-orient': 'v', 'data-segments': segments, 'data-plot-height': dataset.plotHeight };
}

export function readTimelineDataset(dataset: DOMStringMap): TimelineDataset {
  const number = (name: string, text: string | undefined) => {
    const value = Number(text);
    if (text === undefined || text === '' || !Number.isFinite(value)) throw new Error(`timeline SVG: data-${name} is missing or not a number`);
    return value;
  };
  const segments = (dataset['segments'] ?? '').split(',').map((text) => {
    const parts = text.split(' ');
    if (parts.length !== 4) throw new Error(`timeline SVG: data-segments has "${text}", not t0 t1 u0 u1`);
    const [t0, t1, u0, u1] = parts.map((part) => number('segments', part));
    return { t0, t1, u0, u1 } as TimeSegment;
  });
  const orient = dataset['orient'];
  if (orient === 'h') return { orient, segments, labelWidth: number('label-width', dataset['labelWidth']) };
  if (orient === 'v') return { orient, segments, plotHeight: number('plot-height', dataset['plotHeight']) };
  throw new Error(`timeline SVG: data-orient is "${orient}", not h or v`);
}

/** A mark's attributes: its time (data-t, data-t2, ms) and a key event's label. */
export function writeMarkDataset(item: Pick<TimelineItem, 'start' | 'end' | 'label'>): Record<string, string | number | undefined> {
  return { 'data-t': item.start, 'data-t2': item.end, 'data-label': item.label };
}

const DAY = 864e5;

/**
 * The items the marks of one chart stand for (each mark's dataset, with its event's id, case,
 * kind and lane), ranked as the build ranked them. An event known only to the month or year
 * spans more than a day.
 */
export function readMarkDatasets(marks: readonly { dataset: DOMStringMap; lane: string }[]): TimelineItem[] {
  const items = marks.map(({ dataset, lane }) => {
    const id = dataset['event'];
    const [t, t2] = [dataset['t'], dataset['t2']];
    const start = Number(t);
    const end = Number(t2);
    if (!id || t === undefined || t2 === undefined || !Number.isFinite(start) || !Number.isFinite(end)) throw new Error(`timeline mark ${id}: data-event, data-t or data-t2 missing`);
    return { id, lane, start, end, span: end - start > DAY, label: dataset['label'], caseId: dataset['case'] ?? '', kind: dataset['kind'] as EventKind };
  });
  const ranks = rankKeyEvents(items);
  return items.map(({ caseId, kind, ...item }) => ({ ...item, rank: ranks.get(item.id) }));
}
