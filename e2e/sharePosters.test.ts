import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { getHantConverter } from '../src/editions/getHantConverter';
import { POSTER_PIXELS } from '../src/og/sharePoster';
import { siteConfig } from '../src/site.config';
import { decodePng } from './support/decodePng';
import { sitePaths } from './support/sitePaths';

const canonicalOf = (path: string) => `${siteConfig.url}${siteConfig.base}${path}`;
const KB = 1024;

// Both editions: a Traditional page's poster is drawn in Traditional, and its code opens the Traditional page.
const { convert } = getHantConverter(siteConfig.contentDir);
for (const edition of [
  { name: 'zh-Hans', prefix: '', say: (text: string) => text },
  { name: 'zh-Hant', prefix: 'zh-hant/', say: convert },
]) {
  test(`every case, every story and the site have a 720×1280 poster under 300 KB whose QR code opens the page (${edition.name})`, async ({ page, request }) => {
    test.setTimeout(180_000);
    const paths = ['', ...(await sitePaths(request)).filter((p) => /^(cases|stories)\/[a-z0-9-]+\/$/.test(p))];
    expect(paths.filter((p) => p.startsWith('cases/')).length).toBeGreaterThanOrEqual(3);
    expect(paths.filter((p) => p.startsWith('stories/')).length).toBeGreaterThanOrEqual(1);
    const sizes: { path: string; bytes: number }[] = [];
    for (const path of paths.map((p) => `${edition.prefix}${p}`)) {
      await page.goto(path || './');
      const tools = page.getByRole('group', { name: edition.say('分享本页') });
      const href = await tools.getByRole('link', { name: edition.say('生成海报') }).getAttribute('href');
      expect(href, path).toMatch(new RegExp(`/${edition.prefix}posters/(cases/|stories/)?[a-z0-9-]+\\.png$`));
      const response = await request.get(new URL(href ?? '', page.url()).href);
      expect(response.ok(), href ?? '').toBe(true);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      sizes.push({ path: href ?? '', bytes: png.length });
      expect(png.length, href ?? '').toBeLessThan(300 * KB);
      const { width, height, rgba } = decodePng(png);
      expect([width, height]).toEqual([POSTER_PIXELS.width, POSTER_PIXELS.height]);
      // The poster's QR code, read from its pixels as a phone's camera (or WeChat's long-press) would.
      expect(jsQR(rgba, width, height)?.data, href ?? '').toBe(canonicalOf(path));
      if (edition.prefix) {
        // Drawn for its edition, not the Simplified poster under another name.
        const twin = await request.get(new URL((href ?? '').replace(`/${edition.prefix}`, '/'), page.url()).href);
        expect(Buffer.compare(png, await twin.body()), href ?? '').not.toBe(0);
      }
    }
    sizes.sort((a, b) => a.bytes - b.bytes);
    const median = sizes[Math.floor(sizes.length / 2)];
    console.log(`[poster] ${edition.name}: ${sizes.length} posters: min ${sizes[0]?.bytes} B (${sizes[0]?.path}), median ${median?.bytes} B, max ${sizes.at(-1)?.bytes} B (${sizes.at(-1)?.path})`);
  });
}

test.describe('in an ordinary browser', () => {
  test('生成海报 shows the poster full screen, fetched only then, with a download; Esc closes it and focus returns', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const posters: string[] = [];
    page.on('request', (r) => r.url().includes('/posters/') && posters.push(r.url()));
    await page.goto('cases/fridge-1111-orders-2025/');
    await page.waitForLoadState('networkidle');
    expect(posters).toEqual([]);

    const open = page.getByRole('group', { name: '分享本页' }).getByRole('link', { name: '生成海报' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: '分享海报' });
    await expect(dialog).toBeVisible();
    const poster = dialog.getByRole('img', { name: /^信任账本分享海报：案件档案/ });
    await expect(poster).toBeVisible();
    await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(POSTER_PIXELS.width);
    expect(posters).toEqual([new URL((await open.getAttribute('href')) ?? '', page.url()).href]);
    // Full screen: the dialog covers the viewport, the whole poster is in it.
    expect(await dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    const box = await poster.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 844 && box.width <= 390).toBe(true);
    // The alt text says what the poster says.
    expect(await poster.getAttribute('alt')).toContain('11.11元冰箱订单被“系统错误”取消');

    const save = dialog.getByRole('link', { name: '保存图片' });
    await expect(save).toBeVisible();
    expect(await save.getAttribute('download')).toBe('信任账本-cases-fridge-1111-orders-2025.png');
    // Long-press is for WeChat and Weibo; here the image is downloaded.
    await expect(dialog).not.toContainText('长按', { useInnerText: true });
    const download = page.waitForEvent('download');
    await save.click();
    expect((await download).suggestedFilename()).toBe('信任账本-cases-fridge-1111-orders-2025.png');

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
    // Opened again with the keyboard, closed with its button.
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect(dialog).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('生成海报 is a link to the poster itself', async ({ page }) => {
    await page.goto('stories/from-fan-exclusive-to-system-error/');
    await page.getByRole('link', { name: '生成海报' }).click();
    await expect(page).toHaveURL(/\/posters\/stories\/from-fan-exclusive-to-system-error\.png$/);
  });
});
