import { expect, test } from '@playwright/test';
import { readValidatedContent } from '../src/lib/readValidatedContent';
import { siteConfig } from '../src/site.config';
import { readAtomFeed } from './support/readAtomFeed';
import { toSitePath } from './support/sitePaths';

/**
 * Following a case or story (the real content): every case and story page names its own Atom
 * feed in its head and beside the share tools (关注本案 / 关注本专题); the feed is valid Atom
 * (see support/readAtomFeed.ts), follows that page, and holds its page, each of a case's events
 * (linking to the event on the page) and each correction; the page shows its revision history.
 */
const graph = readValidatedContent(siteConfig.contentDir);
const pages = [
  ...graph.cases.map((c) => ({ path: `cases/${c.id}/`, label: '关注本案', events: graph.events.filter((e) => e.data.case === c.id).length, corrections: c.data.corrections.length, published: c.data.published, updated: c.data.updated })),
  ...graph.stories.map((s) => ({ path: `stories/${s.id}/`, label: '关注本专题', events: 0, corrections: s.data.corrections.length, published: s.data.published, updated: s.data.updated })),
];

test('every case and story has its own valid Atom feed, linked from its head and its share tools', async ({ page, request }) => {
  test.setTimeout(180_000); // every case and story page and its feed: grows with the content
  for (const item of pages) {
    await page.goto(item.path);
    const feedPath = `${siteConfig.base}${item.path}feed.xml`;
    await expect(page.locator(`head link[rel="alternate"][type="application/atom+xml"][href="${feedPath}"]`)).toHaveCount(1);
    await expect(page.locator('.share-tools').getByRole('link', { name: new RegExp(`^${item.label}`) })).toHaveAttribute('href', feedPath);
    // The revision history: first publication, last update, each correction, dated.
    const history = page.locator('section.corrections');
    await expect(history.locator(`time[datetime="${item.published}"]`).first()).toBeVisible();
    await expect(history.locator(`time[datetime="${item.updated}"]`).first()).toBeVisible();
    await expect(history.locator('li')).toHaveCount(item.corrections);

    const response = await request.get(`${item.path}feed.xml`);
    expect(response.status(), item.path).toBe(200);
    expect(response.headers()['content-type']).toContain('xml');
    const feed = await readAtomFeed(page, await response.text());
    expect(feed.problems, item.path).toEqual([]);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(feed.alternate).toBe(canonical);
    expect(feed.self).toBe(`${canonical}feed.xml`);
    // The page itself, with the dates it shows.
    const own = feed.entries.find((e) => e.href === canonical);
    expect(own?.published.slice(0, 10)).toBe(item.published);
    expect(own?.updated.slice(0, 10)).toBe(item.updated);
    expect(feed.entries.filter((e) => e.category === '事件')).toHaveLength(item.events);
    expect(feed.entries.filter((e) => e.category.startsWith('更正'))).toHaveLength(item.corrections);
    // Every entry about a part of this page links to an element of it.
    for (const entry of feed.entries.filter((e) => e.href.startsWith(`${canonical}#`))) {
      const id = entry.href.slice(entry.href.indexOf('#') + 1);
      await expect(page.locator(`[id="${id}"]`), entry.href).toHaveCount(1);
      if (entry.category === '事件') await expect(page.locator(`[id="${id}"]`)).toContainText(entry.title);
    }
    // A story's feed also follows the case files it covers, which are on its page.
    for (const entry of feed.entries.filter((e) => e.category === '案件' && e.href !== canonical)) {
      await expect(page.locator(`a[href="${siteConfig.base}${toSitePath(entry.href)}"]`).first()).toBeAttached();
    }
  }
});
