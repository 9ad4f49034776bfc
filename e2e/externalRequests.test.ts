import { expect, test } from '@playwright/test';
import { sitemapPages } from './support/siteFiles';

const base = (process.env['BASE_PATH'] ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');

/**
 * Readers in mainland China may not reach a CDN or font service, and the site promises not to
 * contact third parties: every request a page makes, as loaded and after search is used, must
 * go to the site itself.
 */
test('no page requests anything from another host', async ({ page, baseURL }) => {
  test.setTimeout(480_000); // every page of both editions: grows with the content
  const own = new URL(baseURL ?? 'http://localhost').host;
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol.startsWith('http') && url.host !== own) {
      outside.push(`${page.url()} → ${url.href}`);
      return route.abort();
    }
    return route.continue();
  });
  for (const path of sitemapPages(base)) {
    await page.goto(path || './', { waitUntil: 'networkidle' });
  }
  // Search, on each edition (each has its own index).
  await page.goto('search/?q=冰箱', { waitUntil: 'networkidle' });
  await page.goto('zh-hant/search/?q=冰箱', { waitUntil: 'networkidle' });
  expect(outside).toEqual([]);
});
