import type { TimeSegment } from './timelineTypes';

/** How to cut the axis (TIMELINE_DEFAULTS.scale). */
export interface SegmentOptions {
  /** An empty stretch at least this long becomes a break. */
  minBreakDays: number;
  /** Room kept around each event before a stretch counts as empty. */
  padDays: number;
  /** The share of the axis each break takes. */
  breakShare: number;
  /** The least share of the axis a segment takes, however few its events. */
  minShare: number;
  /**
   * A crowded stretch inside a segment becomes a segment of its own, drawn larger: the densest
   * `focusDays` of a segment of at least `focusMinEvents` events, when it holds at least
   * `focusShare` of them in at most `focusMaxLength` of the segment's duration.
   */
  focusDays: number;
  focusMinEvents: number;
  focusShare: number;
  focusMaxLength: number;
}

const DAY = 864e5;

/**
 * Cuts a time axis into segments where the events are: every empty stretch of at least
 * `minBreak` becomes a break (drawn short), a crowded stretch within a segment becomes a segment
 * of its own (the scale changes there, with no gap: t1 of one is t0 of the next), and each segment
 * takes a share of the axis in proportion to the events in it, never less than `minShare`. Within
 * a segment time runs linearly, so durations compare within it; the charts mark every boundary.
 * Pure: (spans, options) → segments in time order, u from 0 to 1.
 */
export function segmentTimeline(spans: readonly { start: number; end: number }[], options: SegmentOptions): TimeSegment[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  if (sorted.length === 0) return [{ t0: Date.UTC(2015, 0, 1), t1: Date.UTC(2027, 0, 1), u0: 0, u1: 1 }];
  const pad = Math.max(options.padDays, 1) * DAY;
  const minBreak = options.minBreakDays * DAY;
  const runs: { t0: number; t1: number; count: number }[] = [];
  for (const span of sorted) {
    const t0 = span.start - pad;
    const t1 = Math.max(span.end, span.start + DAY) + pad;
    const last = runs.at(-1);
    if (last && t0 - last.t1 < minBreak) {
      last.t1 = Math.max(last.t1, t1);
      last.count += 1;
    } else runs.push({ t0, t1, count: 1 });
  }
  const pieces = runs.flatMap((run) => focus(run, sorted, options));
  const gaps = pieces.slice(1).filter((piece, i) => piece.t0 > (pieces[i]?.t1 ?? 0)).length;
  const room = 1 - gaps * options.breakShare;
  const shares = fairShares(
    pieces.map((piece) => piece.count),
    options.minShare,
  );
  let u = 0;
  return pieces.map((piece, i) => {
    const u0 = i > 0 && piece.t0 > (pieces[i - 1]?.t1 ?? 0) ? u + options.breakShare : u;
    const u1 = i === pieces.length - 1 ? 1 : u0 + (shares[i] ?? 0) * room;
    u = u1;
    return { t0: piece.t0, t1: piece.t1, u0: round(u0), u1: round(u1), ...(piece.focus ? { focus: true as const } : {}) };
  });
}

type Run = { t0: number; t1: number; count: number; focus?: true };

/** Splits the densest window out of a crowded run (see focusLength), with its sparse ends merged into it. */
function focus(run: Run, spans: readonly { start: number; end: number }[], options: SegmentOptions): Run[] {
  const window = options.focusDays * DAY;
  const mids = spans.map((s) => (s.start + s.end) / 2).filter((t) => t >= run.t0 && t <= run.t1);
  if (mids.length < options.focusMinEvents || window > options.focusMaxLength * (run.t1 - run.t0)) return [run];
  let best = { from: 0, count: 0 };
  mids.forEach((t, i) => {
    let j = i;
    while (j < mids.length && (mids[j] ?? Infinity) < t + window) j += 1;
    if (j - i > best.count) best = { from: i, count: j - i };
  });
  // Trim lone events off the window's ends: one farther from its neighbour than four times the window's mean spacing.
  let [from, to] = [best.from, best.from + best.count - 1];
  const spacing = () => ((mids[to] ?? 0) - (mids[from] ?? 0)) / Math.max(1, to - from);
  while (to - from > 1 && (mids[from + 1] ?? 0) - (mids[from] ?? 0) > 4 * spacing()) from += 1;
  while (to - from > 1 && (mids[to] ?? 0) - (mids[to - 1] ?? 0) > 4 * spacing()) to -= 1;
  best = { from, count: to - from + 1 };
  if (best.count < options.focusShare * mids.length) return [run];
  // The window runs from the first of its first event's month to the end of its last event's, so
  // that the scale changes on a month's first day, where a tick names it.
  let t0 = Math.max(run.t0, monthStart(mids[best.from] ?? run.t0, 0));
  let t1 = Math.min(run.t1, monthStart(mids[best.from + best.count - 1] ?? run.t1, 1));
  const before = mids.filter((t) => t < t0).length;
  const after = mids.filter((t) => t > t1).length;
  // A stretch with few events on either side belongs with the window rather than in a sliver of its own.
  if (before < 0.1 * mids.length && t0 - run.t0 < window) t0 = run.t0;
  if (after < 0.1 * mids.length && run.t1 - t1 < window) t1 = run.t1;
  const count = mids.length - (t0 > run.t0 ? before : 0) - (t1 < run.t1 ? after : 0);
  return [
    ...(t0 > run.t0 ? [{ t0: run.t0, t1: t0, count: before }] : []),
    { t0, t1, count, focus: true as const },
    ...(t1 < run.t1 ? [{ t0: t1, t1: run.t1, count: after }] : []),
  ];
}

function monthStart(t: number, add: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + add, 1);
}

/** Shares (summing to 1) in proportion to `counts`, each at least `floor` where that is possible. */
function fairShares(counts: readonly number[], floor: number): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  const shares = counts.map((n) => n / total);
  const floored = new Set<number>();
  // Lift the smallest to the floor and take the room from the others, until none is below it.
  for (let pass = 0; pass < counts.length; pass += 1) {
    const fixed = floored.size * floor;
    const rest = counts.reduce((sum, n, i) => (floored.has(i) ? sum : sum + n), 0);
    let changed = false;
    counts.forEach((n, i) => {
      if (floored.has(i)) return;
      shares[i] = rest > 0 ? ((1 - fixed) * n) / rest : 0;
      if ((shares[i] ?? 0) < floor && floor * (floored.size + 1) <= 1) {
        floored.add(i);
        changed = true;
      }
    });
    floored.forEach((i) => (shares[i] = floor));
    if (!changed) break;
  }
  return shares;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
