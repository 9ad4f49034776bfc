import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { getHantConverter } from '../src/editions/getHantConverter';
import { HANT_PREFIX } from '../src/editions/editions';
import { siteConfig } from '../src/site.config';
import { sitePaths, toSitePath } from './support/sitePaths';

type Json = Record<string, unknown>;

/** Every JSON-LD block of the page, parsed; @graph blocks contribute each of their nodes. */
async function jsonLdNodes(page: Page): Promise<Json[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => {
    const data = JSON.parse(text) as Json;
    expect(data['@context']).toBe('https://schema.org');
    return Array.isArray(data['@graph']) ? (data['@graph'] as Json[]) : [data];
  });
}

/** What a page of the sitemap is: its edition's prefix, its path inside the edition, and how the edition writes the site's words. */
const { convert } = getHantConverter(siteConfig.contentDir);
function editionOf(path: string): { prefix: string; inner: string; lang: string; say: (text: string) => string } {
  return path.startsWith(HANT_PREFIX)
    ? { prefix: HANT_PREFIX, inner: path.slice(HANT_PREFIX.length), lang: 'zh-Hant', say: convert }
    : { prefix: '', inner: path, lang: 'zh-CN', say: (text) => text };
}

const meta = (page: Page, attr: 'name' | 'property', key: string) => page.locator(`meta[${attr}="${key}"]`).getAttribute('content');

/** Size of a PNG from its IHDR chunk. */
async function pngSize(request: APIRequestContext, url: string): Promise<[number, number]> {
  const response = await request.get(toSitePath(url));
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toContain('image/png');
  const bytes = await response.body();
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('every page has a unique title and description, a canonical address, social tags and a card', async ({ page, request }) => {
  test.setTimeout(600_000); // every page of both editions' sitemaps (408 with the party pages of issue 14): grows with the content
  const paths = await sitePaths(request);
  expect(paths).toContain('');
  expect(paths).toContain(HANT_PREFIX);
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  const images = new Map<string, string>();
  for (const path of paths) {
    const { prefix, inner, lang, say } = editionOf(path);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const title = await page.title();
    const description = (await meta(page, 'name', 'description')) ?? '';
    expect(description.length, `${path} description`).toBeGreaterThan(10);
    expect(titles.get(title), `title of ${path} is also the title of`).toBeUndefined();
    expect(descriptions.get(description), `description of ${path} is also the description of`).toBeUndefined();
    titles.set(title, path);
    descriptions.set(description, path);

    const canonical = `${siteConfig.url}${siteConfig.base}${path}`;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical);
    expect(await meta(page, 'property', 'og:url')).toBe(canonical);
    expect(await meta(page, 'property', 'og:description')).toBe(description);
    expect(await meta(page, 'property', 'og:title')).toBeTruthy();
    expect(await meta(page, 'name', 'twitter:card')).toBe('summary_large_image');
    const image = (await meta(page, 'property', 'og:image')) ?? '';
    expect(image.startsWith(`${siteConfig.url}${siteConfig.base}${prefix}og/`), image).toBe(true);
    expect(await meta(page, 'name', 'twitter:image')).toBe(image);
    const alt = (await meta(page, 'property', 'og:image:alt')) ?? '';
    expect(alt.startsWith(say('信任账本分享卡片：')), alt).toBe(true);
    expect(await meta(page, 'name', 'twitter:image:alt')).toBe(alt);
    // The edition's feed on every page; a case or story names its own feed as well (pageFeeds.test.ts).
    const feeds = await page.locator('link[rel="alternate"][type="application/atom+xml"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')));
    expect(feeds, path).toEqual(/^(cases|stories)\/[a-z0-9-]+\/$/.test(inner) ? [`${siteConfig.base}${prefix}feed.xml`, `${siteConfig.base}${path}feed.xml`] : [`${siteConfig.base}${prefix}feed.xml`]);

    // Each case and story has its own card, whose alt text names the page's title.
    const own = /^(cases|stories)\/([a-z0-9-]+)\/$/.exec(inner);
    if (own) {
      expect(image).toBe(`${siteConfig.url}${siteConfig.base}${prefix}og/${own[1]}/${own[2]}.png`);
      expect(alt).toContain(await page.locator('h1').innerText());
      expect(images.get(image), `${path} shares its card with`).toBeUndefined();
    }
    images.set(image, path);
  }
  for (const image of new Set(images.keys())) expect(await pngSize(request, image)).toEqual([1200, 630]);
});

