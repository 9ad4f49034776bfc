/**
 * Every tuning value of the timelines, declared once. The build lays out with these; each SVG
 * carries the ones it was drawn with (src/charts/timelineDataset.ts), and the browser's
 * controller redraws from those attributes, never from numbers of its own. Lengths are SVG user
 * units; the wide chart is shown at about 1.3 times its size on a laptop, the narrow one at
 * about its size on a phone.
 */
export const TIMELINE_DEFAULTS = {
  /** Laptops and tablets: time runs left to right, one band of rows per lane. */
  wide: {
    width: 760,
    margin: { top: 8, right: 16, bottom: 26, left: 96 },
    /** Height of one row of marks; a crowded lane gets more rows. */
    rowHeight: 18,
    /** Marks closer than this go to separate rows. */
    minGap: 12,
    /** Most rows a lane may use; past that, marks overlap. */
    maxRows: 6,
    /** Dots: an event known to the day; the middle of a month or year span. */
    dayRadius: 5.5,
    spanRadius: 4,
    /** Thickness of a span's bar. */
    spanThickness: 8,
    /** About one time tick per this length of axis (monthly ticks over four months need 45). */
    tickSpacing: 45,
    /** Chart labels of key events. */
    labelFont: 11,
  },
  /**
   * Phones: time runs down the page; lanes are narrow columns on the left, and the key events'
   * labels stand in a column of their own on the right, each joined to its mark by a line.
   */
  narrow: {
    width: 360,
    /** The left margin holds a tick's full date (2025.11.14, about 61 units at 11). */
    margin: { top: 44, right: 4, bottom: 10, left: 66 },
    /** Width of the labels' column, and the space between it and the lanes. */
    gutter: 150,
    gutterGap: 8,
    /** Length of the time axis: this much per event, within the bounds below. */
    perEvent: 12,
    minPlot: 360,
    maxPlot: 1600,
    /** A lane is split into sub-columns at least this wide when its marks crowd. */
    minColumn: 11,
    maxColumns: 4,
    /** Marks closer than this go to separate sub-columns. */
    minGap: 11,
    dayRadius: 5,
    spanRadius: 3.5,
    spanThickness: 7,
    tickSpacing: 90,
    labelFont: 12,
  },
  /** Text sizes the charts' CSS gives tick labels and lane names (global.css, `.axis text`). */
  axisFont: 11,
  /** Placing labels: their padding, the gap to their mark, how far one may move from it. */
  labels: {
    padding: 2,
    gap: 3,
    lineHeight: 1.25,
    step: 4,
    maxShiftWide: 200,
    maxShiftNarrow: 96,
  },
  /**
   * The time axis: an empty stretch longer than `minBreakDays` (after `padDays` around each
   * event) is cut out and drawn as a break `breakShare` of the axis long; in a segment of at least
   * `focusMinEvents` events, the densest `focusDays` holding `focusShare` of them (in at most
   * `focusMaxLength` of the segment) becomes a segment of its own; each segment gets a share of the
   * axis in proportion to its events, at least `minShare`.
   */
  scale: {
    minBreakDays: 120,
    padDays: 20,
    breakShare: 0.03,
    minShare: 0.05,
    focusDays: 92,
    focusMinEvents: 20,
    focusShare: 0.35,
    focusMaxLength: 0.3,
  },
  /** The closest zoom, in days across the chart. */
  minSpanDays: 10,
} as const;

export type TimelineDefaults = typeof TIMELINE_DEFAULTS;

/** A defaults object with its literal numbers widened: the type of options built from it. */
export type Widened<T> = { -readonly [K in keyof T]: T[K] extends number ? number : T[K] extends object ? Widened<T[K]> : T[K] };
