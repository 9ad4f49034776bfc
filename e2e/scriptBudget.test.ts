import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

/**
 * The JavaScript a case page loads up front, gzipped: at most 10 KB for the page (shared by
 * every script on it), and at most 2 KB for the share, copy and cite script.
 */
test('a case page stays within its JavaScript budget', async ({ page }) => {
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.set(response.url(), gzipSync(await response.body(), { level: 9 }).length);
  });
  await page.goto('cases/fridge-1111-orders-2025/', { waitUntil: 'networkidle' });
  const total = [...scripts.values()].reduce((a, b) => a + b, 0);
  expect(total, [...scripts].map(([url, bytes]) => `${url}: ${bytes} B`).join('\n')).toBeLessThanOrEqual(10 * 1024);
  const share = [...scripts].filter(([url]) => url.includes('ShareScript'));
  expect(share).toHaveLength(1);
  expect(share[0]?.[1]).toBeLessThanOrEqual(2 * 1024);
});
