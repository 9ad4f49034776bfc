import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { FIXTURE_SITE } from './support/fixtureSiteAddress';
import { parseCsv } from './support/parseCsv';
import { parseCitation } from './support/parseCitation';
import { readAtomFeed } from './support/readAtomFeed';

/**
 * The fixture site (the `fixture` project: e2e/fixtures/content with e2e/fixtures/site over it,
 * which has corrections; the real content has none yet), built with its own origin and under a
 * base path: corrections, and every address the site generates, checked where a base path would
 * break them.
 */
const SITE = FIXTURE_SITE.origin;
const BASE = FIXTURE_SITE.base;
const server = { url: `http://127.0.0.1:${FIXTURE_SITE.port}${BASE}` };

test('/corrections/ lists every correction of cases and stories, newest first, linking to its page', async ({ page }) => {
  await page.goto(`${server.url}corrections/`);
  const items = page.locator('.corrections-list > li');
  await expect(items).toHaveCount(3);
  const dates = await items.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  expect(dates).toEqual(['2026-01-09', '2026-01-05', '2026-01-02']);
  await expect(items.nth(0)).toContainText('示例更正二');
  await expect(items.nth(1)).toContainText('示例专题的更正');
  await items.nth(1).getByRole('link', { name: '示例专题' }).click();
  await expect(page).toHaveURL(`${server.url}stories/sample-story/#corrections`);
  await expect(page.locator('section.corrections li')).toHaveCount(1);
});

test('a case page shows its last update and its corrections, newest first', async ({ page }) => {
  await page.goto(`${server.url}cases/sample-case/`);
  const section = page.locator('section.corrections');
  await expect(section.locator('.note').first()).toContainText('最后更新：2026年1月9日');
  await expect(section.locator('li')).toHaveText([/^2026年1月9日：示例更正二/, /^2026年1月2日：示例更正一/]);
  await expect(page.locator('.case .meta')).toContainText('2026年1月9日');
});

test('every address the site generates carries the base path', async ({ page, request }) => {
  await page.goto(`${server.url}cases/sample-case/`);
  const canonical = `${SITE}${BASE}cases/sample-case/`;
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${SITE}${BASE}og/cases/sample-case.png`);
  await expect(page.locator('#share-url')).toHaveText(canonical);
  await expect(page.locator('#cite-gbt')).toContainText(canonical);
  const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).join('\n');
  for (const url of ld.match(/https?:\/\/[^"]+/g) ?? []) {
    if (url.startsWith('https://schema.org')) continue;
    expect(url.startsWith(`${SITE}${BASE}`), url).toBe(true);
  }
  // Every link inside the site stays under the base path, and resolves.
  const hrefs = await page.locator('a[href^="/"], link[href^="/"], script[src^="/"]').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? ''));
  for (const href of new Set(hrefs)) {
    expect(href.startsWith(BASE), href).toBe(true);
    expect((await request.get(`${server.url.replace(BASE, '')}${href.split('#')[0]}`)).status(), href).toBe(200);
  }
  // The social card exists under the base path.
  expect((await request.get(`${server.url}og/cases/sample-case.png`)).status()).toBe(200);
  // Feed, sitemap, robots and downloads point under the base path too.
  const feed = await (await request.get(`${server.url}feed.xml`)).text();
  expect(feed).toContain(`<link rel="alternate" type="text/html" href="${canonical}"/>`);
  const sitemap = await (await request.get(`${server.url}sitemap-0.xml`)).text();
  expect(sitemap).toContain(`<loc>${canonical}</loc>`);
  expect(sitemap).not.toContain('404');
  expect(await (await request.get(`${server.url}robots.txt`)).text()).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
  const events = parseCsv(await (await request.get(`${server.url}data/events.csv`)).text());
  expect(events.map((e) => e['url'])).toContain(`${canonical}#sample-order`);
});

test('the copy tools copy the address under the base path', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${server.url}cases/sample-case/`);
  await page.getByRole('button', { name: '复制链接' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}${BASE}cases/sample-case/`);
});

