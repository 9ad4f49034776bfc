/**
 * Makes a build-time timeline explorable: zoom and pan (years down to days) by laying the chart
 * out again for the view with the build's own layout functions (src/charts/; no d3 in the
 * browser), a card with an event's details on hover, focus or tap, keyboard movement between
 * events, deep links (#event-id) and filters. Each SVG carries its layout options and each mark
 * its time (src/charts/timelineDataset.ts); the view is a part of the broken time axis, 0 to 1.
 */
import { segmentScale } from '../charts/segmentScale';
import type { TimelineItem } from '../charts/timelineTypes';
import { TIMELINE_DEFAULTS } from '../charts/timelineDefaults';
import { dateText } from '../dates/parseDateText';
import { formatDate } from '../lib/formatDate';
import type { drawTimelineChart } from './drawTimelineChart';
import { readTimelineChart, type TimelineChart } from './readTimelineChart';
import { timelineCard } from './timelineCard';
import { timelinePointer } from './timelinePointer';

const DAY = 864e5;

export interface TimelineController {
  /** Shows only the events for which `keep(mark)` is true; returns how many are shown. */
  filter(keep: (mark: SVGAElement) => boolean): number;
  /** Highlights an event, opens its card and brings it into view; false if it has no mark. */
  select(id: string, options?: { focus?: boolean; zoom?: boolean }): boolean;
  /** The time span shown, in ms. */
  view(): [number, number];
  /** Shows a time span (ms), clamped to the chart's axis and the closest zoom. */
  setView(from: number, to: number): void;
  /** Whether the whole time span is shown. */
  isWhole(): boolean;
  onChange(listener: () => void): void;
}

const marksOf = (root: ParentNode) => [...root.querySelectorAll<SVGAElement>('a.tl-mark')];
const visible = (el: Element) => el.getClientRects().length > 0;
const idOf = (mark: Element) => (mark as SVGAElement).dataset['event'] ?? '';

