import { Resvg } from '@resvg/resvg-js';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { siteConfig } from '../src/site.config';
import { sitePaths } from './support/sitePaths';

const canonicalOf = (path: string) => `${siteConfig.url}${siteConfig.base}${path}`;
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('share tools on every case and story', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy link, Weibo, QR code and citation, each pointing at the page', async ({ page, request }) => {
    test.setTimeout(120_000);
    const paths = (await sitePaths(request)).filter((p) => /^(cases|stories)\/[a-z0-9-]+\/$/.test(p));
    expect(paths.length).toBeGreaterThanOrEqual(3);
    for (const path of paths) {
      const canonical = canonicalOf(path);
      await page.goto(`${path}?from=singlemessage`);
      const tools = page.getByRole('group', { name: '分享本页' });

      // Copy link copies the public address (without the tracking parameter) and says so.
      await tools.getByRole('button', { name: '复制链接' }).click();
      await expect(page.locator('[data-copy-status]')).toHaveText('已复制本页链接。');
      expect(await clipboard(page)).toBe(canonical);

      // Weibo gets the address and the title.
      const weibo = new URL((await tools.getByRole('link', { name: /分享到微博/ }).getAttribute('href')) ?? '');
      expect(weibo.host).toBe('service.weibo.com');
      expect(weibo.searchParams.get('url')).toBe(canonical);
      expect(weibo.searchParams.get('title')).toContain(await page.locator('h1').innerText());

      // The QR code, drawn at build time, scans to the address.
      await tools.getByText('微信扫码').click();
      const svg = tools.locator('svg[role="img"]');
      await expect(svg).toBeVisible();
      const image = new Resvg(await svg.evaluate((el) => el.outerHTML), { fitTo: { mode: 'width', value: 400 }, font: { loadSystemFonts: false } }).render();
      expect(jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data).toBe(canonical);

      // Cite this: both formats name the page's address; GB/T carries today's date as access date.
      const cite = page.locator('section.cite');
      const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
      const title = await page.locator('h1').innerText();
      await expect(cite.locator('#cite-gbt')).toHaveText(new RegExp(`^.+\\. ${escape(title)}\\[EB/OL\\]\\. \\(\\d{4}-\\d{2}-\\d{2}\\)\\[${today}\\]\\. ${escape(canonical)}\\.$`));
      await expect(cite.locator('#cite-apa')).toHaveText(new RegExp(`^.+\\. \\(\\d{4}, [A-Z][a-z]+ \\d{1,2}\\)\\. ${escape(title)}[.？！]? 信任账本\\. ${escape(canonical)}$`));
      await cite.getByRole('button', { name: '复制 GB/T 7714 引文' }).click();
      await expect(page.locator('[data-copy-status]')).toHaveText('已复制 GB/T 7714 格式的引文。');
      expect(await clipboard(page)).toBe(await cite.locator('#cite-gbt').innerText());
      await cite.getByRole('button', { name: '复制 APA 引文' }).click();
      expect(await clipboard(page)).toBe(await cite.locator('#cite-apa').innerText());
    }
  });

  test('each event and each figure has a link that copies its full address', async ({ page }) => {
    await page.goto('cases/fridge-1111-orders-2025/');
    const canonical = canonicalOf('cases/fridge-1111-orders-2025/');
    const event = page.locator('section:has(#timeline) .event-list > li').first();
    const id = await event.getAttribute('id');
    await event.getByRole('link', { name: /^本条链接：/ }).click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    // An event's address goes with its title and date (e2e/inAppSharing.test.ts has the details).
    expect(await clipboard(page)).toMatch(new RegExp(` — 信任账本 ${escape(canonical)}#${id}$`));
    await expect(page.locator('[data-copy-status]')).toContainText('已复制链接');

    const figure = page.locator('#fridge-compensation');
    await figure.getByRole('link', { name: '本条链接：小米提供的补偿（红包）' }).click();
    expect(await clipboard(page)).toBe(`${canonical}#fridge-compensation`);
    await expect(page.locator('[data-copy-status]')).toHaveText('已复制链接：小米提供的补偿（红包）');
  });

  test('the native share sheet is offered where the browser has one', async ({ page }) => {
    await page.goto('stories/from-fan-exclusive-to-system-error/');
    // Desktop Chromium here has no navigator.share: the button stays hidden.
    const hasShare = await page.evaluate(() => typeof navigator.share === 'function');
    await expect(page.getByRole('button', { name: '分享…' })).toHaveCount(hasShare ? 1 : 0);

    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      Object.assign(window, { shareCalls: calls });
      Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (calls.push(data), Promise.resolve()) });
    });
    await page.reload();
    await page.getByRole('button', { name: '分享…' }).click();
    const calls = await page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls);
    expect(calls).toEqual([{ title: '从“米粉专享”到“系统错误”｜信任账本', text: expect.stringContaining('相隔七年'), url: canonicalOf('stories/from-fan-exclusive-to-system-error/') }]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the Weibo link, the QR code and the plain address are there; copy buttons are not', async ({ page }) => {
    await page.goto('cases/p2p-promotion-2018/');
    const tools = page.getByRole('group', { name: '分享本页' });
    await expect(tools.getByRole('link', { name: /分享到微博/ })).toBeVisible();
    await expect(tools.getByText(canonicalOf('cases/p2p-promotion-2018/'))).toBeVisible();
    await tools.getByText('微信扫码').click();
    await expect(tools.locator('svg[role="img"]')).toBeVisible();
    await expect(page.getByRole('button', { name: /复制|分享…/ })).toHaveCount(0);
    // Item links are plain anchors.
    const link = page.locator('section:has(#timeline) .event-list > li').first().getByRole('link', { name: /^本条链接：/ });
    const href = await link.getAttribute('href');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    // The citation shows the build date as access date.
    await expect(page.locator('#cite-gbt [data-cite-accessed]')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
