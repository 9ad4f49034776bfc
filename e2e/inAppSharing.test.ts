import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { siteConfig } from '../src/site.config';

/**
 * Sharing where readers are: inside WeChat's and Weibo's own browsers (told apart by their user
 * agents, as the share script does) and in an ordinary one. A phone-sized screen throughout.
 */
const WECHAT =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.188 Mobile Safari/537.36 XWEB/1260117 MMWEBSDK/20240501 MMWEBID/1234 MicroMessenger/8.0.50.2701(0x28003253) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';
const WEIBO = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Weibo (iPhone15,2__weibo__14.6.1__iphone__os17.5)';
const CASE = 'cases/su7-ultra-carbon-hood/';
const canonicalOf = (path: string) => `${siteConfig.url}${siteConfig.base}${path}`;
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test.use({ viewport: { width: 390, height: 844 }, permissions: ['clipboard-read', 'clipboard-write'] });

const tools = (page: Page) => page.getByRole('group', { name: '分享本页' });
/** Text shown in the share tools (the same words are in the pointer's dialog, closed). */
const shown = (page: Page, text: string | RegExp) => tools(page).getByText(text).filter({ visible: true });
const firstEvent = (page: Page) => page.locator('section:has(#timeline) .event-list > li').first();
const axe = async (page: Page) => (await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);

/** The event's title and its date as the page shows it (without a time of day). */
async function titleAndDate(page: Page): Promise<{ id: string; title: string; date: string }> {
  const event = firstEvent(page);
  return {
    id: (await event.getAttribute('id')) ?? '',
    title: await event.locator('.event-title').innerText(),
    date: (await event.locator('time').first().innerText()).split(' ')[0] ?? '',
  };
}

