import { expect, test, type Locator, type Page } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Presses Tab until the target has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, most = 120): Promise<number> {
  for (let presses = 1; presses <= most; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return presses;
  }
  throw new Error(`Tab never reached ${target}`);
}

/**
 * One reader, keyboard only, from the home page through the navigation, a case file, its share
 * tools, the search dialog and the timeline. Nothing is clicked.
 */
test('a keyboard-only walkthrough: skip link, navigation, share tools, search dialog, timeline', async ({ page }) => {
  test.setTimeout(90_000); // five pages and some hundred key presses
  await page.goto('');

  // The first Tab reveals the skip link; it moves focus past the header to the content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  // The main navigation, then a case in the list.
  await page.goto('');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await tabTo(page, nav.getByRole('link', { name: '案件', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cases\/$/);
  await tabTo(page, page.getByRole('link', { name: '11.11元冰箱订单被“系统错误”取消' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cases\/fridge-1111-orders-2025\/$/);

  // Share tools: copy the page's address.
  await tabTo(page, page.getByRole('button', { name: '复制链接' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-copy-status]')).toHaveText('已复制本页链接。');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/cases\/fridge-1111-orders-2025\/$/);

  // Search: "/" opens the dialog, arrows reach a suggestion or a result, Enter follows it, Escape closes.
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: '搜索' });
  const field = dialog.getByRole('searchbox', { name: '搜索词' });
  await expect(field).toBeFocused();
  await page.keyboard.type('锁单');
  await expect(dialog.locator('[data-search-results] a').first()).toBeVisible();
  // The suggestions come first: the deposits case's title holds 锁单.
  const links = dialog.locator('[data-search-suggestions] a, [data-search-results] a');
  await page.keyboard.press('ArrowDown');
  await expect(links.first()).toBeFocused();
  await expect(links.first()).toHaveAttribute('href', /\/cases\/su7-orders-deposits\/$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cases\/su7-orders-deposits\//);
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The timeline: one tab stop in the chart, arrows between events, Enter for details, Escape.
  await page.goto('timeline/');
  const firstMark = page.locator('figure#timeline svg[data-chart="timeline"]:visible a[data-event]');
  await tabTo(page, firstMark.first().locator('xpath=ancestor::*[name()="svg"][1]'));
  const focused = page.locator('figure#timeline a[data-event]:focus');
  const start = await focused.getAttribute('data-event');
  await page.keyboard.press('ArrowRight');
  const next = await focused.getAttribute('data-event');
  expect(next).not.toBe(start);
  await page.keyboard.press('Enter');
  const card = page.locator('figure#timeline .event-card');
  await expect(card).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#${next}$`));
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(page.locator(`figure#timeline a[data-event="${next}"]:visible`)).toBeFocused();
});
