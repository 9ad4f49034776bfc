import { buildResultView, type ResultView } from './buildResultView';
import { createSearchEngine, type SearchEngine, type SearchOutcome } from './createSearchEngine';
import { SEARCH_TYPES } from '../../search/searchConfig';
import { readSearchState, type SearchState } from './readSearchState';
import { writeSearchState } from './writeSearchState';

export interface SearchUiOptions {
  /** 'page': /search/, whose address holds the search; 'dialog': the header's search dialog. */
  mode: 'page' | 'dialog';
  /** The site's base path (from <html data-base>). */
  base: string;
}

const PAGE_SIZE = 6;
const DIALOG_SIZE = 6;
/**
 * Wait this long after a keystroke before searching: one frame, so that a burst of input (a paste,
 * a held key) makes one search. An input method commits whole words, and no search runs while it
 * composes; a search overtaken by a newer one is dropped before it loads any result.
 */
const TYPING_PAUSE_MS = 16;

let engine: Promise<SearchEngine> | undefined;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function resultHtml(view: ResultView, heading: string): string {
  const meta = [view.type, view.date, ...view.lines].filter(Boolean).map(escapeHtml).join(' · ');
  const sections = view.sections.length
    ? `<ul class="search-result__sections">${view.sections
        .map((s) => `<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a><p>${s.excerpt}</p></li>`)
        .join('')}</ul>`
    : '';
  return `<li class="search-result" data-type="${escapeHtml(view.type)}"><p class="search-result__meta">${meta}</p><${heading} class="search-result__title"><a href="${escapeHtml(view.url)}">${escapeHtml(view.title)}</a></${heading}><p class="search-result__excerpt">${view.excerpt}</p>${sections}</li>`;
}

function optionLabel(option: HTMLOptionElement): string {
  option.dataset['label'] ??= option.textContent ?? '';
  return option.dataset['label'];
}

