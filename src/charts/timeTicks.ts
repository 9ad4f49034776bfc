/**
 * Ticks for a time axis: the coarsest step (10 years … 1 day) that gives at most `maxCount`
 * ticks in [from, to] (ms, UTC), labelled short but unambiguous (years; months as "04月" with the
 * year on the first tick and on January; days as "14日" with the full date on the first tick).
 * The timelines use it at build time and in the browser, after the reader zooms or pans, so the
 * two draw the same ticks; pure and small, so the timeline ships no d3 to the reader.
 */
export interface TimeTick {
  t: number;
  label: string;
  /** The label in full, with its year: what the tick says when it is the first one shown. */
  full: string;
}

const DAY = 864e5;
/** [unit, size]: years, months or days. */
const STEPS: [string, number][] = [
  ['d', 1],
  ['d', 2],
  ['d', 7],
  ['d', 14],
  ['m', 1],
  ['m', 3],
  ['m', 6],
  ['y', 1],
  ['y', 2],
  ['y', 5],
  ['y', 10],
];

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function ticksFor(unit: string, size: number, from: number, to: number): number[] {
  const out: number[] = [];
  const start = new Date(from);
  let y = start.getUTCFullYear();
  if (unit === 'y') {
    y = Math.ceil(y / size) * size;
    for (let t = Date.UTC(y, 0, 1); t <= to; y += size, t = Date.UTC(y, 0, 1)) if (t >= from) out.push(t);
  } else if (unit === 'm') {
    let m = Math.floor(start.getUTCMonth() / size) * size;
    for (let t = Date.UTC(y, m, 1); t <= to; m += size, t = Date.UTC(y, m, 1)) if (t >= from) out.push(t);
  } else {
    // Days: every `size` days counted from the first of each month (1, 8, 15, 22, 29 for weeks),
    // so ticks stay on the same dates whatever the view.
    let m = start.getUTCMonth();
    for (let first = Date.UTC(y, m, 1); first <= to; m += 1, first = Date.UTC(y, m, 1)) {
      const next = Date.UTC(y, m + 1, 1);
      for (let t = first; t < next && t <= to; t += size * DAY) {
        // Skip a tick that would sit closer to the next month's 1st than half a step.
        if (t >= from && (size === 1 || next - t >= (size * DAY) / 2)) out.push(t);
      }
    }
  }
  return out;
}

export function timeTicks(from: number, to: number, maxCount: number): TimeTick[] {
  let chosen: [string, number[]] = ['y', []];
  for (const [unit, size] of STEPS) {
    const ticks = ticksFor(unit, size, from, to);
    chosen = [unit, ticks];
    if (ticks.length <= Math.max(2, maxCount)) break;
  }
  const [unit, ticks] = chosen;
  return ticks.map((t, i) => {
    const d = new Date(t);
    const year = d.getUTCFullYear();
    const month = pad(d.getUTCMonth() + 1);
    const day = d.getUTCDate();
    const full = unit === 'y' ? String(year) : unit === 'm' ? `${year}.${month}` : `${year}.${month}.${pad(day)}`;
    let label: string;
    if (unit === 'y') label = full;
    else if (unit === 'm') label = i === 0 || month === '01' ? full : `${month}月`;
    else label = i === 0 || (day === 1 && month === '01') ? full : day === 1 ? `${month}.01` : `${pad(day)}日`;
    return { t, label, full };
  });
}
