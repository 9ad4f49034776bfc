import { FINDER_FILTERS, finderAttribute, type FinderFilter, type FinderSort, type FinderState } from '../finder/finderConfig';
import { matchesFinderState } from '../finder/matchesFinderState';
import { readFinderState } from '../finder/readFinderState';
import { writeFinderState } from '../finder/writeFinderState';

/**
 * The case finder on /cases/: filters the list by the values each case's item carries and orders
 * it by the ranks the build wrote (finder/finderConfig.ts), with the state in the address
 * (`?outcome=ruling&line=汽车&sort=money`): a change pushes a history entry, back and forward
 * restore it. Grouped by line (the default order) the groups stay and empty ones fold away; in
 * another order the matching cases move into one list.
 */
export function mountCaseFinder(form: HTMLFormElement): void {
  const items = [...document.querySelectorAll<HTMLElement>('[data-finder-case]')];
  const homes = items.map((item) => item.parentElement);
  const groups = [...document.querySelectorAll<HTMLElement>('[data-finder-group]')];
  const results = document.querySelector<HTMLElement>('[data-finder-results]');
  const list = document.querySelector<HTMLElement>('[data-finder-list]');
  const status = form.querySelector<HTMLElement>('[data-finder-status]');
  const values = (item: HTMLElement) =>
    Object.fromEntries(FINDER_FILTERS.map((key) => [key, (item.getAttribute(finderAttribute(key)) ?? '').split(' ').filter(Boolean)])) as Record<FinderFilter, string[]>;
  const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement | null;

  const show = (state: FinderState) => {
    for (const key of FINDER_FILTERS) {
      const select = field(key);
      if (select) select.value = state.filters[key] ?? '';
    }
    const sort = field('sort');
    if (sort) sort.value = state.sort;
    const matching = items.filter((item) => matchesFinderState(values(item), state));
    // Every item goes home first, in the page's order; the matching ones then move if the order is another.
    items.forEach((item, i) => {
      homes[i]?.append(item);
      item.hidden = !matching.includes(item);
    });
    const flat = state.sort !== 'line';
    if (flat && list) {
      const rank = (item: HTMLElement) => Number(item.getAttribute(finderAttribute(`order-${state.sort as Exclude<FinderSort, 'line'>}`)));
      list.replaceChildren(...matching.sort((a, b) => rank(a) - rank(b)));
    }
    if (results) results.hidden = !flat;
    for (const group of groups) group.hidden = flat || !group.querySelector('[data-finder-case]:not([hidden])');
    const filtered = Object.keys(state.filters).length > 0;
    if (status) status.textContent = matching.length === 0 ? '没有符合条件的案件。' : filtered ? `符合条件的案件：${matching.length}个（共${items.length}个）。` : `共${items.length}个案件。`;
  };

  const read = (): FinderState => {
    const state: FinderState = { filters: {}, sort: (field('sort')?.value ?? 'line') as FinderSort };
    for (const key of FINDER_FILTERS) {
      const value = field(key)?.value;
      if (value) state.filters[key] = value;
    }
    return readFinderState(writeFinderState(state));
  };

  form.addEventListener('change', () => {
    const state = read();
    history.pushState(null, '', `${location.pathname}${writeFinderState(state)}${location.hash}`);
    show(state);
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    const state: FinderState = { filters: {}, sort: 'line' };
    history.pushState(null, '', location.pathname);
    show(state);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  window.addEventListener('popstate', () => show(readFinderState(location.search)));
  // A shared address decides; without one, a choice the reader made while this loaded is kept.
  const initial = location.search.length > 1 ? readFinderState(location.search) : read();
  const query = writeFinderState(initial);
  if (query !== location.search && query !== '') history.pushState(null, '', `${location.pathname}${query}${location.hash}`);
  show(initial);
}
