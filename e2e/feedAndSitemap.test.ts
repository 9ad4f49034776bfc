import { expect, test } from '@playwright/test';
import { siteConfig } from '../src/site.config';
import { readValidatedContent } from '../src/lib/readValidatedContent';
import { readAtomFeed } from './support/readAtomFeed';
import { sitePaths, toSitePath } from './support/sitePaths';

test('the Atom feed is valid Atom, with every case and story with the dates their pages show, and every correction', async ({ page, request }) => {
  test.setTimeout(120_000); // opens every case or story page: grows with the content
  const response = await request.get('feed.xml');
  expect(response.status()).toBe(200);
  await page.goto('');
  const feed = await readAtomFeed(page, await response.text());
  expect(feed.problems).toEqual([]);
  const entries = feed.entries.filter((e) => e.category === '案件' || e.category === '专题');
  const pages = (await sitePaths(request)).filter((p) => /^(cases|stories)\/[a-z0-9-]+\/$/.test(p));
  expect(entries.map((e) => toSitePath(e.href)).sort()).toEqual(pages.sort());
  // Newest update first.
  expect(feed.entries.map((e) => e.updated)).toEqual([...feed.entries.map((e) => e.updated)].sort().reverse());
  // Every correction of a case, story or source is an entry of its own, linking to it on its page.
  const graph = readValidatedContent(siteConfig.contentDir);
  const corrections = [...graph.cases, ...graph.stories, ...graph.sources].reduce((n, r) => n + r.data.corrections.length, 0);
  expect(feed.entries.filter((e) => e.category.startsWith('更正'))).toHaveLength(corrections);
  expect(entries.length + corrections).toBe(feed.entries.length);
  for (const entry of entries) {
    expect(entry.id).toBe(entry.href);
    await page.goto(toSitePath(entry.href));
    await expect(page.locator('h1')).toHaveText(entry.title);
    expect(entry.updated.slice(0, 10)).toBe(await page.locator('meta[property="article:modified_time"]').getAttribute('content'));
    expect(entry.published.slice(0, 10)).toBe(await page.locator('meta[property="article:published_time"]').getAttribute('content'));
    // The visible "last updated" date is the feed's.
    await expect(page.locator(`section.corrections time[datetime="${entry.updated.slice(0, 10)}"]`).first()).toBeVisible();
  }
});

test('the sitemap lists every page that may be indexed, and none that may not', async ({ request }) => {
  const paths = await sitePaths(request);
  for (const required of ['', 'cases/', 'timeline/', 'sources/', 'about/', 'data/', 'corrections/']) expect(paths).toContain(required);
  expect(paths.filter((p) => p.startsWith('404') || p.startsWith('embed/'))).toEqual([]);
  // Fetched, not rendered: a crawler reads the status and the robots meta tag from the HTML.
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).not.toMatch(/<meta[^>]+name="robots"/);
  }
  // Case files carry their last update.
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  expect(sitemap).toMatch(/<loc>[^<]+\/cases\/[a-z0-9-]+\/<\/loc><lastmod>\d{4}-\d{2}-\d{2}T/);
});

test('robots.txt names the sitemap by its full address', async ({ request }) => {
  const text = await (await request.get('robots.txt')).text();
  expect(text).toContain(`Sitemap: ${siteConfig.url}${siteConfig.base}sitemap-index.xml`);
  expect(text).toMatch(/^User-agent: \*$/m);
});

test('an unknown address gets a 404 page that helps the reader on', async ({ page }) => {
  const response = await page.goto('cases/no-such-case/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这一页');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  const main = page.locator('main');
  await expect(main.getByRole('link', { name: '全部案件' })).toHaveAttribute('href', `${siteConfig.base}cases/`);
  await expect(main.getByRole('link', { name: '时间线' })).toHaveAttribute('href', `${siteConfig.base}timeline/`);
  await main.getByRole('searchbox').fill('冰箱');
  await main.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E5%86%B0%E7%AE%B1$/);
});
