import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { test, type Browser, type Page } from '@playwright/test';
import type { buildSearchIndex as BuildSearchIndex } from '../../src/integrations/buildSearchIndex';
import { loadSynonymTable } from '../../src/lib/loadSynonymTable';
import { measureSearchQuality } from '../support/measureSearchQuality';
import { generateSyntheticSite } from './generateSyntheticSite';
import { serveCompressed as serve } from './serveCompressed';

/**
 * The search benchmark (npm run bench:search; build the site first), for this engine and, side
 * by side, the one before it when it has been built (`node e2e/bench/buildBaseline.ts`, into
 * .bench/baseline/), each measured the same way on the same content:
 * 1. the size of the search UI's own JavaScript, up front and loaded on opening;
 * 2. search quality: the suite's queries (e2e/searchQueries.ts) through the search page;
 * 3. keystroke → results on screen on the real built site, in Chromium;
 * 4. bytes fetched for one query on a synthetic 5,000-page site, from a cold browser (the same
 *    pages, indexed by each engine's own index step).
 * Figures are printed and written to .bench/search.json; BENCHMARKS.md records them.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, '.bench');
const BASELINE = path.join(OUT, 'baseline');
/** The engines measured: this tree's, and the baseline's when built. `src` is where its index step is. */
const ENGINES = [
  { name: 'new', dist: path.join(ROOT, 'dist'), src: ROOT },
  ...(fs.existsSync(path.join(BASELINE, 'dist', 'pagefind')) ? [{ name: 'old', dist: path.join(BASELINE, 'dist'), src: BASELINE }] : []),
];
const DIST = path.join(ROOT, 'dist');
const SYNTHETIC_PAGES = Number(process.env['BENCH_PAGES'] ?? 5000);
/** Rounds of the keystroke measurement on the real site (BENCH_ROUNDS), the engines taking turns. */
const LATENCY_ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
/** BENCH_SYNTHETIC=0 skips the synthetic site (a quicker run while working on the UI). */
const WITH_SYNTHETIC = process.env['BENCH_SYNTHETIC'] !== '0';

const REAL_QUERIES = [
  '冰箱', '小灰熊', '429', '4000万', '11.11', '系统配置错误', '米粉专享', '秋田财富', '林華', 'p2p', 'TechNode', '雷军', '双十一',
  '罗女士', '暴雷', '小米运动', '30元红包', '民法典', '扬子晚报', '大埔火灾', '连带责任', '理财平台', '小米 冰箱', '消费者权益保护法',
];
/**
 * Queries for the synthetic site, chosen from its own words by how many pages hold them (see
 * generateSyntheticSite): rare and common words of two to four characters, two words together,
 * the site's most common word, and a word on no page.
 */
function syntheticQueries(documentFrequency: Map<string, number>, pages: number): { q: string; kind: string; pages: number }[] {
  const han = [...documentFrequency].filter(([w]) => /^\p{Script=Han}+$/u.test(w)).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  // From the middle of each band (in code-point order), not its start: the start is words of 一….
  const find = (kind: string, min: number, max: number, length: number, skip = 0) => {
    const band = han.filter(([w, n]) => n >= min * pages && n <= max * pages && [...w].length === length);
    const found = band[(Math.floor(band.length / 2) + skip) % Math.max(1, band.length)];
    return found ? { q: found[0], kind, pages: found[1] } : undefined;
  };
  const rareA = find('2 characters, on ~1% of pages', 0.004, 0.03, 2);
  const rareB = find('2 characters, on ~1% of pages', 0.004, 0.03, 2, 7);
  const chosen = [
    rareA,
    find('3 characters, on ~1% of pages', 0.004, 0.03, 3),
    find('4 characters, on ~1% of pages', 0.004, 0.03, 4),
    find('2 characters, on 5–20% of pages', 0.05, 0.2, 2),
    find('2 characters, on 30–70% of pages', 0.3, 0.7, 2),
    rareA && rareB ? { q: `${rareA.q} ${rareB.q}`, kind: 'two rare words', pages: 0 } : undefined,
    { q: '小米', kind: 'the most common word', pages: documentFrequency.get('小米') ?? 0 },
    rareA ? { q: `小米${rareA.q}`, kind: 'the most common word and a rare one', pages: 0 } : undefined,
    { q: '冰箱', kind: 'a real query', pages: documentFrequency.get('冰箱') ?? 0 },
    { q: '系统配置错误', kind: 'a real query, 6 characters', pages: 0 },
    { q: '系統配置錯誤', kind: 'the same in Traditional', pages: 0 },
    { q: '疫苗', kind: 'on no page', pages: documentFrequency.get('疫苗') ?? 0 },
  ];
  return chosen.filter((c): c is { q: string; kind: string; pages: number } => c !== undefined);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** Types `q` into the search page's field at once (the last keystroke) and times until its results are painted. */
async function timeQuery(page: Page, q: string): Promise<number> {
  return page.evaluate(
    (query) =>
      new Promise<number>((resolve) => {
        const root = document.querySelector<HTMLFormElement>('[data-search-panel="page"]');
        const input = root?.querySelector<HTMLInputElement>('input[name="q"]');
        if (!root || !input) throw new Error('no search panel');
        const observer = new MutationObserver(() => {
          if (root.dataset['searchState'] === 'done' && root.dataset['searchQuery'] === query) {
            observer.disconnect();
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
          }
        });
        observer.observe(root, { attributes: true, attributeFilter: ['data-search-state', 'data-search-query'] });
        input.value = query;
        const start = performance.now();
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: query.at(-1) ?? '' }));
      }),
    q,
  );
}

