/**
 * The /search/ page: reads ?q= from the address, asks Pagefind, and lists titles, dates,
 * excerpts (with the matched words marked) and links. Pagefind's own script and index are
 * fetched only here, on demand.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface Pagefind {
  options(options: { baseUrl?: string; ranking?: Record<string, number> }): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

// Read at run time, not inlined at build time: a computed import() keeps Vite's preload
// wrapper out (it breaks in scripts Astro inlines, withastro/astro#17265).
const base = document.documentElement.dataset['base'] ?? '/';
const form = document.querySelector<HTMLFormElement>('#search-page-form');
const input = document.querySelector<HTMLInputElement>('#search-page-q');
const statusLine = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    // Case files are long and source records short: weigh page length lightly, or a one-line
    // source record that mentions a word outranks the case file about it.
    await module.options({ baseUrl: base, ranking: { pageLength: 0.1 } });
    return module;
  });
  return pagefind;
}

function escapeText(text: string): string {
  const span = document.createElement('span');
  span.textContent = text;
  return span.innerHTML;
}

async function run(query: string): Promise<void> {
  if (!statusLine || !list) return;
  list.replaceChildren();
  if (query.trim() === '') {
    statusLine.textContent = '请输入要搜索的词。';
    return;
  }
  statusLine.textContent = '正在搜索…';
  const engine = await loadPagefind();
  const search = await engine.search(query);
  const results = await Promise.all(search.results.slice(0, 30).map((result) => result.data()));
  statusLine.textContent = results.length === 0 ? `没有找到与“${query}”相关的内容。` : `“${query}”的搜索结果：${search.results.length}个。`;
  list.innerHTML = results
    .map((r) => {
      const type = r.filters['type']?.[0] ?? '';
      const date = r.meta['date'] ?? '';
      return `<li class="search-result"><p class="meta">${escapeText(type)}${date ? ` · ${escapeText(date)}` : ''}</p><h2><a href="${escapeText(r.url)}">${escapeText(r.meta['title'] ?? r.url)}</a></h2><p>${r.excerpt}</p></li>`;
    })
    .join('');
}

const initial = new URL(window.location.href).searchParams.get('q') ?? '';
if (input) input.value = initial;
void run(initial);

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const query = input?.value ?? '';
  const url = new URL(window.location.href);
  url.searchParams.set('q', query);
  window.history.pushState({}, '', url);
  void run(query);
});

window.addEventListener('popstate', () => {
  const query = new URL(window.location.href).searchParams.get('q') ?? '';
  if (input) input.value = query;
  void run(query);
});

export {};
