import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { sitePages } from './support/siteFiles';

/**
 * Byte budgets, for readers on slow mobile networks. Sizes are gzipped (zlib, default level), as a
 * static host sends them. Figures are printed and recorded in BENCHMARKS.md.
 *
 * - JavaScript per kind of page: what loads before the load event (up front) and everything a few
 *   seconds later (scripts fetched when the browser is idle), as the browser's resource timing
 *   records it. The search page's own UI is counted apart from Pagefind's engine.
 * - HTML per page, for every page of the site.
 * - A case page's total bytes (HTML, CSS, JS, SVG, search files: everything but its social image).
 * - No web fonts on any page: text uses the reader's system fonts.
 */
const KB = 1024;
const KINDS = [
  { kind: 'home', path: '', js: 10 * KB },
  { kind: 'case', path: 'cases/p2p-promotion-2018/', js: 10 * KB, total: 100 * KB },
  { kind: 'story', path: 'stories/overview-promise-incident-response/', js: 10 * KB },
  { kind: 'timeline', path: 'timeline/', js: 20 * KB },
  { kind: 'losses', path: 'losses/', js: 10 * KB },
  { kind: 'source', path: 'sources/nbd-2018-07-23/', js: 10 * KB },
  { kind: 'list', path: 'cases/', js: 10 * KB },
  { kind: 'search', path: 'search/?q=冰箱', js: 25 * KB, engine: true },
  // An embedded chart is static: it loads no script at all.
  { kind: 'embed', path: 'embed/timeline/', js: 0 },
];

interface Loaded {
  url: string;
  type: string;
  bytes: number;
  gzip: number;
  early: boolean;
}

async function load(page: Page, path: string): Promise<Loaded[]> {
  const bodies = new Map<string, Buffer>();
  page.on('response', async (response) => {
    try {
      bodies.set(response.url(), await response.body());
    } catch {
      /* redirects have no body */
    }
  });
  await page.goto(path, { waitUntil: 'load' });
  // Scripts loaded when the browser is idle (the case timeline's explorer) arrive within ~4 s.
  await page.waitForTimeout(4500);
  const timing = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return [
      { name: location.href, type: 'document', early: true },
      ...performance.getEntriesByType('resource').map((entry) => ({
        name: entry.name,
        type: (entry as PerformanceResourceTiming).initiatorType,
        early: entry.startTime < navigation.loadEventStart,
      })),
    ];
  });
  return timing.map(({ name, type, early }) => {
    const body = bodies.get(name) ?? Buffer.alloc(0);
    return { url: name, type, bytes: body.length, gzip: body.length ? gzipSync(body).length : 0, early };
  });
}

const isScript = (r: Loaded) => /\.m?js(\?|$)/.test(new URL(r.url).pathname);
const isEngine = (r: Loaded) => new URL(r.url).pathname.includes('/pagefind/');
const sum = (list: Loaded[]) => list.reduce((total, r) => total + r.gzip, 0);