async function settled(page: Page, q: string): Promise<void> {
  await page.waitForFunction(
    (query) => {
      const root = document.querySelector<HTMLElement>('[data-search-panel="page"]');
      return root?.dataset['searchState'] === 'done' && root.dataset['searchQuery'] === query;
    },
    q,
    { timeout: 60_000 },
  );
}

/** Times `queries` typed one after another on a search page opened afresh: the first cold (Pagefind still loading), the rest warm. */
async function latencyTimes(browser: Browser, origin: string, queries: string[]): Promise<{ cold: number; warm: number[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/search/`);
  const cold = await timeQuery(page, queries[0] ?? '冰箱');
  const warm: number[] = [];
  for (const q of queries.slice(1)) warm.push(await timeQuery(page, q));
  await context.close();
  return { cold, warm };
}

function summarise(colds: number[], warm: number[]) {
  return { cold: Math.round(percentile(colds, 50)), median: Math.round(percentile(warm, 50)), p95: Math.round(percentile(warm, 95)), max: Math.round(Math.max(...warm)), queries: warm.length };
}

async function latency(browser: Browser, origin: string, queries: string[]) {
  const { cold, warm } = await latencyTimes(browser, origin, queries);
  return summarise([cold], warm);
}

function category(url: URL): string {
  const p = url.pathname;
  if (/\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.)/.test(p)) return 'pagefind runtime';
  if (/\/pagefind\/(pagefind-entry\.json|pagefind\..*\.pf_meta|lexicon\.json)/.test(p)) return 'index metadata';
  if (p.includes('/pagefind/filter/')) return 'filter chunks';
  if (p.includes('/pagefind/index/')) return 'index chunks';
  if (p.includes('/pagefind/fragment/')) return 'fragments';
  if (p.endsWith('.js')) return 'search UI JS';
  return 'page';
}

/** The search UI's own JavaScript in a built site: up front on every page, loaded when search opens, and on a page a result opens. */
function uiJs(dist: string) {
  const caseDir = fs.readdirSync(path.join(dist, 'cases')).find((d) => fs.existsSync(path.join(dist, 'cases', d, 'index.html')));
  const caseHtml = fs.readFileSync(path.join(dist, 'cases', caseDir ?? '', 'index.html'), 'utf8');
  const header = [...caseHtml.matchAll(/src="[^"]*\/_astro\/([^"]*SiteHeader[^"]*\.js)"/g)].map((m) => m[1] ?? '');
  const headerCode = header.map((f) => fs.readFileSync(path.join(dist, '_astro', f), 'utf8')).join('');
  const upFront = [...header, ...[...headerCode.matchAll(/from"\.\/([^"]+\.js)"/g)].map((m) => m[1] ?? '')];
  const lazy = (entry: RegExp): string[] => {
    const found = new Set<string>();
    const queue = [...headerCode.matchAll(entry)].map((m) => m[1] ?? '');
    while (queue.length) {
      const file = queue.pop() ?? '';
      if (found.has(file) || upFront.includes(file)) continue;
      found.add(file);
      const code = fs.readFileSync(path.join(dist, '_astro', file), 'utf8');
      for (const m of code.matchAll(/from"\.\/([^"]+\.js)"/g)) queue.push(m[1] ?? '');
    }
    return [...found];
  };
  const size = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + gzipSize(path.join(dist, '_astro', f)), 0);
  const onOpen = lazy(/(mountSearchUi[\w.-]*\.js)/g);
  const onResultPage = lazy(/(highlightWords[\w.-]*\.js)/g);
  const file = (name: string) => path.join(dist, name);
  return {
    upFrontFiles: upFront,
    upFrontGzip: size(upFront),
    lazyFiles: onOpen,
    lazyGzip: size(onOpen),
    highlightFiles: onResultPage,
    highlightGzip: size(onResultPage),
    lexiconBytes: fs.statSync(file('pagefind/lexicon.json')).size,
    lexiconGzip: gzipSize(file('pagefind/lexicon.json')),
    suggestionsGzip: fs.existsSync(file('search/suggestions.json')) ? gzipSize(file('search/suggestions.json')) : 0,
  };
}

async function quality(browser: Browser, origin: string) {
  const context = await browser.newContext({ baseURL: `${origin}/` });
  const page = await context.newPage();
  await page.goto('search/');
  const measured = await measureSearchQuality(page);
  await context.close();
  return measured;
}

async function bytesPerQuery(browser: Browser, origin: string, queries: { q: string; kind: string; pages: number }[]) {
  const perQuery: Record<string, unknown>[] = [];
  for (const { q, kind, pages } of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched: { url: URL; bytes: number }[] = [];
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes().catch(() => undefined);
      fetched.push({ url: new URL(request.url()), bytes: (sizes?.responseBodySize ?? 0) + (sizes?.responseHeadersSize ?? 0) });
    });
    await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
    await settled(page, q);
    await page.waitForLoadState('networkidle');
    const byCategory: Record<string, number> = {};
    for (const { url, bytes } of fetched) byCategory[category(url)] = (byCategory[category(url)] ?? 0) + bytes;
    const searchBytes = Object.entries(byCategory).filter(([k]) => k !== 'page' && k !== 'search UI JS').reduce((sum, [, v]) => sum + v, 0);
    const shown = await page.locator('.search-result').count();
    const status = await page.locator('[data-search-status]').textContent();
    perQuery.push({ q, kind, pagesWithWord: pages, searchBytes, ...byCategory, shown, status });
    await context.close();
  }
  return perQuery;
}

test('search benchmark', async ({ browser }) => {
  test.setTimeout(60 * 60_000);
  for (const engine of ENGINES) {
    if (!fs.existsSync(path.join(engine.dist, 'pagefind', 'lexicon.json'))) throw new Error(`build the site first (${engine.dist})`);
  }
  fs.mkdirSync(OUT, { recursive: true });
  const results: Record<string, Record<string, unknown>> = {};
  const servers = await Promise.all(ENGINES.map((engine) => serve(engine.dist)));
  try {
    for (const [i, engine] of ENGINES.entries()) {
      results[engine.name] = { uiJs: uiJs(engine.dist), quality: await quality(browser, servers[i]?.origin ?? '') };
    }
    // Keystroke latency in rounds, the engines taking turns, so that a burst of load on the
    // shared machine falls on both alike; the timings of all rounds are pooled.
    const times = ENGINES.map(() => ({ colds: [] as number[], warm: [] as number[] }));
    for (let round = 0; round < LATENCY_ROUNDS; round++) {
      for (const [i] of ENGINES.entries()) {
        const { cold, warm } = await latencyTimes(browser, servers[i]?.origin ?? '', REAL_QUERIES);
        times[i]?.colds.push(cold);
        times[i]?.warm.push(...warm);
      }
    }
    for (const [i, engine] of ENGINES.entries()) {
      (results[engine.name] ??= {})['realSite'] = { latencyMs: summarise(times[i]?.colds ?? [], times[i]?.warm ?? []), rounds: LATENCY_ROUNDS };
      console.log(`[${engine.name}] ${JSON.stringify(results[engine.name])}`);
    }
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }

  // A synthetic site of SYNTHETIC_PAGES pages, the same pages for each engine, indexed by its own index step.
  if (WITH_SYNTHETIC) {
    for (const engine of ENGINES) {
      const dir = path.join(OUT, `search-synthetic-${engine.name}`);
      const started = Date.now();
      const site = generateSyntheticSite(DIST, dir, { pages: SYNTHETIC_PAGES, ui: engine.dist });
      const queries = syntheticQueries(site.documentFrequency, SYNTHETIC_PAGES);
      const { buildSearchIndex } = (await import(path.join(engine.src, 'src/integrations/buildSearchIndex.ts'))) as { buildSearchIndex: typeof BuildSearchIndex };
      // The real synonyms table: a word of a group searches the others too, and fetches their chunks (the engine before ignores it).
      const summary = await buildSearchIndex(dir, { synonyms: loadSynonymTable(path.join(ROOT, 'content')).groups.map((g) => g.data.words) });
      const indexSeconds = (Date.now() - started) / 1000;
      const bundle = path.join(dir, 'pagefind');
      const dirSize = (d: string) => fs.readdirSync(d).reduce((sum, f) => sum + fs.statSync(path.join(d, f)).size, 0);
      const metaFile = fs.readdirSync(bundle).find((f) => f.endsWith('.pf_meta')) ?? '';
      const server = await serve(dir);
      try {
        const perQuery = await bytesPerQuery(browser, server.origin, queries);
        const bytes = perQuery.map((r) => Number(r['searchBytes']));
        (results[engine.name] ??= {})['synthetic'] = {
          pages: summary.pages,
          indexSeconds,
          bundleBytes: { index: dirSize(path.join(bundle, 'index')), fragments: dirSize(path.join(bundle, 'fragment')), filters: dirSize(path.join(bundle, 'filter')), meta: fs.statSync(path.join(bundle, metaFile)).size, lexicon: summary.lexicon.bytes },
          perQuery,
          maxSearchBytes: Math.max(...bytes),
          medianSearchBytes: percentile(bytes, 50),
          latencyMs: await latency(browser, server.origin, ['冰箱', ...queries.map((c) => c.q)]),
        };
      } finally {
        await server.close();
      }
    }
  }

  fs.writeFileSync(path.join(OUT, 'search.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
  // Side by side, for BENCHMARKS.md.
  const rows: [string, (m: Record<string, any>) => unknown][] = [
    ['quality: top-3', (m) => `${m['quality'].found}/${m['quality'].finds}`],
    ['quality: found nothing', (m) => `${m['quality'].clean}/${m['quality'].findsNothing}`],
    ['JS up front (B gz)', (m) => m['uiJs'].upFrontGzip],
    ['JS on opening search (B gz)', (m) => m['uiJs'].lazyGzip],
    ['JS on a result page (B gz)', (m) => m['uiJs'].highlightGzip],
    ['lexicon (B gz)', (m) => m['uiJs'].lexiconGzip],
    ['keystroke → results, median/p95/max (ms)', (m) => `${m['realSite'].latencyMs.median}/${m['realSite'].latencyMs.p95}/${m['realSite'].latencyMs.max}`],
    ['synthetic: median/max bytes per query', (m) => (m['synthetic'] ? `${m['synthetic'].medianSearchBytes}/${m['synthetic'].maxSearchBytes}` : '')],
    ['synthetic: keystroke → results median/p95 (ms)', (m) => (m['synthetic'] ? `${m['synthetic'].latencyMs.median}/${m['synthetic'].latencyMs.p95}` : '')],
  ];
  console.log(`| measured | ${ENGINES.map((e) => e.name).join(' | ')} |`);
  for (const [label, read] of rows) console.log(`| ${label} | ${ENGINES.map((e) => String(read(results[e.name] ?? {}))).join(' | ')} |`);
  const perQuery = (name: string) => ((results[name]?.['synthetic'] as { perQuery?: Record<string, unknown>[] } | undefined)?.perQuery ?? []);
  for (const row of perQuery('new')) {
    const old = perQuery('old').find((r) => r['q'] === row['q']);
    console.log(`| ${row['q']} | ${row['kind']} | ${old?.['searchBytes'] ?? ''} | ${row['searchBytes']} |`);
  }
});