export function timelineController(figure: HTMLElement): TimelineController | undefined {
  // The renderings that carry their marks' times are read first; the others take them from those.
  const svgs = [...figure.querySelectorAll<SVGSVGElement>('svg[data-orient]')];
  const known = new Map<string, TimelineItem>();
  const read = new Map<SVGSVGElement, TimelineChart>();
  for (const svg of [...svgs].sort((a, b) => Number(!a.querySelector('a[data-t]')) - Number(!b.querySelector('a[data-t]')))) {
    const chart = readTimelineChart(svg, known);
    for (const { item } of chart.marks) known.set(item.id, item);
    read.set(svg, chart);
  }
  const charts = svgs.map((svg) => read.get(svg) as TimelineChart);
  const lead = charts[0];
  if (!lead) return undefined;
  const first: TimelineChart = lead;
  // Every rendering in one figure is drawn over the same broken axis.
  const scale = segmentScale(first.dataset.segments);
  const times = new Map(first.marks.map((m) => [m.item.id, m.item]));
  let [v0, v1] = [0, 1];
  let hidden = new Set<string>();
  let selected: string | undefined;
  const listeners: (() => void)[] = [];
  const status = figure.querySelector<HTMLElement>('[data-timeline-status]');
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const visibleChart = () => charts.find((chart) => visible(chart.svg));
  const currentMark = (id: string) => visibleChart()?.marks.find((m) => m.item.id === id)?.el;
  const card = timelineCard(figure, currentMark);
  const unitOf = (id: string) => {
    const item = times.get(id);
    return item ? (scale.toUnit(item.start) + scale.toUnit(item.end)) / 2 : 0;
  };

  // Only the chart the reader sees is redrawn; the others (the other lane grouping, the other
  // screen width) are marked stale and drawn when they appear. The page holds four renderings, and
  // drawing all of them on every change was most of the work on a phone.
  // The layout code (the build's own layout functions) loads with the first change: a reader who
  // only reads the chart, or opens an event's card, never fetches it.
  const stale = new Set<TimelineChart>();
  let draw: typeof drawTimelineChart | undefined;
  let loading: Promise<void> | undefined;
  function drawVisible(): void {
    if (stale.size === 0) return;
    if (!draw) {
      loading ??= import('./drawTimelineChart').then((module) => {
        draw = module.drawTimelineChart;
        drawVisible();
      });
      return;
    }
    for (const chart of stale) {
      if (!visible(chart.svg)) continue;
      draw(chart, [v0, v1], hidden);
      stale.delete(chart);
    }
    card.follow();
  }
  matchMedia('(max-width: 40rem)').addEventListener('change', drawVisible);

  // The status line is a live region: say the new view once the reader stops, not at every step of a drag.
  let announce: ReturnType<typeof setTimeout> | undefined;
  function render(): void {
    for (const chart of charts) stale.add(chart);
    drawVisible();
    clearTimeout(announce);
    announce = setTimeout(() => {
      if (status) status.textContent = describe();
    }, 250);
    for (const listener of listeners) listener();
  }

  function describe(): string {
    const fmt = (t: number) => formatDate(dateText(t));
    const [from, to] = [scale.toTime(v0), scale.toTime(v1)];
    const inView = first.marks.filter((m) => !hidden.has(m.item.id) && m.item.end > from && m.item.start < to).length;
    const whole = v0 <= 0 && v1 >= 1;
    return `${whole ? '全部时间' : `${fmt(from)}至${fmt(to)}`}：显示${inView}个事件（共${first.marks.length}个）。`;
  }

  /** Shows a part of the axis, no shorter than the closest zoom and within the axis. */
  function setUnitView(a: number, b: number): void {
    let span = Math.min(1, Math.max(1e-9, b - a));
    let start = (a + b) / 2 - span / 2;
    const centre = scale.toTime(start + span / 2);
    const half = (TIMELINE_DEFAULTS.minSpanDays * DAY) / 2;
    if (scale.toTime(start + span) - scale.toTime(start) < 2 * half) {
      start = scale.toUnit(centre - half);
      span = Math.min(1, scale.toUnit(centre + half) - start);
    }
    start = Math.min(Math.max(start, 0), 1 - span);
    [v0, v1] = [start, start + span];
    render();
  }

  const zoom = (factor: number, at = (v0 + v1) / 2) => {
    const span = (v1 - v0) / factor;
    const from = at - span * ((at - v0) / (v1 - v0));
    setUnitView(from, from + span);
  };
  const pan = (fraction: number) => setUnitView(v0 + (v1 - v0) * fraction, v1 + (v1 - v0) * fraction);

  // ---- Selection and keyboard movement (one tab stop per chart; arrows move between events).
  function order(chart: TimelineChart): SVGAElement[] {
    return chart.marks
      .filter((m) => !hidden.has(m.item.id))
      .sort((a, b) => a.item.start - b.item.start || a.item.end - b.item.end)
      .map((m) => m.el);
  }

  function setTabStop(id: string | undefined): void {
    for (const chart of charts) {
      const marks = order(chart);
      const keep = marks.find((m) => idOf(m) === id) ?? marks[0];
      for (const { el } of chart.marks) el.setAttribute('tabindex', el === keep ? '0' : '-1');
    }
  }

  function highlight(id: string | undefined): void {
    selected = id;
    for (const mark of marksOf(figure)) mark.classList.toggle('is-selected', idOf(mark) === id);
    document.querySelectorAll('.event-list > li.is-selected').forEach((li) => li.classList.remove('is-selected'));
    if (id) document.getElementById(id)?.classList.add('is-selected');
    setTabStop(id);
  }

  /** Pans (keeping the zoom) so that an event is in view. */
  function reveal(id: string): void {
    const item = times.get(id);
    if (!item || (scale.toUnit(item.end) > v0 && scale.toUnit(item.start) < v1)) return;
    const half = (v1 - v0) / 2;
    setUnitView(unitOf(id) - half, unitOf(id) + half);
  }

  function select(id: string, options: { focus?: boolean; zoom?: boolean } = {}): boolean {
    const mark = currentMark(id) ?? marksOf(figure).find((m) => idOf(m) === id);
    const item = times.get(id);
    if (!mark || !item || hidden.has(id)) return false;
    if (options.zoom) {
      const mid = (item.start + item.end) / 2;
      setUnitView(scale.toUnit(mid - 60 * DAY), scale.toUnit(mid + 60 * DAY));
    } else reveal(id);
    highlight(id);
    const shown = currentMark(id) ?? mark;
    card.open(shown, true);
    if (options.focus) {
      shown.focus({ preventScroll: true });
      // After the browser's own jump to the #fragment (the list item), bring the chart into view.
      // (Scrolling to a fragment also moves focus to the page, so focus the mark again.)
      const bring = () => {
        shown.closest('svg')?.scrollIntoView({ block: 'center', behavior: reduceMotion.matches ? 'auto' : 'smooth' });
        card.quietFocus(shown);
        card.place(shown);
      };
      if (document.readyState === 'complete') bring();
      else window.addEventListener('load', () => requestAnimationFrame(bring), { once: true });
    }
    return true;
  }

  const wasDrag = timelinePointer(charts, { view: () => [v0, v1], setView: setUnitView, zoom, pan });

  figure.addEventListener('click', (event) => {
    const target = event.target as Element;
    // A label stands for its mark: a click on it selects the event too.
    const id = target.closest('a.tl-mark') ? idOf(target.closest('a.tl-mark') as Element) : target.closest('[data-labels] [data-for]')?.getAttribute('data-for');
    if (!id || wasDrag()) return;
    event.preventDefault();
    select(id);
    history.replaceState(history.state, '', `#${id}`);
    figure.querySelector<HTMLElement>('.event-card')?.focus({ preventScroll: true });
  });

  figure.addEventListener('keydown', (event) => {
    const mark = (event.target as Element).closest<SVGAElement>('a.tl-mark');
    if (event.key === 'Escape') {
      card.close(true);
      return;
    }
    if (!mark) return;
    const chart = charts.find((c) => c.svg.contains(mark));
    if (!chart) return;
    const marks = order(chart);
    const i = marks.indexOf(mark);
    const at = unitOf(idOf(mark));
    const key = event.key;
    let next: SVGAElement | undefined;
    if (key === 'ArrowRight' || key === 'ArrowDown') next = marks[i + 1];
    else if (key === 'ArrowLeft' || key === 'ArrowUp') next = marks[i - 1];
    else if (key === 'Home') next = marks[0];
    else if (key === 'End') next = marks.at(-1);
    else if (key === '+' || key === '=') zoom(2, at);
    else if (key === '-' || key === '_') zoom(0.5, at);
    else if (key === '0') setUnitView(0, 1);
    else return;
    event.preventDefault();
    if (next) {
      reveal(idOf(next));
      setTabStop(idOf(next));
      next.focus();
    }
  });

  figure.addEventListener('focusin', (event) => {
    const mark = (event.target as Element).closest<SVGAElement>('a.tl-mark');
    if (mark && !card.isQuiet() && card.pinned() !== idOf(mark)) card.open(mark, false);
  });
  figure.addEventListener('pointerover', (event) => {
    const mark = (event.target as Element).closest<SVGAElement>('a.tl-mark');
    if (mark && event.pointerType === 'mouse' && !card.pinned()) card.open(mark, false);
  });
  figure.addEventListener('pointerout', (event) => {
    const mark = (event.target as Element).closest<SVGAElement>('a.tl-mark');
    const open = figure.querySelector('.event-card');
    if (mark && event.pointerType === 'mouse' && !card.pinned() && !open?.contains(event.relatedTarget as Node)) card.close(false);
  });

  // ---- Buttons beside the chart.
  const controls = figure.querySelector<HTMLElement>('[data-zoom-controls]');
  if (controls) {
    controls.hidden = false;
    controls.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('[data-zoom]')?.dataset['zoom'];
      if (action === 'in') zoom(2);
      else if (action === 'out') zoom(0.5);
      else if (action === 'earlier') pan(-0.5);
      else if (action === 'later') pan(0.5);
      else if (action === 'reset') setUnitView(0, 1);
    });
  }

  const help = figure.querySelector<HTMLElement>('[data-timeline-help]');
  if (help) for (const chart of charts) chart.svg.setAttribute('aria-describedby', `${chart.svg.getAttribute('aria-describedby') ?? ''} ${help.id}`.trim());
  figure.classList.add('is-interactive');
  highlight(undefined);
  // The build drew the whole view already: nothing to lay out until the reader changes something.
  if (status) status.textContent = describe();

  return {
    filter(keep) {
      const next = new Set(first.marks.filter((m) => !keep(m.el)).map((m) => m.item.id));
      const changed = next.size !== hidden.size || [...next].some((id) => !hidden.has(id));
      hidden = next;
      if (changed) for (const mark of marksOf(figure)) mark.setAttribute('display', hidden.has(idOf(mark)) ? 'none' : 'inline');
      if (selected && hidden.has(selected)) {
        highlight(undefined);
        card.close(false);
      } else setTabStop(selected);
      // Unchanged filters (as on loading the page) leave the build's layout as it is.
      if (changed) render();
      else drawVisible();
      return first.marks.length - hidden.size;
    },
    select,
    view: () => [scale.toTime(v0), scale.toTime(v1)],
    setView: (from, to) => setUnitView(scale.toUnit(from), scale.toUnit(to)),
    isWhole: () => v0 <= 0 && v1 >= 1,
    onChange: (listener) => listeners.push(listener),
  };
}
