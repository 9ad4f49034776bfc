import { expect, test } from '@playwright/test';

/**
 * The reader's choice of script, on the fixture site: the header's link to the twin keeps the
 * anchor and is remembered; a browser that prefers the other script gets a one-time note; nothing
 * moves a reader by guess.
 */
const CASE = 'cases/demo-fridge-2025/';

test.describe('a reader whose browser prefers Traditional', () => {
  test.use({ locale: 'zh-TW' });

  test('is told once that the page exists in Traditional, and is not moved', async ({ page }) => {
    await page.goto(CASE);
    const note = page.locator('.edition-note');
    await expect(note).toContainText('本站有繁體中文版。');
    await expect(page).toHaveURL(new RegExp(`/xinren/${CASE}$`));
    await note.getByRole('button', { name: '不用了' }).click();
    await expect(note).toHaveCount(0);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('.edition-note')).toHaveCount(0);
  });
});

test.describe('a reader whose browser prefers Simplified', () => {
  test.use({ locale: 'zh-CN' });

  test('sees no note on a Simplified page, and one on a Traditional page', async ({ page }) => {
    await page.goto(CASE);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.edition-note')).toHaveCount(0);
    await page.goto(`zh-hant/${CASE}`);
    await expect(page.locator('.edition-note')).toContainText('本站有简体中文版。');
  });

  test('who chooses Traditional keeps the anchor, and later Simplified pages open in Traditional until the reader chooses again', async ({ page }) => {
    await page.goto(`${CASE}#timeline`);
    await page.getByRole('link', { name: '繁體' }).click();
    await expect(page).toHaveURL(new RegExp(`/xinren/zh-hant/${CASE}#timeline$`));
    await page.goto('stories/');
    await expect(page).toHaveURL(/\/xinren\/zh-hant\/stories\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await page.getByRole('link', { name: '简体' }).click();
    await expect(page).toHaveURL(/\/xinren\/stories\/$/);
    await page.goto(`zh-hant/${CASE}`);
    await expect(page).toHaveURL(new RegExp(`/xinren/${CASE}$`));
  });
});
