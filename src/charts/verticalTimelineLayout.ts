import { scaleUtc } from 'd3-scale';
import type { DatePrecision } from '../dates/parseDateText';
import { packRows } from './packRows';
import { paddedTimeDomain } from './paddedTimeDomain';
import type { TimelineItem } from './timelineLayout';
import { timeTickLabels } from './timeTickLabels';

export interface VerticalTimelineOptions {
  width: number;
  /** Length of the time axis (px), top to bottom. */
  plotHeight: number;
  /** Lanes in the order drawn, left to right. Items in other lanes are dropped. */
  lanes: { key: string; label: string }[];
  /** Marks closer than this (px) go to separate sub-columns of their lane. */
  minGap?: number;
  /** Most sub-columns a lane may use; past that, marks overlap. */
  maxColumns?: number;
  /** Left holds the time axis labels; top holds the lane labels. */
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Time span drawn; defaults to the items' extent, padded. */
  domain?: [Date, Date];
}

export interface VerticalTimelineMark {
  id: string;
  lane: string;
  /** Centre of the mark across the lane. */
  x: number;
  /** Position of a day mark; start of a month or year span. */
  y: number;
  /** End of the span (equal to y for a day mark). */
  y2: number;
  precision: DatePrecision;
}

export interface VerticalTimelineGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  lanes: { key: string; label: string; x: number; width: number }[];
  marks: VerticalTimelineMark[];
  ticks: { y: number; label: string }[];
  domain: [Date, Date];
}

/**
 * Lays out dated events on a vertical time axis (time runs down), one column per lane, for
 * narrow screens. Marks that would overlap move to sub-columns within their lane. Pure:
 * (items, options) → geometry.
 */
export function verticalTimelineLayout(items: readonly TimelineItem[], options: VerticalTimelineOptions): VerticalTimelineGeometry {
  const minGap = options.minGap ?? 10;
  const maxColumns = options.maxColumns ?? 3;
  const margin = options.margin ?? { top: 36, right: 8, bottom: 8, left: 52 };
  const laneKeys = new Set(options.lanes.map((lane) => lane.key));
  const drawn = items.filter((item) => laneKeys.has(item.lane));
  const domain = options.domain ?? paddedTimeDomain(drawn);
  const y = scaleUtc()
    .domain(domain)
    .range([margin.top, margin.top + options.plotHeight]);
  const laneWidth = options.lanes.length ? (options.width - margin.left - margin.right) / options.lanes.length : 0;

  const marks: VerticalTimelineMark[] = [];
  const lanes = options.lanes.map((lane, i) => {
    const x = margin.left + i * laneWidth;
    const inLane = drawn
      .filter((item) => item.lane === lane.key)
      .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
    const spans = inLane.map((item) => {
      const y1 = y(item.start);
      const y2 = item.precision === 'day' ? y1 : Math.max(y1, y(item.end));
      return { item, y1, y2, at: item.precision === 'day' ? y1 : (y1 + y2) / 2, end: y2 };
    });
    const packed = packRows(spans, { minGap, maxRows: maxColumns });
    const columnWidth = laneWidth / packed.count;
    spans.forEach(({ item, y1, y2 }, j) => {
      marks.push({
        id: item.id,
        lane: lane.key,
        x: round(x + columnWidth * ((packed.rows[j] ?? 0) + 0.5)),
        y: round(y1),
        y2: round(y2),
        precision: item.precision,
      });
    });
    return { key: lane.key, label: lane.label, x: round(x), width: round(laneWidth) };
  });

  const tickDates = y.ticks(Math.max(2, Math.floor(options.plotHeight / 70)));
  const labels = timeTickLabels(tickDates);
  const ticks = tickDates.map((date, i) => ({ y: round(y(date)), label: labels[i] ?? '' }));
  return { width: options.width, height: margin.top + options.plotHeight + margin.bottom, margin, lanes, marks, ticks, domain };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
