import { normalizeQuery } from '../../search/normalizeQuery';
import { readSearchSuggestions, type SearchSuggestion } from '../../search/readSearchSuggestions';
import { SEARCH_CONFIG, SEARCH_TYPES, type SearchTypeKey } from '../../search/searchConfig';
import { buildResultView } from './buildResultView';
import { createSearchEngine, type FacetKey, type SearchEngine, type SearchOutcome } from './createSearchEngine';
import { createSearchSequence } from './createSearchSequence';
import { describeOutcome } from './describeOutcome';
import { focusTarget } from './focusTarget';
import { matchSuggestions } from './matchSuggestions';
import { readSearchState, type SearchState } from './readSearchState';
import { renderFacets } from './renderFacets';
import { renderResult } from './renderResult';
import { renderSuggestions } from './renderSuggestions';
import { writeSearchState } from './writeSearchState';

export interface SearchUiOptions {
  /** 'page': /search/, whose address holds the search; 'dialog': the header's search dialog. */
  mode: 'page' | 'dialog';
  /** The site's base path (from <html data-base>). */
  base: string;
}

/** One engine per page, shared by the panels on it. */
let engine: Promise<SearchEngine> | undefined;

/**
 * Runs one search panel (SearchPanel.astro): reads the form, searches as the reader types
 * (not while an input method is composing), shows results with their type, date, excerpt and
 * matching sections, filter counts, and keyboard movement through the links (↑/↓). In the
 * dialog it also suggests cases and parties as the reader types. On the search page the address
 * holds the search: typing replaces the current history entry once a new search has begun in
 * it, changing a filter or the order adds one, and back/forward restore what they point at.
 * The dialog leaves the address alone and links to the search page. A search overtaken by a
 * newer one is cancelled (createSearchSequence) before it loads or shows anything.
 */