test('a case\'s feed and the site\'s carry its corrections, each linking to it on the page; 关注本案 leads to the feed', async ({ page, request }) => {
  await page.goto(`${server.url}cases/sample-case/`);
  const follow = page.locator('.share-tools').getByRole('link', { name: /^关注本案/ });
  await expect(follow).toHaveAttribute('href', `${BASE}cases/sample-case/feed.xml`);
  const feed = await readAtomFeed(page, await (await request.get(`${server.url}cases/sample-case/feed.xml`)).text());
  expect(feed.problems).toEqual([]);
  expect(feed.id).toBe(`${SITE}${BASE}cases/sample-case/feed.xml`);
  const corrections = feed.entries.filter((e) => e.category.startsWith('更正'));
  expect(corrections.map((e) => [e.href, e.updated.slice(0, 10)])).toEqual([
    [`${SITE}${BASE}cases/sample-case/#correction-2026-01-09`, '2026-01-09'],
    [`${SITE}${BASE}cases/sample-case/#correction-2026-01-02`, '2026-01-02'],
  ]);
  // The entry's words are the correction's, and its link reaches it on the page.
  await expect(page.locator('#correction-2026-01-09')).toContainText(corrections[0]?.summary ?? '—');
  // The newest entry dates the feed.
  expect(feed.updated).toBe(feed.entries[0]?.updated);
  const site = await readAtomFeed(page, await (await request.get(`${server.url}feed.xml`)).text());
  expect(site.problems).toEqual([]);
  expect(site.entries.filter((e) => e.category.startsWith('更正')).map((e) => e.href.replace(`${SITE}${BASE}`, ''))).toEqual([
    'cases/sample-case/#correction-2026-01-09',
    'stories/sample-story/#correction-2026-01-05',
    'cases/sample-case/#correction-2026-01-02',
  ]);
});

test('a source page links to its known capture, dated, and to the archives\' look-ups for its address', async ({ page }) => {
  await page.goto(`${server.url}sources/demo-metro-2025/`);
  const archives = page.locator('dd.archive-links');
  await expect(archives.getByRole('link', { name: /^本站所知的存档/ })).toHaveAttribute('href', 'https://web.archive.org/web/20251118093000/https://example.org/metro-2025');
  await expect(archives.locator('time[datetime="2025-11-18"]')).toHaveText('2025年11月18日');
  await expect(archives.getByRole('link', { name: 'Wayback Machine 的存档日历' })).toHaveAttribute('href', 'https://web.archive.org/web/*/https://example.org/metro-2025');
  await expect(archives.getByRole('link', { name: 'archive.today 的存档列表' })).toHaveAttribute('href', 'https://archive.ph/https://example.org/metro-2025');
  // Outside links leave the site without a referrer.
  for (const rel of await archives.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('rel')))) expect(rel).toContain('noreferrer');
  // A source without a capture still has the look-ups.
  await page.goto(`${server.url}sources/demo-weekly-2025/`);
  await expect(page.locator('dd.archive-links a')).toHaveCount(2);
});

test('引用本页 offers the citation files as downloads that a reference manager reads, under the base path', async ({ page }) => {
  await page.goto(`${server.url}cases/sample-case/`);
  await page.locator('.share-tools').getByRole('link', { name: '引用本页' }).click();
  const files = page.locator('section.cite .citation-files');
  await expect(files).toBeInViewport();
  for (const [name, format] of [['RIS（EndNote、NoteExpress、Zotero）', 'ris'], ['BibTeX', 'bib'], ['CSL-JSON', 'json']] as const) {
    const [download] = await Promise.all([page.waitForEvent('download'), files.getByRole('link', { name }).click()]);
    expect(download.suggestedFilename()).toBe(`xinren-case-sample-case.${format}`);
    const text = fs.readFileSync((await download.path()) ?? '', 'utf8');
    const parsed = parseCitation(text, format);
    expect(parsed.title).toBe(await page.locator('h1').textContent());
    expect(parsed.authors).toEqual(['信任账本编辑部']);
    expect(parsed.url).toBe(`${SITE}${BASE}cases/sample-case/`);
  }
  // Zotero's connector finds the page's own metadata.
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', (await page.locator('h1').textContent()) ?? '');
  await expect(page.locator('meta[name="DC.identifier"]')).toHaveAttribute('content', `${SITE}${BASE}cases/sample-case/`);
});
