import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { test, type Browser, type Page } from '@playwright/test';
import { buildSearchIndex } from '../../src/integrations/buildSearchIndex';
import { generateSyntheticSite } from './generateSyntheticSite';
import { serveCompressed as serve } from './serveCompressed';

/**
 * The search benchmark (npm run bench:search; build the site first):
 * 1. the size of the search UI's own JavaScript, up front and loaded on opening;
 * 2. keystroke → results on screen on the real built site, in Chromium;
 * 3. bytes fetched for one query on a synthetic 5,000-page site, from a cold browser.
 * Figures are printed and written to .bench/search.json; BENCHMARKS.md records them.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(ROOT, '.bench');
const SYNTHETIC = path.join(OUT, 'search-synthetic');
const SYNTHETIC_PAGES = Number(process.env['BENCH_PAGES'] ?? 5000);
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
    { q: '疫苗', kind: 'on no page', pages: documentFrequency.get('疫苗') ?? 0 },
  ];
  return chosen.filter((c): c is { q: string; kind: string; pages: number } => c !== undefined);
}

const results: Record<string, unknown> = {};

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

async function latency(browser: Browser, origin: string, queries: string[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Cold: the first query typed right after the search page opens, Pagefind still loading.
  await page.goto(`${origin}/search/`);
  const cold = await timeQuery(page, queries[0] ?? '冰箱');
  const warm: number[] = [];
  for (const q of queries.slice(1)) warm.push(await timeQuery(page, q));
  await context.close();
  return { cold: Math.round(cold), median: Math.round(percentile(warm, 50)), p95: Math.round(percentile(warm, 95)), max: Math.round(Math.max(...warm)), queries: warm.length };
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

test('search benchmark', async ({ browser }) => {
  if (!fs.existsSync(path.join(DIST, 'pagefind', 'lexicon.json'))) throw new Error('build the site first: npm run build');
  fs.mkdirSync(OUT, { recursive: true });

  // 1. The search UI's own JavaScript.
  const caseDir = fs.readdirSync(path.join(DIST, 'cases')).find((d) => fs.existsSync(path.join(DIST, 'cases', d, 'index.html')));
  const caseHtml = fs.readFileSync(path.join(DIST, 'cases', caseDir ?? '', 'index.html'), 'utf8');
  const header = [...caseHtml.matchAll(/src="[^"]*\/_astro\/([^"]*SiteHeader[^"]*\.js)"/g)].map((m) => m[1] ?? '');
  const headerCode = header.map((f) => fs.readFileSync(path.join(DIST, '_astro', f), 'utf8')).join('');
  const upFront = [...header, ...[...headerCode.matchAll(/from"\.\/([^"]+\.js)"/g)].map((m) => m[1] ?? '')];
  const lazy = new Set<string>();
  const queue = [...headerCode.matchAll(/(mountSearchUi[\w.-]*\.js)/g)].map((m) => m[1] ?? '');
  while (queue.length) {
    const file = queue.pop() ?? '';
    if (lazy.has(file) || upFront.includes(file)) continue;
    lazy.add(file);
    const code = fs.readFileSync(path.join(DIST, '_astro', file), 'utf8');
    for (const m of code.matchAll(/from"\.\/([^"]+\.js)"/g)) queue.push(m[1] ?? '');
  }
  const size = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + gzipSize(path.join(DIST, '_astro', f)), 0);
  results['uiJs'] = { upFrontFiles: upFront, upFrontGzip: size(upFront), lazyFiles: [...lazy], lazyGzip: size(lazy) };

  // 2. Keystroke → results on screen, real site.
  const real = await serve(DIST);
  try {
    results['realSite'] = { pages: JSON.parse(fs.readFileSync(path.join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages, latencyMs: await latency(browser, real.origin, REAL_QUERIES) };
  } finally {
    await real.close();
  }

  // 3. A synthetic site of SYNTHETIC_PAGES pages: index size, bytes per query, latency.
  if (!WITH_SYNTHETIC) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  const started = Date.now();
  const site = generateSyntheticSite(DIST, SYNTHETIC, { pages: SYNTHETIC_PAGES });
  const queries = syntheticQueries(site.documentFrequency, SYNTHETIC_PAGES);
  const summary = await buildSearchIndex(SYNTHETIC);
  const indexSeconds = (Date.now() - started) / 1000;
  const bundle = path.join(SYNTHETIC, 'pagefind');
  const dirSize = (dir: string) => fs.readdirSync(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
  const metaFile = fs.readdirSync(bundle).find((f) => f.endsWith('.pf_meta')) ?? '';
  const server = await serve(SYNTHETIC);
  try {
    const perQuery: Record<string, unknown>[] = [];
    for (const { q, kind, pages } of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const fetched: { url: URL; bytes: number }[] = [];
      page.on('requestfinished', async (request) => {
        const sizes = await request.sizes().catch(() => undefined);
        fetched.push({ url: new URL(request.url()), bytes: (sizes?.responseBodySize ?? 0) + (sizes?.responseHeadersSize ?? 0) });
      });
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent(q)}`);
      await settled(page, q);
      await page.waitForLoadState('networkidle');
      const byCategory: Record<string, number> = {};
      for (const { url, bytes } of fetched) byCategory[category(url)] = (byCategory[category(url)] ?? 0) + bytes;
      const searchBytes = Object.entries(byCategory).filter(([k]) => k !== 'page' && k !== 'search UI JS').reduce((sum, [, v]) => sum + v, 0);
      const shown = await page.locator('.search-result').count();
      const total = await page.locator('[data-search-status]').textContent();
      perQuery.push({ q, kind, pagesWithWord: pages, searchBytes, ...byCategory, shown, status: total });
      await context.close();
    }
    const bytes = perQuery.map((r) => Number(r['searchBytes']));
    results['synthetic'] = {
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

  fs.writeFileSync(path.join(OUT, 'search.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
});