// Both editions, page for page: the Traditional one runs the same scripts, converted, and is
// measured as its readers load it, in a browser that prefers Traditional (a reader who prefers
// the other script also fetches the one-time note's code once, 289 B gzipped).
for (const edition of [
  { locale: 'zh-CN', budgets: KINDS },
  { locale: 'zh-TW', budgets: KINDS.map((k) => ({ ...k, kind: `${k.kind} (zh-Hant)`, path: `zh-hant/${k.path}` })) },
]) {
  test.describe(`read in ${edition.locale}`, () => {
    test.use({ locale: edition.locale });
    for (const budget of edition.budgets) {
      test(`${budget.kind} page: JavaScript within ${budget.js / KB} KB gzipped${budget.total ? `, everything within ${budget.total / KB} KB` : ''}`, async ({ page }) => {
        const loaded = await load(page, budget.path);
        const own = loaded.filter((r) => isScript(r) && !isEngine(r));
        const engine = loaded.filter((r) => isEngine(r));
        const upFront = sum(own.filter((r) => r.early));
        const afterIdle = sum(own);
        const total = sum(loaded.filter((r) => !/\/og\//.test(r.url)));
        console.log(
          `[budget] ${budget.kind} (${budget.path || '/'}): JS up front ${upFront} B, after idle ${afterIdle} B` +
            (budget.engine ? `, Pagefind engine ${sum(engine)} B (${engine.length} files)` : '') +
            `, all resources ${total} B gz (${loaded.length} files)\n  ${own.map((r) => `${new URL(r.url).pathname} ${r.gzip} B${r.early ? '' : ' (later)'}`).join('\n  ')}`,
        );
        // A budget above zero is only meaningful if scripts were seen at all (the measure works).
        if (budget.js > 0) expect(own.length).toBeGreaterThan(0);
        expect(afterIdle).toBeLessThanOrEqual(budget.js);
        if (budget.total) expect(total).toBeLessThanOrEqual(budget.total);
        // No web fonts: no font file is fetched, and no stylesheet declares one.
        expect(loaded.filter((r) => r.type === 'css' && /\.(woff2?|ttf|otf|eot)(\?|$)/.test(r.url))).toEqual([]);
        expect(loaded.filter((r) => /\.(woff2?|ttf|otf|eot)(\?|$)/.test(r.url)).map((r) => r.url)).toEqual([]);
      });
    }
  });
}

test('the share script stays within 2 KB gzipped', async ({ page }) => {
  const loaded = await load(page, 'cases/fridge-1111-orders-2025/');
  const share = loaded.filter((r) => r.url.includes('ShareScript'));
  expect(share).toHaveLength(1);
  expect(share[0]?.gzip).toBeLessThanOrEqual(2 * KB);
});

test('the case finder loads lazily and stays within 2 KB gzipped', async ({ page }) => {
  // A shared address with a filter loads it at once; the bare list (the `list` row above) does not.
  const loaded = await load(page, 'cases/?outcome=ruling');
  const finder = loaded.filter((r) => isScript(r) && /mountCaseFinder|caseFinder/.test(r.url));
  console.log(`[budget] case finder: ${finder.map((r) => `${new URL(r.url).pathname} ${r.gzip} B`).join(', ')}`);
  expect(finder.some((r) => r.url.includes('mountCaseFinder'))).toBe(true);
  expect(sum(finder)).toBeLessThanOrEqual(2 * KB);
});

test('every page\'s HTML stays within its budget, and no page declares a web font', () => {
  const base = (process.env['BASE_PATH'] ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');
  // /timeline/ holds every event four times (wide and narrow, lanes by line and by case; all of
  // it works without JavaScript) and in two lists: about 750 B gz per event, 101.6 KB at 136
  // events (2026-12-01). 112 KB leaves room for about 15 more; the legible-timeline and scale
  // issues replace this design (see BENCHMARKS.md). The home page carries the whole timeline too
  // (44.1 KB); the largest case file, the hood case (21 events, 28 sources), is 40,053 B on main
  // 9bed147 and 41,371 B with issue 14 (party links, similar cases, 引用本页's citation-file links,
  // its feed link and 关注本案, and Zotero's Highwire and Dublin Core tags, 284 B gz of them; measured
  // 2026-12-01): over 40 KB, so case pages get 42 KB. The tags are on every case page and cannot be
  // trimmed without losing what Zotero reads (title, author, both dates, address, language). A story
  // is long prose with its tables and corrections: the overview (a table of all twelve cases and
  // sixteen dated corrections) is 45.3 KB. /losses/ (every money figure twice, wide and narrow, and
  // its table) was 40,795 B with 165 B left; the editions' hreflang alternates and 繁體 link of
  // issue 15 with issue 14 brought it to 41,083 B (2026-12-01): 42 KB, as for case pages; at scale
  // it is an overview of bounded size (issue 17).
  const hans = (url: string) =>
    /\/timeline\/$/.test(url) ? 112 * KB
    : url === base || url === `${base}zh-hant/` || /\/stories\/[^/]+\/$/.test(url) ? 48 * KB
    : /\/cases\/[^/]+\/$/.test(url) || /\/losses\/$/.test(url) ? 42 * KB
    : /\/sources\/$/.test(url) ? 40 * KB
    : 32 * KB;
  // A Traditional page has its Simplified twin's budget and 1 KB: its text compresses a little
  // worse (all pages +0.3% gzipped, at most +380 B, 2026-12-01), and /losses/, with 160 B left,
  // would otherwise fail on its twin alone.
  const limit = (url: string) => hans(url) + (url.startsWith(`${base}zh-hant/`) ? KB : 0);
  const over: string[] = [];
  const sizes: { url: string; gzip: number }[] = [];
  for (const { url, file } of sitePages(base)) {
    const html = fs.readFileSync(file);
    const gzip = gzipSync(html).length;
    sizes.push({ url, gzip });
    if (gzip > limit(url)) over.push(`${url}: ${gzip} B gz > ${limit(url)}`);
    if (/@font-face/.test(html.toString())) over.push(`${url}: declares a web font`);
  }
  sizes.sort((a, b) => b.gzip - a.gzip);
  console.log(`[budget] HTML gz, largest: ${sizes.slice(0, 6).map((s) => `${s.url} ${s.gzip} B`).join(', ')}; median ${sizes[Math.floor(sizes.length / 2)]?.gzip} B over ${sizes.length} pages`);
  expect(over).toEqual([]);
});
