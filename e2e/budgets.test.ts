import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

/**
 * JavaScript budgets, gzipped: what a page loads before its load event (the scripts it needs to
 * work), and everything it has loaded a few seconds later (scripts fetched when idle). Measured
 * on the built site; the figures are recorded in BENCHMARKS.md.
 */
const BUDGETS = [
  { name: '/timeline/', path: 'timeline/', upFront: 20 * 1024, total: 20 * 1024 },
  { name: 'a case page', path: 'cases/p2p-promotion-2018/', upFront: 10 * 1024, total: 10 * 1024 },
  { name: '/losses/', path: 'losses/', upFront: 10 * 1024, total: 10 * 1024 },
];

async function measure(page: Page, path: string) {
  await page.goto(path, { waitUntil: 'load' });
  // Scripts loaded when the browser is idle (the case timeline's explorer) arrive within ~4s.
  await page.waitForTimeout(4500);
  // The browser's own record: every script resource, and whether it started before the load event.
  const entries = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => /\.m?js(\?|$)/.test(new URL(entry.name).pathname))
      .map((entry) => ({ url: entry.name, early: entry.startTime < navigation.loadEventStart }));
  });
  const sizes = new Map<string, number>();
  for (const { url } of entries) sizes.set(url, gzipSync(await (await page.request.get(url)).body()).length);
  const sum = (urls: string[]) => [...new Set(urls)].reduce((total, url) => total + (sizes.get(url) ?? 0), 0);
  return {
    upFront: sum(entries.filter((e) => e.early).map((e) => e.url)),
    total: sum(entries.map((e) => e.url)),
    files: entries.map((e) => `${new URL(e.url).pathname} ${sizes.get(e.url)} B${e.early ? '' : ' (after load)'}`),
  };
}

for (const budget of BUDGETS) {
  test(`${budget.name} loads at most ${budget.upFront / 1024} KB of gzipped JavaScript up front`, async ({ page }, testInfo) => {
    const result = await measure(page, budget.path);
    testInfo.annotations.push({ type: 'js-gzip', description: `${budget.name}: up front ${result.upFront} B, total ${result.total} B — ${result.files.join(', ')}` });
    console.log(`[budget] ${budget.name}: up front ${result.upFront} B gz, after idle ${result.total} B gz\n  ${result.files.join('\n  ')}`);
    expect(result.upFront).toBeGreaterThan(0);
    expect(result.upFront).toBeLessThanOrEqual(budget.upFront);
    expect(result.total).toBeLessThanOrEqual(budget.total);
  });
}

test('chart SVG sizes (recorded in BENCHMARKS.md)', async ({ page }) => {
  for (const path of ['timeline/', 'losses/', 'cases/p2p-promotion-2018/', 'cases/fridge-1111-orders-2025/']) {
    await page.goto(path);
    const sizes = await page.locator('svg[data-chart]').evaluateAll((svgs) => svgs.map((svg) => `${svg.getAttribute('data-chart')}:${svg.outerHTML.length}`));
    const html = await (await page.request.get(path)).body();
    console.log(`[svg] ${path}: ${sizes.join(' ')}; HTML ${html.length} B, ${gzipSync(html).length} B gz`);
    expect(sizes.length).toBeGreaterThan(0);
  }
});