/**
 * Runs one search panel (SearchPanel.astro): reads the form, searches as the reader types
 * (not while an input method is composing), shows results with their type, date, excerpt and
 * matching sections, filter counts, and keyboard movement through the results (↑/↓). On the
 * search page the address holds the search: typing replaces the current history entry once a
 * new search has begun in it, changing a filter or the order adds one, and back/forward restore
 * what they point at. The dialog leaves the address alone and links to the search page.
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
  const heading = options.mode === 'page' ? 'h2' : 'h3';
  if (filters) filters.hidden = false;

  const valuesOf = (name: string): string[] =>
    [...(root.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.options ?? [])]
      .map((o) => o.value)
      .filter(Boolean)
      .map((v) => (name === 'type' ? SEARCH_TYPES[v as keyof typeof SEARCH_TYPES] : v));
  engine ??= createSearchEngine(options.base, { type: valuesOf('type'), line: valuesOf('line'), year: valuesOf('year') });
  let sequence = 0;
  let outcome: SearchOutcome | undefined;
  let shown = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Whether the reader has turned to the filters: then every option shows its count.
  let wantFacets = false;
  // Page mode: whether typing may replace the current history entry (a search was begun in it).
  let typingEntry = false;

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

  async function showMore(token: number): Promise<void> {
    if (!outcome) return;
    const size = options.mode === 'page' ? PAGE_SIZE : DIALOG_SIZE;
    const slice = outcome.results.slice(shown, shown + size);
    const pages = await Promise.all(slice.map((r) => r.load()));
    if (token !== sequence) return;
    const { fold } = await (engine as Promise<SearchEngine>);
    const words = outcome.words;
    list.insertAdjacentHTML('beforeend', pages.map((page) => resultHtml(buildResultView(page, words, fold), heading)).join(''));
    shown += slice.length;
    const remaining = outcome.results.length - shown;
    if (more) more.hidden = options.mode !== 'page' || remaining <= 0;
    if (all) {
      all.hidden = options.mode !== 'dialog' || remaining <= 0;
      all.href = `${options.base}search/${writeSearchState(state())}`;
      all.textContent = `在搜索页查看全部${outcome.results.length}条结果`;
    }
  }

  function renderFacets(result: SearchOutcome | undefined): void {
    for (const select of selects) {
      const counts = result?.facets[select.name as 'type' | 'line' | 'year'];
      for (const option of select.options) {
        if (!option.value || select.name === 'sort') continue;
        const key = select.name === 'type' ? SEARCH_TYPES[option.value as keyof typeof SEARCH_TYPES] : option.value;
        const count = counts && result && result.words.length > 0 ? counts.get(key) ?? 0 : undefined;
        option.textContent = count === undefined ? optionLabel(option) : `${optionLabel(option)}（${count}）`;
        option.disabled = count === 0 && select.value !== option.value;
      }
    }
  }

  // For tests and benchmarks: which query the panel shows, and whether it is still working on it.
  const mark = (phase: 'searching' | 'done', q: string): void => {
    root.dataset['searchState'] = phase;
    root.dataset['searchQuery'] = q;
  };

  async function search(): Promise<void> {
    const token = ++sequence;
    const current = state();
    mark('searching', current.q);
    list.replaceChildren();
    if (more) more.hidden = true;
    if (all) all.hidden = true;
    shown = 0;
    if (!current.q.trim()) {
      outcome = undefined;
      renderFacets(undefined);
      announce(options.mode === 'page' ? '请输入要搜索的词：案件、人物、机构、数字都可以。' : '');
      mark('done', '');
      return;
    }
    const slow = setTimeout(() => token === sequence && announce('正在搜索…'), 300);
    try {
      const result = await (await (engine as Promise<SearchEngine>)).search(current, wantFacets);
      clearTimeout(slow);
      if (token !== sequence) return;
      outcome = result;
      renderFacets(result);
      const quoted = result.words.map((w) => `“${w.text}”`).join('');
      const filtered = current.type || current.line || current.year;
      if (result.results.length === 0) {
        const hint =
          result.unfiltered > 0 && filtered
            ? `筛选条件下没有结果；不加筛选有${result.unfiltered}条。`
            : result.words.length > 1
              ? '可以减少几个词再试。'
              : '可以换一个说法，或浏览全部案件。';
        announce(`没有找到包含${quoted || `“${current.q}”`}的内容。${hint}`);
      } else {
        announce(`找到${result.results.length}条包含${quoted}的结果${current.sort === 'date' ? '，按日期排列（新的在前）' : ''}。`);
      }
      await showMore(token);
    } catch (error) {
      if (token !== sequence) return;
      announce('搜索暂时无法使用，请稍后再试，或直接浏览全部案件。');
      console.error(error);
    } finally {
      clearTimeout(slow);
    }
    if (token === sequence) mark('done', current.q);
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
    clearTimeout(timer);
    timer = setTimeout(() => {
      record(typingEntry ? 'replace' : 'push');
      typingEntry = true;
      void search();
    }, TYPING_PAUSE_MS);
  });
  input.addEventListener('compositionend', () => input.dispatchEvent(new Event('input')));
  for (const select of selects) {
    select.addEventListener('change', () => {
      record('push');
      typingEntry = false;
      void search();
    });
  }
  // Counts for every line and year are read when the reader turns to the filters.
  const turnToFilters = (): void => {
    if (wantFacets) return;
    wantFacets = true;
    if (outcome && state().q.trim()) void refreshFacets();
  };
  async function refreshFacets(): Promise<void> {
    const token = sequence;
    const result = await (await (engine as Promise<SearchEngine>)).search(state(), true);
    if (token === sequence) renderFacets(result);
  }
  filters?.addEventListener('focusin', turnToFilters);
  filters?.addEventListener('pointerenter', turnToFilters);

  more?.addEventListener('click', () => {
    const first = list.children.length;
    void showMore(sequence).then(() => list.children[first]?.querySelector('a')?.focus());
  });

  root.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    if (options.mode === 'dialog') {
      window.location.assign(`${options.base}search/${writeSearchState(state())}`);
      return;
    }
    record(typingEntry ? 'replace' : 'push');
    typingEntry = false;
    void search();
  });

  // ↑/↓ move between the results' links; ↓ from the field goes to the first one.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement === input) {
      if (event.key !== 'ArrowDown') return;
      links[0]?.focus();
    } else if (at >= 0) {
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else links[Math.min(next, links.length - 1)]?.focus();
    } else return;
    event.preventDefault();
  });

  if (options.mode === 'page') {
    const restore = (): void => {
      apply(readSearchState(location.search));
      typingEntry = false;
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
