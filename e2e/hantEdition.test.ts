import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { createHantConverter } from '../src/editions/createHantConverter';
import { getHantConverter } from '../src/editions/getHantConverter';
import { simplifiedOnlyCharacters } from '../src/editions/simplifiedOnlyCharacters';
import { readValidatedContent } from '../src/lib/readValidatedContent';
import { siteConfig } from '../src/site.config';
import { DIST } from './support/siteFiles';

/**
 * The Traditional edition on the real site (dist/zh-hant/): every page twinned both ways, its text
 * fully converted and stable, and everything that leaves the site in Traditional.
 */
const HANT = 'zh-hant/';
const base = (process.env['BASE_PATH'] ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');
const { convert } = getHantConverter(siteConfig.contentDir);
const htmlFiles = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind') && !file.startsWith(HANT))
    .sort();

/** The text a Traditional page shows or says (text and attributes), without what declares a language of its own. */
function pageText(html: string): string {
  return html
    .replace(/<(\w+)\b[^>]*\slang="(?!zh-Hant)[^"]*"[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<script\b(?![^>]*ld\+json)[^>]*>[\s\S]*?<\/script>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ');
}

test.describe('the Traditional edition', () => {
  test('every Simplified page has its Traditional twin, and every Traditional page its Simplified one', () => {
    const hans = htmlFiles(DIST);
    const hant = htmlFiles(path.join(DIST, HANT));
    expect(hans.length).toBeGreaterThan(100);
    expect(hans.filter((file) => !fs.existsSync(path.join(DIST, HANT, file)))).toEqual([]);
    expect(hant.filter((file) => !fs.existsSync(path.join(DIST, file)))).toEqual([]);
    expect(hant).toEqual(hans);
  });

  test('converting a Traditional page’s text again changes nothing but the exceptions table’s entries, and no Simplified-only character is left', () => {
    const { hantExceptions, sources } = readValidatedContent(siteConfig.contentDir);
    // The converter once more, with each exception's Traditional form kept as it is.
    const again = createHantConverter({ exceptions: hantExceptions.map((e) => ({ text: e.data.hant, hant: e.data.hant })) });
    const simplifiedOnly = simplifiedOnlyCharacters();
    // The titles of Traditional sources, kept as published (getHantConverter), are not the
    // edition's writing: OpenCC would respell HK01's 本周 as 本週.
    const published = sources
      .map((s) => s.data)
      .filter((d) => d.language === 'zh-Hant' && !/^（.*）$/u.test(d.title) && ![...d.title].some((c) => simplifiedOnly.has(c)))
      .map((d) => d.title)
      .sort((a, b) => b.length - a.length);
    const withoutPublished = (text: string) => published.reduce((t, title) => t.replaceAll(title, ' '), text);
    const changed: string[] = [];
    const left: string[] = [];
    const files = [
      ...htmlFiles(path.join(DIST, HANT)),
      ...fs.readdirSync(path.join(DIST, HANT), { recursive: true }).map(String).filter((f) => /\.(js|json|xml)$/.test(f) && !f.startsWith('pagefind')),
    ];
    for (const file of files) {
      const raw = fs.readFileSync(path.join(DIST, HANT, file), 'utf8');
      const text = withoutPublished(file.endsWith('.html') ? pageText(raw) : raw);
      for (const [run] of text.matchAll(/[^\s<>"=]*\p{Script=Han}[^\s<>"=]*/gu)) {
        const reconverted = again.convert(run);
        if (reconverted !== run) changed.push(`${file}: ${run} → ${reconverted}`);
        const simplified = [...run].filter((c) => simplifiedOnly.has(c));
        if (simplified.length > 0) left.push(`${file}: ${simplified.join('')} in ${run}`);
      }
    }
    expect([...new Set(changed)].slice(0, 20)).toEqual([]);
    expect([...new Set(left)].slice(0, 20)).toEqual([]);
  });

  test('each entry of the exceptions table is written as the entry says on the Traditional site, and OpenCC’s wrong form nowhere', () => {
    const { hantExceptions } = readValidatedContent(siteConfig.contentDir);
    const { plain } = getHantConverter(siteConfig.contentDir);
    const site = htmlFiles(path.join(DIST, HANT)).map((file) => pageText(fs.readFileSync(path.join(DIST, HANT, file), 'utf8'))).join('\n');
    expect(hantExceptions.length).toBeGreaterThan(0);
    for (const { data } of hantExceptions) {
      expect(site.includes(data.hant), `${data.text} → ${data.hant} is on no Traditional page`).toBe(true);
      const wrong = plain(data.text);
      if (wrong !== data.hant) expect(site.includes(wrong), `OpenCC's ${wrong} (for ${data.text}) is on a Traditional page`).toBe(false);
    }
  });

  test('a page and its twin link to each other keeping the anchor, name each other as alternates, and say their language', async ({ page }) => {
    await page.goto('cases/fridge-1111-orders-2025/#fridge-orders-cancelled');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    const alternates = async () => Object.fromEntries(await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), new URL((l as HTMLLinkElement).href).pathname])));
    const expected = { 'zh-Hans': `${base}cases/fridge-1111-orders-2025/`, 'zh-Hant': `${base}${HANT}cases/fridge-1111-orders-2025/`, 'x-default': `${base}cases/fridge-1111-orders-2025/` };
    expect(await alternates()).toEqual(expected);
    await page.getByRole('link', { name: '繁體' }).click();
    await expect(page).toHaveURL(new RegExp(`${base}${HANT}cases/fridge-1111-orders-2025/#fridge-orders-cancelled$`));
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    expect(await alternates()).toEqual(expected);
    await expect(page.locator('h1')).toHaveText(convert(await page.locator('h1').innerText()));
    await page.getByRole('link', { name: '简体' }).click();
    await expect(page).toHaveURL(new RegExp(`${base}cases/fridge-1111-orders-2025/#fridge-orders-cancelled$`));
  });

  test('what the scripts write on a Traditional page is Traditional too', async ({ page }) => {
    const simplifiedOnly = simplifiedOnlyCharacters();
    for (const path of [`${HANT}timeline/`, `${HANT}losses/`, `${HANT}search/?q=冰箱`, `${HANT}search/?q=疫苗`]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // Without what declares a language of its own (the link to the Simplified edition, the note).
      const text = await page.evaluate(() => {
        for (const element of document.querySelectorAll('body [lang]:not([lang="zh-Hant"])')) element.remove();
        return document.body.innerText;
      });
      expect(text.length, path).toBeGreaterThan(200);
      expect([...text].filter((c) => simplifiedOnly.has(c)).join(''), path).toBe('');
    }
  });

  test('cards, share links, the QR code, citations and structured data of a Traditional page are the twin’s, in Traditional', async ({ page, request }) => {
    const twin = `${siteConfig.url}${siteConfig.base}${HANT}cases/fridge-1111-orders-2025/`;
    await page.goto(`${HANT}cases/fridge-1111-orders-2025/`);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toBe(`${siteConfig.url}${siteConfig.base}${HANT}og/cases/fridge-1111-orders-2025.png`);
    const card = await request.get(new URL(image ?? '').pathname.slice(base.length));
    expect(card.headers()['content-type']).toBe('image/png');
    const simplifiedCard = await request.get('og/cases/fridge-1111-orders-2025.png');
    expect(Buffer.compare(await card.body(), await simplifiedCard.body())).not.toBe(0);

    const tools = page.getByRole('group', { name: convert('分享本页') });
    const weibo = new URL((await tools.getByRole('link', { name: new RegExp(convert('分享到微博')) }).getAttribute('href')) ?? '');
    expect(weibo.searchParams.get('url')).toBe(twin);
    expect(weibo.searchParams.get('title')).toContain(await page.locator('h1').innerText());
    await tools.getByText(convert('微信扫码')).click();
    const svg = tools.locator('svg[role="img"]');
    const qr = new Resvg(await svg.evaluate((el) => el.outerHTML), { fitTo: { mode: 'width', value: 400 }, font: { loadSystemFonts: false } }).render();
    expect(jsQR(new Uint8ClampedArray(qr.pixels), qr.width, qr.height)?.data).toBe(twin);

    const title = await page.locator('h1').innerText();
    await expect(page.locator('#cite-gbt')).toContainText(`${title}[EB/OL]`);
    await expect(page.locator('#cite-gbt')).toContainText(twin);
    await expect(page.locator('#cite-apa')).toContainText(`${convert('信任账本')}. ${twin}`);

    const blocks = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent ?? '{}') as Record<string, unknown>));
    const nodes = blocks.flatMap((b) => (Array.isArray(b['@graph']) ? (b['@graph'] as Record<string, unknown>[]) : [b]));
    const article = nodes.find((b) => b['@type'] === 'Article');
    expect(article?.['inLanguage']).toBe('zh-Hant');
    expect(article?.['headline']).toBe(title);
    expect(JSON.stringify(blocks)).not.toContain(`"${siteConfig.url}${siteConfig.base}cases/`);
  });

  test('a feed per edition, the data page leading to the one shared set of downloads, and the sitemap listing both', async ({ request, page }) => {
    const feed = await (await request.get(`${HANT}feed.xml`)).text();
    expect(feed).toContain('xml:lang="zh-Hant"');
    expect(feed).toContain(`${siteConfig.url}${siteConfig.base}${HANT}cases/`);
    expect(feed).not.toMatch(new RegExp(`href="${siteConfig.url}${siteConfig.base}cases/`));
    expect(feed).toContain(convert('信任账本'));

    await page.goto(`${HANT}data/`);
    const downloads = await page.locator('a[href$=".csv"], a[href$=".json"]').evaluateAll((links) => links.map((l) => new URL((l as HTMLAnchorElement).href).pathname));
    expect(downloads.length).toBeGreaterThan(3);
    expect(downloads.filter((href) => href.includes(`/${HANT}`))).toEqual([]);
    expect((await request.get(`${HANT}data/events.csv`)).status()).toBe(404);

    const sitemaps = [...(await (await request.get('sitemap-index.xml')).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname.slice(base.length));
    const sitemap = (await Promise.all(sitemaps.map(async (s) => (await request.get(s)).text()))).join('');
    const hansUrl = `${siteConfig.url}${siteConfig.base}cases/fridge-1111-orders-2025/`;
    const hantUrl = `${siteConfig.url}${siteConfig.base}${HANT}cases/fridge-1111-orders-2025/`;
    expect(sitemap).toContain(`<loc>${hantUrl}</loc>`);
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="zh-Hans" href="${hansUrl}"/>`);
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="zh-Hant" href="${hantUrl}"/>`);
  });
});