export function mountSearchUi(root: HTMLFormElement, options: SearchUiOptions): { setQuery(query: string): void } {
  const required = <T extends Element>(selector: string): T => {
    const element = root.querySelector<T>(selector);
    if (!element) throw new Error(`search panel has no ${selector}`);
    return element;
  };
  const input = required<HTMLInputElement>('input[name="q"]');
  const selects = [...root.querySelectorAll<HTMLSelectElement>('select')];
  const status = required<HTMLElement>('[data-search-status]');
  const list = required<HTMLOListElement>('[data-search-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const all = root.querySelector<HTMLAnchorElement>('[data-search-all]');
  const filters = root.querySelector<HTMLFieldSetElement>('[data-search-filters]');
  const suggestionList = root.querySelector<HTMLElement>('[data-search-suggestions]');
  const pageSize = options.mode === 'page' ? SEARCH_CONFIG.pageSize : SEARCH_CONFIG.dialogSize;
  if (filters) filters.hidden = false;

  const valuesOf = (name: FacetKey): string[] =>
    [...(root.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.options ?? [])]
      .map((o) => o.value)
      .filter(Boolean)
      .map((v) => (name === 'type' ? SEARCH_TYPES[v as SearchTypeKey] : v));
  engine ??= createSearchEngine(options.base, { type: valuesOf('type'), line: valuesOf('line'), year: valuesOf('year') });
  const ready = engine;
  const suggestions: Promise<SearchSuggestion[]> = suggestionList
    ? fetch(`${options.base}search/suggestions.json`)
        .then((response) => (response.ok ? response.json() : []))
        .then(readSearchSuggestions, () => [])
    : Promise.resolve([]);

  const sequence = createSearchSequence();
  const ui = {
    /** The search shown, and how many of its results are on screen. */
    outcome: undefined as SearchOutcome | undefined,
    shown: 0,
    /** The signal of the search shown (aborted once a newer one begins). */
    signal: undefined as AbortSignal | undefined,
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    /** Whether the reader has turned to the filters: then every option shows its count. */
    wantFacets: false,
    /** Page mode: whether typing may replace the current history entry (a search was begun in it). */
    typingEntry: false,
  };

  const state = (): SearchState => {
    const data = new FormData(root);
    return readSearchState(new URLSearchParams([...data].map(([k, v]) => [k, String(v)])));
  };

  const apply = (next: SearchState): void => {
    input.value = next.q;
    for (const select of selects) {
      const value = next[select.name as keyof SearchState] ?? '';
      if ([...select.options].some((o) => o.value === value)) select.value = value;
      else if (select.name === 'line' || select.name === 'year') {
        // A value the page does not list (content changed since the link was shared): keep it visible.
        select.add(new Option(value, value));
        select.value = value;
      }
    }
  };

  const announce = (text: string): void => {
    status.textContent = text;
  };

  // For tests and benchmarks: which query the panel shows, and whether it is still working on it.
  const mark = (phase: 'searching' | 'done', q: string): void => {
    root.dataset['searchState'] = phase;
    root.dataset['searchQuery'] = q;
  };

  async function suggest(q: string, signal: AbortSignal): Promise<void> {
    if (!suggestionList) return;
    const typed = [...q.trim()].length >= SEARCH_CONFIG.suggestions.minLength ? q : '';
    const [items, { lexicon, fold }] = await Promise.all([suggestions, ready]);
    if (signal.aborted) return;
    renderSuggestions(root, suggestionList, typed ? matchSuggestions(items, normalizeQuery(typed, lexicon.t2s), fold, SEARCH_CONFIG.suggestions.max) : [], options.base);
  }

  async function showMore(signal: AbortSignal): Promise<void> {
    const { outcome } = ui;
    if (!outcome) return;
    const slice = outcome.results.slice(ui.shown, ui.shown + pageSize);
    const pages = await Promise.all(slice.map((r) => r.load()));
    const { fold } = await ready;
    signal.throwIfAborted();
    list.append(...pages.map((page, i) => renderResult(root, buildResultView(page, outcome.words, fold), slice[i]?.missing ?? [])));
    ui.shown += slice.length;
    const remaining = outcome.results.length - ui.shown;
    if (more) more.hidden = options.mode !== 'page' || remaining <= 0;
    if (all) {
      all.hidden = options.mode !== 'dialog' || remaining <= 0;
      all.href = `${options.base}search/${writeSearchState(state())}`;
      all.textContent = `在搜索页查看全部${outcome.results.length}条结果`;
    }
  }

  async function search(): Promise<void> {
    const signal = sequence.begin();
    ui.signal = signal;
    const current = state();
    const summary = { mode: options.mode, query: current.q, filtered: Boolean(current.type || current.line || current.year), sort: current.sort };
    mark('searching', current.q);
    list.replaceChildren();
    if (more) more.hidden = true;
    if (all) all.hidden = true;
    ui.shown = 0;
    void suggest(current.q, signal);
    if (!current.q.trim()) {
      ui.outcome = undefined;
      renderFacets(selects, undefined);
      announce(describeOutcome(summary));
      mark('done', '');
      return;
    }
    const slow = setTimeout(() => signal.aborted || announce('正在搜索…'), SEARCH_CONFIG.slowNoticeMs);
    try {
      const outcome = await (await ready).search(current, { withFacets: ui.wantFacets, signal });
      clearTimeout(slow);
      ui.outcome = outcome;
      renderFacets(selects, outcome.words.length > 0 ? outcome.facets : undefined);
      announce(describeOutcome({ ...summary, outcome }));
      await showMore(signal);
    } catch (error) {
      if (signal.aborted) return;
      announce('搜索暂时无法使用，请稍后再试，或直接浏览全部案件。');
      console.error(error);
    } finally {
      clearTimeout(slow);
    }
    mark('done', current.q);
  }

  function record(kind: 'push' | 'replace'): void {
    if (options.mode !== 'page') return;
    const url = `${location.pathname}${writeSearchState(state())}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (kind === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  input.addEventListener('input', (event) => {
    if ((event as InputEvent).isComposing) return;
    clearTimeout(ui.timer);
    ui.timer = setTimeout(() => {
      record(ui.typingEntry ? 'replace' : 'push');
      ui.typingEntry = true;
      void search();
    }, SEARCH_CONFIG.typingPauseMs);
  });
  input.addEventListener('compositionend', () => input.dispatchEvent(new Event('input')));
  for (const select of selects) {
    select.addEventListener('change', () => {
      record('push');
      ui.typingEntry = false;
      void search();
    });
  }
  // Counts for every line and year are read when the reader turns to the filters.
  async function refreshFacets(): Promise<void> {
    const signal = ui.signal;
    if (!signal) return;
    const outcome = await (await ready).search(state(), { withFacets: true, signal }).catch(() => undefined);
    if (outcome && !signal.aborted) renderFacets(selects, outcome.facets);
  }
  const turnToFilters = (): void => {
    if (ui.wantFacets) return;
    ui.wantFacets = true;
    if (ui.outcome && state().q.trim()) void refreshFacets();
  };
  filters?.addEventListener('focusin', turnToFilters);
  filters?.addEventListener('pointerenter', turnToFilters);

  more?.addEventListener('click', () => {
    const first = list.children.length;
    const signal = ui.signal;
    if (signal) void showMore(signal).then(() => list.children[first]?.querySelector('a')?.focus(), () => undefined);
  });

  root.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(ui.timer);
    if (options.mode === 'dialog') {
      window.location.assign(`${options.base}search/${writeSearchState(state())}`);
      return;
    }
    record(ui.typingEntry ? 'replace' : 'push');
    ui.typingEntry = false;
    void search();
  });

  // ↑/↓ move between the field, the suggestions' and the results' links.
  root.addEventListener('keydown', (event) => {
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[data-search-suggestions] a, [data-search-results] a')];
    const focused = document.activeElement;
    const at = focused === input ? 'field' : links.indexOf(focused as HTMLAnchorElement) >= 0 ? links.indexOf(focused as HTMLAnchorElement) : undefined;
    const target = focusTarget(event.key, at, links.length);
    if (target === undefined) return;
    if (target === 'field') input.focus();
    else links[target]?.focus();
    event.preventDefault();
  });

  // What the reader typed into the dialog while this code was loading is searched now.
  if (options.mode === 'dialog' && input.value.trim()) void search();

  if (options.mode === 'page') {
    const restore = (): void => {
      apply(readSearchState(location.search));
      ui.typingEntry = false;
      void search();
    };
    window.addEventListener('popstate', restore);
    restore();
  }

  return {
    setQuery(query: string): void {
      input.value = query;
      void search();
    },
  };
}
