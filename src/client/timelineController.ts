/**
 * Makes a build-time timeline explorable: zoom and pan (years down to days) by re-positioning
 * the marks already on the page with a linear map from time to pixels, new axis ticks, a card
 * with an event's details on hover, focus or tap, keyboard movement between events, deep links
 * (#event-id) and filters. No d3 in the browser: the SVG carries each mark's time (data-t,
 * data-t2) and each chart's plot area (data-plot) and time domain (data-domain).
 */
import { packRows } from '../charts/packRows';
import { timeTicks } from './timeTicks';

const SVG_NS = 'http://www.w3.org/2000/svg';
const DAY = 864e5;
/** The closest zoom: ten days across the chart. */
const MIN_SPAN = 10 * DAY;

interface Chart {
  svg: SVGSVGElement;
  vertical: boolean;
  /** Plot area: left, top, right, bottom (px in the viewBox). */
  plot: number[];
  /** Space below the plot (horizontal charts), for the tick labels. */
  below: number;
  axis: SVGGElement | null;
  lanes: SVGGElement[];
}

export interface TimelineController {
  /** Shows only the events for which `keep(mark)` is true; returns how many are shown. */
  filter(keep: (mark: SVGAElement) => boolean): number;
  /** Highlights an event, opens its card and brings it into view; false if it has no mark. */
  select(id: string, options?: { focus?: boolean; zoom?: boolean }): boolean;
  /** The time span shown, in ms. */
  view(): [number, number];
  /** Shows a time span (ms), clamped to the chart's domain and the closest zoom. */
  setView(from: number, to: number): void;
  /** Whether the whole time span is shown. */
  isWhole(): boolean;
  onChange(listener: () => void): void;
}

const marksOf = (root: ParentNode) => [...root.querySelectorAll<SVGAElement>('a.tl-mark')];
const visible = (el: Element) => el.getClientRects().length > 0;
const num = (text: string | undefined) => Number(text ?? 0);