test.describe('inside WeChat', () => {
  test.use({ userAgent: WECHAT });

  test('the share tools say how to share through the ··· menu, and point at it; the buttons that cannot work are gone', async ({ page }) => {
    await page.goto(CASE);
    await expect(shown(page, '点右上角 ··· 发送给朋友 / 分享到朋友圈')).toHaveCount(1);
    await expect(shown(page, '分享到微博 / 发送给朋友')).toHaveCount(0);
    await expect(tools(page).getByRole('link', { name: /分享到微博/ })).toBeHidden();
    await expect(tools(page).getByText('微信扫码')).toBeHidden();
    await expect(tools(page).getByRole('button', { name: '复制链接' })).toBeVisible();

    await tools(page).getByRole('button', { name: '分享…' }).click();
    const pointer = page.getByRole('dialog', { name: /点右上角/ });
    await expect(pointer).toBeVisible();
    await expect(pointer).toContainText('发送给朋友 / 分享到朋友圈', { useInnerText: true });
    // The arrow sits in the top right corner, where WeChat's menu is.
    const arrow = await pointer.locator('svg').boundingBox();
    expect(arrow && arrow.x + arrow.width > 390 - 40 && arrow.y < 40).toBe(true);
    expect(await axe(page)).toEqual([]);
    await pointer.getByRole('button', { name: '知道了' }).click();
    await expect(pointer).toBeHidden();
  });

  test('生成海报 shows the poster full screen with “long-press to save”, not a download', async ({ page }) => {
    await page.goto(CASE);
    await tools(page).getByRole('link', { name: '生成海报' }).click();
    const dialog = page.getByRole('dialog', { name: '分享海报' });
    await expect(dialog.getByRole('img', { name: /^信任账本分享海报/ })).toBeVisible();
    await expect(dialog.getByText('长按保存图片，发送给朋友或分享到朋友圈')).toBeVisible();
    await expect(dialog.getByRole('link', { name: '保存图片' })).toBeHidden();
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('the first image of the page is at least 300 px wide (the shared link’s thumbnail), and the title is the case’s', async ({ page }) => {
    await page.goto(CASE);
    const h1 = await page.locator('h1').innerText();
    expect(await page.title()).toBe(`${h1}｜${siteConfig.name}`);
    await expect.poll(() => page.evaluate(() => document.body.querySelector('img')?.naturalWidth ?? 0)).toBeGreaterThanOrEqual(300);
    await expect.poll(() => page.evaluate(() => document.body.querySelector('img')?.naturalHeight ?? 0)).toBeGreaterThanOrEqual(300);
    // Hidden, and silent for screen readers: it is there for WeChat only.
    await expect(page.locator('body > img').first()).toBeHidden();
    expect(await page.locator('body > img').first().getAttribute('alt')).toBe('');
  });

  test('an event’s # copies its title, date and address, ready to paste into a chat; no Weibo link', async ({ page }) => {
    await page.goto(CASE);
    const { id, title, date } = await titleAndDate(page);
    await firstEvent(page).getByRole('link', { name: /^本条链接：/ }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${title} — ${date} — 信任账本 ${canonicalOf(CASE)}#${id}`);
    await expect(page.locator('[data-copy-status]')).toHaveText(`已复制链接和文字：${title}`);
    await expect(page.getByRole('link', { name: /分享到微博（在新窗口打开）$/ })).toHaveCount(0);
  });
});

test.describe('inside Weibo', () => {
  test.use({ userAgent: WEIBO });

  test('the share tools say how to share through Weibo’s ··· menu; the poster says long-press', async ({ page }) => {
    await page.goto('stories/su7-from-launch-to-courtroom/');
    await expect(shown(page, '点右上角 ··· 分享到微博 / 发送给朋友')).toHaveCount(1);
    await expect(shown(page, '发送给朋友 / 分享到朋友圈')).toHaveCount(0);
    await expect(tools(page).getByRole('link', { name: /分享到微博/ })).toBeHidden();
    await tools(page).getByRole('link', { name: '生成海报' }).click();
    const dialog = page.getByRole('dialog', { name: '分享海报' });
    await expect(dialog.getByText('长按保存图片，发到微博或发给朋友')).toBeVisible();
    await expect(dialog.getByRole('link', { name: '保存图片' })).toBeHidden();
  });

  test('an event can be posted to Weibo with its own text, 140 characters at most with the link', async ({ page }) => {
    await page.goto(CASE);
    const { id, title, date } = await titleAndDate(page);
    await firstEvent(page).getByRole('link', { name: /^本条链接：/ }).click();
    const weibo = firstEvent(page).getByRole('link', { name: `把“${title}”分享到微博（在新窗口打开）` });
    await expect(weibo).toBeVisible();
    const share = new URL((await weibo.getAttribute('href')) ?? '');
    expect(share.host).toBe('service.weibo.com');
    expect(share.searchParams.get('url')).toBe(`${canonicalOf(CASE)}#${id}`);
    expect(share.searchParams.get('title')).toBe(`${title} — ${date} — 信任账本`);
    expect([...`${share.searchParams.get('title')} ${share.searchParams.get('url')}`].length).toBeLessThanOrEqual(140);
  });
});

test.describe('in an ordinary browser', () => {
  test('no in-app instructions; Weibo, the QR code and copying are offered', async ({ page }) => {
    await page.goto(CASE);
    await expect(tools(page).getByText(/点右上角/).first()).toBeAttached();
    await expect(shown(page, /点右上角|长按/)).toHaveCount(0);
    await expect(tools(page).getByRole('link', { name: /分享到微博/ })).toBeVisible();
    await expect(tools(page).getByText('微信扫码')).toBeVisible();
    // No thumbnail image is added outside the apps.
    expect(await page.evaluate(() => document.body.querySelector('img'))).toBeNull();
  });

  test('with the keyboard: an event’s # copies its text and address, and its Weibo link comes next', async ({ page }) => {
    await page.goto(CASE);
    const { id, title, date } = await titleAndDate(page);
    const link = firstEvent(page).getByRole('link', { name: /^本条链接：/ });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${title} — ${date} — 信任账本 ${canonicalOf(CASE)}#${id}`);
    // Following the anchor moves the Tab starting point to the event: the # link comes first again.
    const weibo = firstEvent(page).getByRole('link', { name: /分享到微博/ });
    for (let i = 0; i < 3 && !(await weibo.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(weibo).toBeFocused();
    // A figure's # copies its address alone, as before.
    const figure = page.locator('tr#hood-option-price');
    await figure.getByRole('link', { name: /^本条链接：/ }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonicalOf(CASE)}#hood-option-price`);
  });
});