test('every page has a BreadcrumbList that matches its visible breadcrumbs', async ({ page, request }) => {
  test.setTimeout(600_000); // every page of both editions' sitemaps (408 with the party pages of issue 14): grows with the content
  for (const path of await sitePaths(request)) {
    const { inner, say } = editionOf(path);
    await page.goto(path);
    const trail = (await jsonLdNodes(page)).filter((n) => n['@type'] === 'BreadcrumbList');
    expect(trail, path).toHaveLength(1);
    const items = trail[0]?.['itemListElement'] as { position: number; name: string; item: string }[];
    expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
    expect(items[0]?.name).toBe(say('首页'));
    expect(items.at(-1)?.item, path).toBe(`${siteConfig.url}${siteConfig.base}${path}`);
    if (inner === '') {
      expect(items).toHaveLength(1);
      continue;
    }
    const visible = page.getByRole('navigation', { name: say('位置') }).locator('li');
    await expect(visible).toHaveCount(items.length);
    for (const [i, item] of items.entries()) {
      const crumb = visible.nth(i);
      await expect(crumb).toHaveText(item.name);
      const link = crumb.locator('a');
      if ((await link.count()) > 0) expect(new URL(await link.getAttribute('href') ?? '', 'http://x').pathname).toBe(`${siteConfig.base}${toSitePath(item.item)}`);
    }
  }
});

test('case files describe themselves as an Article with their events as an ItemList', async ({ page, request }) => {
  test.setTimeout(120_000); // opens every case or story page: grows with the content
  const cases = (await sitePaths(request)).filter((p) => /^cases\/[a-z0-9-]+\/$/.test(p));
  expect(cases.length).toBeGreaterThanOrEqual(2);
  for (const path of cases) {
    await page.goto(path);
    const nodes = await jsonLdNodes(page);
    const article = nodes.find((n) => n['@type'] === 'Article');
    expect(article, path).toBeDefined();
    const canonical = `${siteConfig.url}${siteConfig.base}${path}`;
    expect(article).toMatchObject({
      headline: await page.locator('h1').innerText(),
      inLanguage: 'zh-CN',
      mainEntityOfPage: { '@id': canonical },
      image: { url: await meta(page, 'property', 'og:image') },
      publisher: { '@type': 'Organization', name: '信任账本' },
      author: { name: '信任账本编辑部' },
    });
    // Its dates are the ones the page shows.
    expect(article?.['dateModified']).toBe(await page.locator('.case .meta').getByText('最后更新').locator('xpath=..').locator('time').getAttribute('datetime'));
    expect(String(article?.['datePublished'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // What it is about: the line of business shown in the kicker, and every party listed.
    const about = (article?.['about'] as { name: string }[]).map((a) => a.name);
    expect(about).toContain((await page.locator('.kicker span').first().innerText()).trim());
    const parties = await page.locator('section:has(#parties) dt').evaluateAll((dts) => dts.map((dt) => dt.firstChild?.textContent?.trim() ?? ''));
    for (const party of parties) expect(about).toContain(party);
    // The publisher's logo exists.
    const logo = (article?.['publisher'] as { logo: { url: string } }).logo.url;
    expect(await pngSize(request, logo)).toEqual([512, 512]);

    const list = nodes.find((n) => n['@type'] === 'ItemList');
    const items = list?.['itemListElement'] as { position: number; name: string; url: string; item: { startDate: string; name: string } }[];
    const events = page.locator('section:has(#timeline) .event-list > li');
    expect(items).toHaveLength(await events.count());
    for (const item of items) {
      const anchor = new URL(item.url).hash;
      const event = page.locator(anchor);
      await expect(event, item.url).toHaveCount(1);
      await expect(event.locator('.event-title')).toHaveText(item.name);
      expect(item.item.startDate.startsWith(await event.locator('time').getAttribute('datetime') ?? '-')).toBe(true);
    }
  }
});

test('stories describe themselves as a NewsArticle', async ({ page, request }) => {
  test.setTimeout(120_000); // opens every case or story page: grows with the content
  const stories = (await sitePaths(request)).filter((p) => /^stories\/[a-z0-9-]+\/$/.test(p));
  expect(stories.length).toBeGreaterThanOrEqual(1);
  for (const path of stories) {
    await page.goto(path);
    const article = (await jsonLdNodes(page)).find((n) => n['@type'] === 'NewsArticle');
    const shown = (label: string) => page.locator('.story .meta > div').filter({ hasText: label }).locator('dd');
    expect(article, path).toMatchObject({
      headline: await page.locator('h1').innerText(),
      description: await meta(page, 'name', 'description'),
      datePublished: await shown('发布').locator('time').getAttribute('datetime'),
      dateModified: await shown('更新').locator('time').getAttribute('datetime'),
      author: { name: await shown('作者').innerText() },
      publisher: { '@type': 'Organization', name: '信任账本' },
      image: { url: await meta(page, 'property', 'og:image') },
      mainEntityOfPage: { '@id': `${siteConfig.url}${siteConfig.base}${path}` },
      inLanguage: 'zh-CN',
    });
  }
});

test('the home page describes the site as a WebSite whose search action works', async ({ page }) => {
  await page.goto('');
  const site = (await jsonLdNodes(page)).find((n) => n['@type'] === 'WebSite');
  const template = (site?.['potentialAction'] as { target: { urlTemplate: string } }).target.urlTemplate;
  expect(template).toBe(`${siteConfig.url}${siteConfig.base}search/?q={search_term_string}`);
  await page.goto(toSitePath(template.replace('{search_term_string}', encodeURIComponent('冰箱'))));
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
});
