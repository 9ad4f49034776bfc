import { expect, test } from '@playwright/test';

test('a case file prints without navigation or tools, with every source address spelled out', async ({ page }) => {
  await page.goto('cases/p2p-promotion-2018/');
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.site-header', '.site-footer', '.breadcrumbs', '.toc', '.share-tools', '.copy-link', '.cite-format button']) {
    const shown = await page.locator(chrome).evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').length);
    expect(shown, chrome).toBe(0);
  }
  // The content, the sources and the citation remain.
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('#sources')).toBeVisible();
  await expect(page.locator('#cite-gbt')).toBeVisible();
  const links = page.locator('.source-list a[href^="http"]');
  expect(await links.count()).toBeGreaterThan(0);
  const printed = await links.evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content })));
  for (const { href, after } of printed) expect(after).toBe(`" <${href}>"`);
  // Not on screen.
  await page.emulateMedia({ media: 'screen' });
  expect(await links.first().evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
  await expect(page.locator('.share-tools')).toBeVisible();
});
