/**
 * /timeline/: the explorable timeline, its filters (case, kind of event, lanes by line of
 * business or by case) and zoomed view kept in the address
 * (?case=…&kind=…&lanes=case&from=YYYY-MM-DD&to=YYYY-MM-DD#event-id), and deep links to an event. Without JavaScript the form still submits and the page shows everything.
 */
import { dateText, parseDateText } from '../dates/parseDateText';
import { timelineController } from './timelineController';

const figure = document.querySelector<HTMLElement>('figure[data-chart-id="timeline"]');
const form = document.querySelector<HTMLFormElement>('form[data-timeline-filters]');
const controller = figure ? timelineController(figure) : undefined;

if (figure && form && controller) {
  const items = [...document.querySelectorAll<HTMLElement>('.event-list > li[data-case], tr[data-event]')];
  const listStatus = document.querySelector<HTMLElement>('[data-list-status]');
  const total = document.querySelectorAll('.event-list > li[data-case]').length;
  const field = (name: string) => form.elements.namedItem(name);

  const apply = (updateUrl: boolean) => {
    const data = new FormData(form);
    const caseId = String(data.get('case') ?? '');
    const kind = String(data.get('kind') ?? '');
    const lanes = String(data.get('lanes') ?? 'line');
    const keep = (el: HTMLElement | SVGElement) => (!caseId || el.dataset['case'] === caseId) && (!kind || el.dataset['kind'] === kind);
    figure.dataset['lanes'] = lanes;
    const shown = controller.filter(keep);
    for (const item of items) item.hidden = !keep(item);
    if (listStatus) {
      listStatus.textContent =
        shown === total ? `共${total}个事件，按日期排列。只知道月份或年份的事件排在该月或该年的最后。` : `筛选后显示${shown}个事件（共${total}个）。`;
    }
    if (updateUrl) {
      const url = new URL(location.href);
      for (const [name, value, fallback] of [
        ['case', caseId, ''],
        ['kind', kind, ''],
        ['lanes', lanes, 'line'],
      ] as const) {
        if (value === fallback) url.searchParams.delete(name);
        else url.searchParams.set(name, value);
      }
      history.replaceState(history.state, '', url);
    }
  };

  // Start from the address: unknown values fall back to "all".
  const params = new URL(location.href).searchParams;
  for (const name of ['case', 'kind']) {
    const select = field(name);
    const value = params.get(name) ?? '';
    if (select instanceof HTMLSelectElement && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  const lanes = field('lanes');
  if (lanes instanceof RadioNodeList) lanes.value = params.get('lanes') === 'case' ? 'case' : 'line';
  apply(false);
  // Filters apply as they change; the button is for readers without JavaScript.
  form.querySelector<HTMLButtonElement>('button[data-submit]')?.setAttribute('hidden', '');

  form.addEventListener('change', () => apply(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(true);
  });

  // A zoomed view is in the address too (?from=2025-11-01&to=2025-12-31), so it can be shared.
  const day = (text: string | null) => {
    const date = text === null ? undefined : parseDateText(text);
    return typeof date === 'object' && date.precision === 'day' ? date.start.getTime() : NaN;
  };
  const from = day(params.get('from'));
  const to = day(params.get('to'));
  const hasView = from < to;
  if (hasView) controller.setView(from, to);

  const openFromHash = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id && !controller.select(id, { focus: true, zoom: !hasView }) && document.getElementById(id)?.matches('.event-list > li')) {
      // Filtered out: show everything again, then open it.
      form.reset();
      apply(true);
      controller.select(id, { focus: true, zoom: !hasView });
    }
  };
  openFromHash();

  let pending: ReturnType<typeof setTimeout> | undefined;
  controller.onChange(() => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      const url = new URL(location.href);
      const [start, end] = controller.view();
      if (controller.isWhole()) {
        url.searchParams.delete('from');
        url.searchParams.delete('to');
      } else {
        url.searchParams.set('from', dateText(start));
        url.searchParams.set('to', dateText(end));
      }
      if (url.href !== location.href) history.replaceState(history.state, '', url);
    }, 400);
  });
}