export function timelineController(figure: HTMLElement): TimelineController | undefined {
  const charts: Chart[] = [...figure.querySelectorAll<SVGSVGElement>('svg[data-orient]')].map((svg) => {
    const plot = (svg.dataset['plot'] ?? '').split(' ').map(Number);
    return {
      svg,
      vertical: svg.dataset['orient'] === 'v',
      plot,
      below: svg.viewBox.baseVal.height - (plot[3] ?? 0),
      axis: svg.querySelector<SVGGElement>('[data-axis]'),
      lanes: [...svg.querySelectorAll<SVGGElement>('g.lane')],
    };
  });
  const first = charts[0];
  if (!first) return undefined;
  const [d0 = 0, d1 = 1] = (first.svg.dataset['domain'] ?? '').split(' ').map(Number);
  let v0 = d0;
  let v1 = d1;
  let hidden = new Set<string>();
  let selected: string | undefined;
  let pinned = false;
  const listeners: (() => void)[] = [];
  const card = figure.querySelector<HTMLElement>('.event-card');
  const status = figure.querySelector<HTMLElement>('[data-timeline-status]');
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');

  function position(chart: Chart, t: number): number {
    const [left = 0, top = 0, right = 0, bottom = 0] = chart.plot;
    const [a, b] = chart.vertical ? [top, bottom] : [left, right];
    return a + ((t - v0) / (v1 - v0)) * (b - a);
  }

  /**
   * Re-positions the marks for the current view and packs each lane again (as the build did,
   * with the same packRows), so zooming in spreads a crowded lane out and folds it back in.
   */
  function draw(chart: Chart): void {
    const { svg, vertical } = chart;
    const minGap = num(svg.dataset['minGap']) || 12;
    const maxRows = num(svg.dataset['maxRows']) || 4;
    const rowHeight = num(svg.dataset['rowHeight']) || 18;
    for (const lane of chart.lanes) {
      const placed = marksOf(lane)
        .filter((mark) => !hidden.has(mark.dataset['event'] ?? ''))
        .map((mark) => {
          const span = mark.querySelector('rect');
          const p1 = position(chart, num(mark.dataset['t']));
          const p2 = span ? Math.max(p1 + 2, position(chart, num(mark.dataset['t2']))) : p1;
          return { mark, span, p1, p2, at: span ? (p1 + p2) / 2 : p1, end: p2 };
        })
        .sort((a, b) => num(a.mark.dataset['t']) - num(b.mark.dataset['t']) || (a.mark.dataset['event'] ?? '').localeCompare(b.mark.dataset['event'] ?? ''));
      // Only marks in view take room; the others (clipped away) wait in the first row.
      const [left = 0, top = 0, right = 0, bottom = 0] = chart.plot;
      const [from, to] = vertical ? [top, bottom] : [left, right];
      const inView = placed.filter((p) => p.p2 >= from - minGap && p.p1 <= to + minGap);
      const packed = packRows(inView, { minGap, maxRows });
      const rowOf = new Map(inView.map((p, i) => [p.mark, packed.rows[i] ?? 0]));
      lane.dataset['rows'] = String(packed.count);
      placed.forEach(({ mark, span, p1, p2, at }) => {
        const row = rowOf.get(mark) ?? 0;
        // Across the time axis: a row of the lane's band, or a sub-column of its column.
        const across = vertical
          ? num(lane.dataset['x']) + (num(lane.dataset['width']) / packed.count) * (row + 0.5)
          : num(lane.dataset['y']) + rowHeight * (row + 0.5);
        const dot = mark.querySelector('circle');
        if (span) {
          span.setAttribute(vertical ? 'y' : 'x', p1.toFixed(1));
          span.setAttribute(vertical ? 'height' : 'width', (p2 - p1).toFixed(1));
          span.setAttribute(vertical ? 'x' : 'y', (across - 4).toFixed(1));
        }
        dot?.setAttribute(vertical ? 'cy' : 'cx', at.toFixed(1));
        dot?.setAttribute(vertical ? 'cx' : 'cy', across.toFixed(1));
      });
    }
    stack(chart);
    drawAxis(chart);
  }

  function drawAxis(chart: Chart): void {
    const { axis, vertical } = chart;
    if (!axis) return;
    const [left = 0, top = 0, right = 0, bottom = 0] = chart.plot;
    const length = vertical ? bottom - top : right - left;
    const ticks = timeTicks(v0, v1, Math.floor(length / (vertical ? 70 : 80)));
    axis.replaceChildren(
      ...ticks.map((tick) => {
        const p = position(chart, tick.t).toFixed(1);
        const g = document.createElementNS(SVG_NS, 'g');
        const line = document.createElementNS(SVG_NS, 'line');
        const text = document.createElementNS(SVG_NS, 'text');
        const attrs: [Element, Record<string, string | number>][] = vertical
          ? [
              [line, { x1: left - 4, x2: right, y1: p, y2: p }],
              [text, { x: left - 6, y: Number(p) + 4, 'text-anchor': 'end' }],
            ]
          : [
              [line, { x1: p, x2: p, y1: top, y2: bottom + 4 }],
              [text, { x: p, y: bottom + chart.below - 8, 'text-anchor': 'middle' }],
            ];
        for (const [el, values] of attrs) for (const [k, v] of Object.entries(values)) el.setAttribute(k, String(v));
        text.textContent = tick.label;
        g.append(line, text);
        return g;
      }),
    );
  }

  /** Horizontal charts: each lane is as tall as its rows, and lanes a filter empties fold away. */
  function stack(chart: Chart): void {
    if (chart.vertical || chart.lanes.length === 0) return;
    const rowHeight = num(chart.svg.dataset['rowHeight']) || 18;
    const top = num(chart.lanes[0]?.dataset['y']);
    let y = top;
    for (const lane of chart.lanes) {
      const empty = hidden.size > 0 && marksOf(lane).every((m) => hidden.has(m.dataset['event'] ?? ''));
      lane.setAttribute('display', empty ? 'none' : 'inline');
      if (empty) continue;
      const height = rowHeight * (num(lane.dataset['rows']) || 1);
      lane.setAttribute('transform', `translate(0 ${y - num(lane.dataset['y'])})`);
      lane.querySelector('.lane-rule')?.setAttribute('y1', String(num(lane.dataset['y']) + height));
      lane.querySelector('.lane-rule')?.setAttribute('y2', String(num(lane.dataset['y']) + height));
      y += height;
    }
    chart.plot[3] = Math.max(y, top + 20);
    const box = chart.svg.viewBox.baseVal;
    chart.svg.setAttribute('viewBox', `0 0 ${box.width} ${chart.plot[3] + chart.below}`);
  }

  // The status line is a live region: say the new view once the reader stops, not at every step of a drag.
  let announce: ReturnType<typeof setTimeout> | undefined;
  // Only the chart the reader sees is redrawn; the others (the other lane grouping, the other
  // screen width) are marked stale and drawn when they appear. The page holds four renderings, and
  // drawing all of them on every change was most of the work on a phone.
  const stale = new Set<Chart>();
  function drawVisible(): void {
    for (const chart of stale) {
      if (visible(chart.svg)) {
        draw(chart);
        stale.delete(chart);
      }
    }
  }
  matchMedia('(max-width: 40rem)').addEventListener('change', drawVisible);

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
    const fmt = (t: number) => {
      const d = new Date(t);
      return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
    };
    const ids = new Set(marksOf(first?.svg ?? figure).map((m) => m.dataset['event'] ?? ''));
    let inView = 0;
    for (const mark of marksOf(first?.svg ?? figure)) {
      const id = mark.dataset['event'] ?? '';
      if (!hidden.has(id) && num(mark.dataset['t2']) > v0 && num(mark.dataset['t']) < v1) inView += 1;
    }
    const whole = v0 <= d0 && v1 >= d1;
    return `${whole ? '全部时间' : `${fmt(v0)}至${fmt(v1)}`}：显示${inView}个事件（共${ids.size}个）。`;
  }

  function setView(from: number, to: number): void {
    let span = Math.min(d1 - d0, Math.max(MIN_SPAN, to - from));
    let start = (from + to) / 2 - span / 2;
    start = Math.min(Math.max(start, d0), d1 - span);
    span = Math.min(span, d1 - start);
    v0 = start;
    v1 = start + span;
    render();
  }

  const zoom = (factor: number, at = (v0 + v1) / 2) => {
    const span = (v1 - v0) / factor;
    const ratio = (at - v0) / (v1 - v0);
    const from = at - span * ratio;
    setView(from, from + span);
  };
  const pan = (fraction: number) => {
    const shift = (v1 - v0) * fraction;
    setView(v0 + shift, v1 + shift);
  };

  // ---- The card with an event's details, cloned from its entry in the event list.
  function openCard(mark: SVGAElement, pin: boolean): void {
    const id = mark.dataset['event'] ?? '';
    const item = document.getElementById(id);
    if (!card || !item) return;
    const title = card.querySelector('.event-card__title');
    const body = card.querySelector('.event-card__body');
    const link = card.querySelector<HTMLAnchorElement>('.event-card__link');
    if (title) title.textContent = item.querySelector('.event-title')?.textContent ?? '';
    if (body) {
      const clone = item.cloneNode(true) as HTMLElement;
      clone.querySelector('.event-title')?.remove();
      clone.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
      body.replaceChildren(...clone.childNodes);
    }
    if (link) link.href = `#${id}`;
    card.hidden = false;
    card.classList.toggle('is-pinned', pin);
    card.dataset['event'] = id;
    placeCard(mark);
  }

  function placeCard(mark: SVGAElement): void {
    if (!card) return;
    const host = card.offsetParent;
    if (!host || getComputedStyle(card).position === 'fixed') {
      card.style.left = '';
      card.style.top = '';
      return;
    }
    const box = host.getBoundingClientRect();
    const at = (mark.querySelector('circle') ?? mark).getBoundingClientRect();
    const width = card.offsetWidth;
    const left = Math.min(Math.max(0, at.left - box.left - width / 2), box.width - width);
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(at.bottom - box.top + 8)}px`;
  }

  function closeCard(returnFocus: boolean): void {
    if (!card || card.hidden) return;
    const id = card.dataset['event'];
    card.hidden = true;
    pinned = false;
    const mark = returnFocus && id ? currentMark(id) : undefined;
    if (mark) quietFocus(mark);
  }

  /** Focuses a mark without opening its card (after the reader closed it). */
  let quiet = false;
  function quietFocus(mark: SVGAElement): void {
    quiet = true;
    mark.focus({ preventScroll: true });
    quiet = false;
  }

  // ---- Selection and keyboard movement (one tab stop per chart; arrows move between events).
  function visibleChart(): Chart | undefined {
    return charts.find((chart) => visible(chart.svg));
  }

  function currentMark(id: string): SVGAElement | undefined {
    const chart = visibleChart();
    return chart ? marksOf(chart.svg).find((m) => m.dataset['event'] === id) : undefined;
  }

  function order(chart: Chart): SVGAElement[] {
    return marksOf(chart.svg)
      .filter((m) => !hidden.has(m.dataset['event'] ?? ''))
      .sort((a, b) => num(a.dataset['t']) - num(b.dataset['t']) || num(a.dataset['t2']) - num(b.dataset['t2']));
  }

  function setTabStop(id: string | undefined): void {
    for (const chart of charts) {
      const marks = order(chart);
      const keep = marks.find((m) => m.dataset['event'] === id) ?? marks[0];
      for (const mark of marksOf(chart.svg)) mark.setAttribute('tabindex', mark === keep ? '0' : '-1');
    }
  }

  function highlight(id: string | undefined): void {
    selected = id;
    for (const mark of marksOf(figure)) mark.classList.toggle('is-selected', mark.dataset['event'] === id);
    document.querySelectorAll('.event-list > li.is-selected').forEach((li) => li.classList.remove('is-selected'));
    if (id) document.getElementById(id)?.classList.add('is-selected');
    setTabStop(id);
  }

  /** Pans (keeping the zoom) so that an event is in view. */
  function reveal(mark: SVGAElement): void {
    const t = num(mark.dataset['t']);
    const t2 = num(mark.dataset['t2']);
    if (t2 > v0 && t < v1) return;
    const span = v1 - v0;
    setView((t + t2) / 2 - span / 2, (t + t2) / 2 + span / 2);
  }

  function select(id: string, options: { focus?: boolean; zoom?: boolean } = {}): boolean {
    const mark = currentMark(id) ?? marksOf(figure).find((m) => m.dataset['event'] === id);
    if (!mark) return false;
    if (hidden.has(id)) return false;
    if (options.zoom) {
      const mid = (num(mark.dataset['t']) + num(mark.dataset['t2'])) / 2;
      setView(mid - 60 * DAY, mid + 60 * DAY);
    } else reveal(mark);
    highlight(id);
    pinned = true;
    const shown = currentMark(id) ?? mark;
    openCard(shown, true);
    if (options.focus) {
      shown.focus({ preventScroll: true });
      // After the browser's own jump to the #fragment (the list item), bring the chart into view.
      // (Scrolling to a fragment also moves focus to the page, so focus the mark again.)
      const bring = () => {
        shown.closest('svg')?.scrollIntoView({ block: 'center', behavior: reduceMotion.matches ? 'auto' : 'smooth' });
        quietFocus(shown);
        placeCard(shown);
      };
      if (document.readyState === 'complete') bring();
      else window.addEventListener('load', () => requestAnimationFrame(bring), { once: true });
    }
    return true;
  }

  figure.addEventListener('click', (event) => {
    const mark = (event.target as Element).closest<SVGAElement>('a.tl-mark');
    if (!mark || dragged) return;
    event.preventDefault();
    const id = mark.dataset['event'] ?? '';
    select(id);
    history.replaceState(history.state, '', `#${id}`);
    card?.focus({ preventScroll: true });
  });

  figure.addEventListener('keydown', (event) => {
    const mark = (event.target as Element).closest<SVGAElement>('a.tl-mark');
    if (event.key === 'Escape') {
      closeCard(true);
      return;
    }
    if (!mark) return;
    const chart = charts.find((c) => c.svg.contains(mark));
    if (!chart) return;
    const marks = order(chart);
    const i = marks.indexOf(mark);
    let next: SVGAElement | undefined;
    const key = event.key;
    if (key === 'ArrowRight' || key === 'ArrowDown') next = marks[i + 1];
    else if (key === 'ArrowLeft' || key === 'ArrowUp') next = marks[i - 1];
    else if (key === 'Home') next = marks[0];
    else if (key === 'End') next = marks.at(-1);
    else if (key === '+' || key === '=') zoom(2, (num(mark.dataset['t']) + num(mark.dataset['t2'])) / 2);
    else if (key === '-' || key === '_') zoom(0.5, (num(mark.dataset['t']) + num(mark.dataset['t2'])) / 2);
    else if (key === '0') setView(d0, d1);
    else return;
    event.preventDefault();
    if (next) {
      reveal(next);
      setTabStop(next.dataset['event']);
      next.focus();
    }
  });

  figure.addEventListener('focusin', (event) => {
    const mark = (event.target as Element).closest<SVGAElement>('a.tl-mark');
    if (mark && !quiet && !(pinned && card?.dataset['event'] === mark.dataset['event'])) {
      pinned = false;
      openCard(mark, false);
    }
  });

  figure.addEventListener('pointerover', (event) => {
    const mark = (event.target as Element).closest<SVGAElement>('a.tl-mark');
    if (mark && event.pointerType === 'mouse' && !pinned) openCard(mark, false);
  });
  figure.addEventListener('pointerout', (event) => {
    const mark = (event.target as Element).closest<SVGAElement>('a.tl-mark');
    if (mark && event.pointerType === 'mouse' && !pinned && !card?.contains(event.relatedTarget as Node)) closeCard(false);
  });

  card?.querySelector('.event-card__close')?.addEventListener('click', () => closeCard(true));
  card?.addEventListener('focusout', (event) => {
    if (!pinned && !card.contains(event.relatedTarget as Node)) closeCard(false);
  });

  // ---- Pointer: drag to pan a horizontal chart, ctrl/⌘ + wheel or pinch to zoom.
  let dragged = false;
  const pointers = new Map<number, { x: number; y: number }>();
  let gesture: { x: number; dist: number; v0: number; v1: number; width: number } | undefined;
  for (const chart of charts) {
    const { svg } = chart;
    const timeAt = (clientX: number, clientY: number) => {
      const box = svg.getBoundingClientRect();
      const scale = svg.viewBox.baseVal.width / box.width;
      const [left = 0, top = 0, right = 0, bottom = 0] = chart.plot;
      const p = chart.vertical ? (clientY - box.top) * scale : (clientX - box.left) * scale;
      const [a, b] = chart.vertical ? [top, bottom] : [left, right];
      return v0 + ((p - a) / (b - a)) * (v1 - v0);
    };
    svg.addEventListener(
      'wheel',
      (event) => {
        if (event.ctrlKey || event.metaKey) {
          event.preventDefault();
          zoom(Math.exp(-event.deltaY / 300), timeAt(event.clientX, event.clientY));
        } else if (!chart.vertical && Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
          event.preventDefault();
          pan(event.deltaX / svg.getBoundingClientRect().width);
        }
      },
      { passive: false },
    );
    if (chart.vertical) continue;
    svg.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      const xs = [...pointers.values()].map((p) => p.x);
      gesture = {
        x: xs.reduce((a, b) => a + b, 0) / xs.length,
        dist: xs.length > 1 ? Math.abs((xs[0] ?? 0) - (xs[1] ?? 0)) : 0,
        v0,
        v1,
        width: svg.getBoundingClientRect().width,
      };
      dragged = false;
    });
    svg.addEventListener('pointermove', (event) => {
      if (!pointers.has(event.pointerId) || !gesture) return;
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      const xs = [...pointers.values()].map((p) => p.x);
      const x = xs.reduce((a, b) => a + b, 0) / xs.length;
      if (!dragged && Math.abs(x - gesture.x) < 4 && xs.length < 2) return;
      if (!dragged) svg.setPointerCapture(event.pointerId);
      dragged = true;
      const span = gesture.v1 - gesture.v0;
      const dist = xs.length > 1 ? Math.abs((xs[0] ?? 0) - (xs[1] ?? 0)) : 0;
      const factor = gesture.dist > 0 && dist > 0 ? dist / gesture.dist : 1;
      const shift = ((gesture.x - x) / gesture.width) * span;
      const centre = gesture.v0 + span / 2 + shift;
      setView(centre - span / factor / 2, centre + span / factor / 2);
    });
    const end = (event: PointerEvent) => {
      pointers.delete(event.pointerId);
      if (pointers.size === 0) gesture = undefined;
      // Let the click that ends a drag pass first, then accept clicks again.
      setTimeout(() => (dragged = false), 0);
    };
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointercancel', end);
  }

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
      else if (action === 'reset') setView(d0, d1);
    });
  }

  const help = figure.querySelector<HTMLElement>('[data-timeline-help]');
  if (help) for (const chart of charts) chart.svg.setAttribute('aria-describedby', `${chart.svg.getAttribute('aria-describedby') ?? ''} ${help.id}`.trim());
  figure.classList.add('is-interactive');
  highlight(undefined);
  render();

  return {
    filter(keep) {
      const next = new Set(marksOf(first.svg).filter((m) => !keep(m)).map((m) => m.dataset['event'] ?? ''));
      const changed = next.size !== hidden.size || [...next].some((id) => !hidden.has(id));
      hidden = next;
      if (changed) {
        for (const mark of marksOf(figure)) {
          const off = hidden.has(mark.dataset['event'] ?? '');
          mark.setAttribute('display', off ? 'none' : 'inline');
        }
      }
      if (selected && hidden.has(selected)) {
        highlight(undefined);
        closeCard(false);
      } else setTabStop(selected);
      // Unchanged filters (as on loading the page) leave the build's layout as it is; a chart
      // that has just appeared (lanes by case) is drawn if it is stale.
      if (changed) render();
      else drawVisible();
      return marksOf(first.svg).length - hidden.size;
    },
    select,
    view: () => [v0, v1],
    setView,
    isWhole: () => v0 <= d0 && v1 >= d1,
    onChange: (listener) => listeners.push(listener),
  };
}
