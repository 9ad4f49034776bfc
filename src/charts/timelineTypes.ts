/**
 * The shapes the timeline layouts take and return, in one module of types, so that the
 * layouts, the scale, the label placement and the browser's controller share them without
 * importing each other. Times are milliseconds (UTC), lengths are SVG user units.
 */

/** One dated event, as the layouts see it. */
export interface TimelineItem {
  id: string;
  /** First instant the event's date covers. */
  start: number;
  /** First instant after it (a month-precision event covers the month). */
  end: number;
  /** Known only to the month or year: drawn as a span with a dot at its middle. */
  span: boolean;
  /** Key of the lane the event is drawn in. */
  lane: string;
  /** A key event's chart label (content's `label`), placed next to its mark where there is room. */
  label?: string | undefined;
  /** Which labels are placed first when room is short: lower first. */
  rank?: number | undefined;
}

/** A lane: its full name, and the shorter names a narrow column or the wide chart's label column draws. */
export interface TimelineLane {
  key: string;
  label: string;
  /** What the wide chart's label column shows (default: the label). */
  name?: string | undefined;
  /** What a phone's narrow column shows (default: the label, wrapped). */
  short?: string | undefined;
}

/**
 * One stretch of the time axis drawn at its own linear scale: from t0 to t1 (ms) over u0 to u1
 * (a fraction of the axis). Between two segments lies a break: an empty stretch drawn short.
 */
export interface TimeSegment {
  t0: number;
  t1: number;
  u0: number;
  u1: number;
  /** The crowded stretch drawn larger than the segments beside it. */
  focus?: true | undefined;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TextLine {
  x: number;
  y: number;
  text: string;
}

export type TextAnchor = 'start' | 'middle' | 'end';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface DrawnMark {
  id: string;
  lane: string;
  dot: { cx: number; cy: number; r: number };
  /** The span of an event known only to the month or year. */
  span?: Box | undefined;
}

export interface DrawnLabel {
  id: string;
  lines: TextLine[];
  anchor: TextAnchor;
  /** The room the label takes (what no other text or mark may enter). */
  box: Box;
  /** From the mark to the label, where the label had to move away from its mark. */
  leader?: Line | undefined;
}

export interface DrawnLane {
  key: string;
  /** The lane's full name (its SVG title). */
  label: string;
  /** The lane's name as drawn: one or two lines. */
  lines: TextLine[];
  anchor: TextAnchor;
  /** The line that separates it from the next lane (wide) or the previous one (narrow). */
  rule?: Line | undefined;
  /** The band (wide: full width, its rows' height) or column (narrow: its width, full height). */
  band: Box;
}

export interface AxisTick {
  line: Line;
  text: TextLine;
  anchor: TextAnchor;
}

/**
 * A boundary between two segments of the axis: a break (the short stretch standing for an empty
 * period, drawn as a pale band) or, where no time is left out, a change of scale (strokes only).
 */
export interface AxisBreak {
  band?: Box | undefined;
  /** Two short strokes across the axis line: the usual sign of a broken axis. */
  strokes: Line[];
}

/** Everything a timeline SVG draws, wide or narrow: the one template renders either. */
export interface TimelineDrawing {
  orient: 'h' | 'v';
  width: number;
  height: number;
  /** The area the marks move in: left, top, right, bottom. */
  plot: { left: number; top: number; right: number; bottom: number };
  /** What the marks are clipped to when zoomed (a little wider than the plot along the time axis). */
  clip: Box;
  ticks: AxisTick[];
  breaks: AxisBreak[];
  lanes: DrawnLane[];
  marks: DrawnMark[];
  labels: DrawnLabel[];
}
