import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { searchPanel } from './support/searchPanel';

/**
 * The search UI's behaviour, on the fixture site (e2e/fixtures/site: the `fixture` project), so
 * that no correction to the real content can break it; what the search finds on the real site is
 * measured by searchQuality.test.ts.
 */
const P2P_TITLE = '示例手机推广的P2P理财平台暴雷';
const FRIDGE_TITLE = '11.11元冰箱订单被“系统错误”取消（示例）';

test('a result shows its type, title, date, an excerpt with the words marked, and its matching sections', async ({ page }) => {
  const panel = searchPanel(page);
  await page.goto('search/?q=蓝鲸金服');
  await panel.settled('蓝鲸金服');
  const first = panel.results.first();
  await expect(first.locator('.search-result__title')).toHaveText(P2P_TITLE);
  await expect(first.locator('.search-result__meta')).toHaveText('案件 · 2017年7月 · 互联网金融');
  await expect(first.locator('.search-result__excerpt mark').first()).toHaveText('蓝鲸金服');
  // The event about the platform is a section of its own, linked by its anchor, with the word to mark there.
  const event = first.locator('.search-result__sections a', { hasText: '蓝鲸金服爆雷' });
  const marked = `\\?hl=${encodeURIComponent('蓝鲸金服')}`;
  await expect(event).toHaveAttribute('href', new RegExp(`/cases/demo-wealth-2018/${marked}#demo-wealth-fails$`));
  await event.click();
  await expect(page).toHaveURL(new RegExp(`/cases/demo-wealth-2018/${marked}#demo-wealth-fails$`));
  await expect(page.locator('#demo-wealth-fails')).toBeInViewport();
  // The page it opens marks the word, there and elsewhere in its text.
  await expect(page.locator('#demo-wealth-fails mark.search-hit').first()).toHaveText('蓝鲸金服');
  expect(await page.locator('main mark.search-hit').count()).toBeGreaterThan(1);
});

test('a heading section links straight to it', async ({ page }) => {
  const panel = searchPanel(page);
  await page.goto('search/?q=系统配置错误');
  await panel.settled('系统配置错误');
  const fridge = panel.results.filter({ has: page.locator('.search-result__title', { hasText: FRIDGE_TITLE }) });
  await expect(fridge.locator('.search-result__sections a', { hasText: '小米的回应' })).toHaveAttribute('href', /#response$/);
});

test('the address restores the query, the filters and the order', async ({ page }) => {
  const panel = searchPanel(page);
  await page.goto('search/?q=%E7%A4%BA%E4%BE%8B&type=source&line=%E5%AE%B6%E7%94%B5&sort=date');
  await panel.settled('示例');
  await expect(panel.field).toHaveValue('示例');
  await expect(panel.select('类型')).toHaveValue('source');
  await expect(panel.select('业务线')).toHaveValue('家电');
  await expect(panel.select('排序')).toHaveValue('date');
  const metas = await panel.results.locator('.search-result__meta').allInnerTexts();
  expect(metas.length).toBeGreaterThanOrEqual(3);
  for (const meta of metas) expect(meta).toMatch(/^来源 · .*家电/);
  // Newest first: the dates shown (2025年12月5日, 2025年11月17日 …) read as YYYY-MM[-DD] never rise.
  const dates = metas.map((meta) => {
    const [, y, m, d] = /(\d{4})年(?:(\d+)月)?(?:(\d+)日)?/.exec(meta) ?? [];
    return [y, m?.padStart(2, '0'), d?.padStart(2, '0')].filter(Boolean).join('-');
  });
  expect(dates.every(Boolean)).toBe(true);
  expect(dates).toEqual([...dates].sort().reverse());
});

test('filters narrow the results, show their counts and go into the address', async ({ page }) => {
  const panel = searchPanel(page);
  await page.goto('search/?q=冰箱');
  await panel.settled('冰箱');
  const all = Number(/找到(\d+)条/.exec((await panel.status.textContent()) ?? '')?.[1]);
  expect(all).toBeGreaterThan(1);
  const cases = Number(/（(\d+)）/.exec((await panel.select('类型').locator('option[value="case"]').textContent()) ?? '')?.[1]);
  expect(cases).toBeGreaterThanOrEqual(1);
  // Lines and years are counted once the reader turns to the filters.
  await panel.select('业务线').focus();
  await expect(panel.select('业务线').locator('option[value="家电"]')).toHaveText(/^家电（\d+）$/);
  // Options without results cannot be chosen.
  for (const option of await panel.select('业务线').locator('option:not([value=""])').all()) {
    const count = Number(/（(\d+)）$/.exec((await option.textContent()) ?? '')?.[1]);
    if (count === 0) await expect(option).toBeDisabled();
    else await expect(option).toBeEnabled();
  }
  await panel.select('类型').selectOption('case');
  await expect(page).toHaveURL(/\/search\/\?q=%E5%86%B0%E7%AE%B1&type=case$/);
  await panel.settled('冰箱');
  await expect(panel.status).toContainText(`找到${cases}条`);
  await expect(panel.titles.first()).toHaveText(FRIDGE_TITLE);
  for (const meta of await panel.results.locator('.search-result__meta').allInnerTexts()) expect(meta).toMatch(/^案件 · /);
  await panel.select('类型').selectOption('');
  await expect(page).toHaveURL(/\/search\/\?q=%E5%86%B0%E7%AE%B1$/);
  await expect(panel.status).toContainText(`找到${all}条`);
  // Years without a result are offered but cannot be chosen; a shared link with one says so.
  await expect(panel.select('年份').locator('option[value="2018"]')).toBeDisabled();
  await page.goto('search/?q=冰箱&year=2018');
  await panel.settled('冰箱');
  await expect(panel.results).toHaveCount(0);
  await expect(panel.status).toContainText(`筛选条件下没有结果；不加筛选有${all}条`);
});

test('back and forward move between searches', async ({ page }) => {
  const panel = searchPanel(page);
  await page.goto('search/?q=冰箱');
  await panel.settled('冰箱');
  await panel.field.fill('蓝鲸金服');
  await panel.settled('蓝鲸金服');
  await expect(page).toHaveURL(/\?q=%E8%93%9D%E9%B2%B8%E9%87%91%E6%9C%8D$/);
  await panel.select('类型').selectOption('source');
  await expect(page).toHaveURL(/\?q=%E8%93%9D%E9%B2%B8%E9%87%91%E6%9C%8D&type=source$/);
  await page.goBack();
  await panel.settled('蓝鲸金服');
  await expect(panel.select('类型')).toHaveValue('');
  await expect(panel.titles.first()).toHaveText(P2P_TITLE);
  await page.goBack();
  await panel.settled('冰箱');
  await expect(panel.field).toHaveValue('冰箱');
  await expect(panel.titles.first()).toHaveText(FRIDGE_TITLE);
  await page.goForward();
  await panel.settled('蓝鲸金服');
  await expect(panel.field).toHaveValue('蓝鲸金服');
});

test('a Traditional query finds what its Simplified form finds', async ({ page }) => {
  const panel = searchPanel(page);
  await page.goto('search/?q=系统错误');
  await panel.settled('系统错误');
  const simplified = await panel.paths();
  await panel.field.fill('系統錯誤');
  await panel.settled('系統錯誤');
  expect(await panel.paths()).toEqual(simplified);
  expect(simplified.length).toBeGreaterThan(0);
});

test('a word is matched as written: one holding only its characters apart is no result', async ({ page }) => {
  const panel = searchPanel(page);
  await page.goto('search/?q=中秋');
  await panel.settled('中秋');
  await expect(panel.results).toHaveCount(0);
  await expect(panel.status).toContainText('没有找到包含“中秋”的内容');
  // Both characters are on the site.
  for (const character of ['中', '秋']) {
    await panel.field.fill(character);
    await panel.settled(character);
    await expect(panel.results.first()).toBeVisible();
  }
});

test('numbers and Latin names are found in any letter case', async ({ page }) => {
  const panel = searchPanel(page);
  await page.goto('search/');
  for (const q of ['P2P', 'p2p', 'ＰＺＰ'.replace('Ｚ', '２')]) {
    await panel.field.fill(q);
    await panel.settled(q);
    await expect(panel.titles.first()).toHaveText(P2P_TITLE);
  }
  for (const [q, title] of [['4000万', P2P_TITLE], ['11.11', FRIDGE_TITLE]] as const) {
    await panel.field.fill(q);
    await panel.settled(q);
    await expect(panel.titles.filter({ hasText: title })).toHaveCount(1);
  }
});

test('the header opens a search dialog: with the button or /, Escape closes it and focus returns', async ({ page }) => {
  await page.goto('cases/demo-fridge-2025/');
  const open = page.getByRole('button', { name: '搜索' }).first();
  await open.click();
  const dialog = page.getByRole('dialog', { name: '搜索' });
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('searchbox', { name: '搜索词' });
  await expect(field).toBeFocused();
  await field.fill('蓝鲸金服');
  await expect(dialog.locator('.search-result__title').first()).toHaveText(P2P_TITLE);
  await expect(dialog.getByRole('status')).toContainText('找到');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  // "/" outside a text field opens it again.
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(field).toBeFocused();
});

test('swapping the header form for the search button moves nothing on the page', async ({ browser, baseURL }) => {
  // The script replaces the form with the button after the first paint: were they of different
  // widths, the header could wrap differently and push the page down (a layout shift on phones).
  if (!baseURL) throw new Error('the Playwright config sets no baseURL');
  for (const width of [360, 412, 768, 1280]) {
    const tops: number[] = [];
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ baseURL, javaScriptEnabled, viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto('cases/');
      if (javaScriptEnabled) await expect(page.locator('[data-search-open]')).toBeVisible();
      else await expect(page.locator('[data-header-search]')).toBeVisible();
      tops.push(await page.locator('main').evaluate((main) => main.getBoundingClientRect().top));
      await context.close();
    }
    expect(tops[1], `at ${width} px`).toBe(tops[0]);
  }
});

test('the dialog’s results are reachable with the arrow keys, and Enter opens the search page', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: '搜索' });
  const field = dialog.getByRole('searchbox', { name: '搜索词' });
  await field.fill('冰箱');
  // The suggestions' links come first (the fridge case's title holds 冰箱), then the results'.
  const links = dialog.locator('[data-search-suggestions] a, [data-search-results] a');
  await expect(dialog.locator('[data-search-results] a').first()).toBeVisible();
  await expect(links.first()).toHaveText(new RegExp(`^${FRIDGE_TITLE}`));
  await field.press('ArrowDown');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(field).toBeFocused();
  await field.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E5%86%B0%E7%AE%B1$/);
  const panel = searchPanel(page);
  await panel.settled('冰箱');
  await expect(panel.titles.first()).toHaveText(FRIDGE_TITLE);
});

test('search code and Pagefind are fetched only when search is opened', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('cases/demo-wealth-2018/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((path) => /pagefind|mountSearchUi/.test(path))).toEqual([]);
  await page.getByRole('button', { name: '搜索' }).first().click();
  await page.getByRole('dialog', { name: '搜索' }).getByRole('searchbox').fill('冰箱');
  await expect(page.getByRole('dialog', { name: '搜索' }).locator('.search-result').first()).toBeVisible();
  expect(fetched.some((path) => /mountSearchUi.*\.js$/.test(path))).toBe(true);
  expect(fetched.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(fetched.some((path) => path.endsWith('/pagefind/lexicon.json'))).toBe(true);
});

test('more results load on request, and focus moves to the first new one', async ({ page }) => {
  const panel = searchPanel(page);
  await page.goto('search/?q=示例');
  await panel.settled('示例');
  const total = Number(/找到(\d+)条/.exec((await panel.status.textContent()) ?? '')?.[1]);
  const first = await panel.results.count();
  expect(total).toBeGreaterThan(first);
  await page.getByRole('button', { name: '显示更多结果' }).click();
  await expect(panel.results).toHaveCount(Math.min(total, first * 2));
  await expect(panel.results.nth(first).locator('a').first()).toBeFocused();
});

test('a result in the dialog that leads to a section of the same page closes the dialog there', async ({ page }) => {
  await page.goto('cases/demo-fridge-2025/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: '搜索' });
  await dialog.getByRole('searchbox', { name: '搜索词' }).fill('系统配置错误');
  const section = dialog.locator('.search-result').filter({ hasText: FRIDGE_TITLE }).locator('.search-result__sections a', { hasText: '小米的回应' });
  await section.click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/cases\/demo-fridge-2025\/#response$/);
  await expect(page.locator('#response')).toBeInViewport();
  // Marked without loading the page again.
  await expect(page.locator('main mark.search-hit').first()).toHaveText('系统配置错误');
});

test('the dialog suggests cases and parties as the reader types, Traditional characters too', async ({ page }) => {
  await page.goto('cases/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: '搜索' });
  await dialog.getByRole('searchbox', { name: '搜索词' }).fill('萬能');
  const suggestions = dialog.getByRole('list', { name: '建议' }).getByRole('link');
  await expect(suggestions.first()).toContainText('万能的小熊');
  await expect(suggestions.first()).toContainText('当事方');
  // A party leads to its page, which lists its cases.
  await suggestions.first().click();
  await expect(page).toHaveURL(/\/entities\/demo-bear\/$/);
  await expect(page.locator('#party-cases ~ ul').getByRole('link', { name: '示例手机推广的P2P理财平台暴雷' })).toBeVisible();
  // One character suggests nothing yet.
  await page.keyboard.press('/');
  await dialog.getByRole('searchbox', { name: '搜索词' }).fill('熊');
  await expect(dialog.locator('[data-search-results] a').first()).toBeVisible();
  await expect(dialog.getByRole('list', { name: '建议' })).toBeHidden();
});

test('synonyms are searched too, and the results say so', async ({ page }) => {
  const panel = searchPanel(page);
  await page.goto('search/?q=售价');
  await panel.settled('售价');
  await expect(panel.status).toContainText('也搜索了：价格');
  await expect(panel.results.first().locator('mark', { hasText: '价格' }).first()).toBeVisible();
  // A word on a page of results or more does without its synonyms (and their bytes): 示例 is on every page.
  await panel.field.fill('示例');
  await panel.settled('示例');
  await expect(panel.status).toContainText('包含“示例”的结果');
  await expect(panel.status).not.toContainText('也搜索了');
});

test('when no page holds every word, the results hold most of them and say which they lack', async ({ page }) => {
  const panel = searchPanel(page);
  await page.goto('search/?q=蓝鲸金服 提现 爆胎');
  await panel.settled('蓝鲸金服 提现 爆胎');
  await expect(panel.status).toContainText('以下');
  await expect(panel.status).toContainText('结果不含：爆胎');
  await expect(panel.titles.first()).toHaveText(P2P_TITLE);
  await expect(panel.results.first().locator('.search-result__missing')).toHaveText('不含：爆胎');
  // Two words, one of them on no page: nothing, rather than pages with the other word alone.
  await panel.field.fill('苹果 电池');
  await panel.settled('苹果 电池');
  await expect(panel.results).toHaveCount(0);
});

test('a search overtaken by a newer one shows nothing of its own', async ({ page }) => {
  const panel = searchPanel(page);
  await page.goto('search/?q=蓝鲸金服');
  await panel.settled('蓝鲸金服');
  const alone = await panel.paths();
  // 示例 (every page) begins searching, and is overtaken before its results are shown.
  await panel.field.evaluate(async (input: HTMLInputElement) => {
    const type = (value: string) => {
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    };
    type('示例');
    await new Promise((resolve) => setTimeout(resolve, 40));
    type('蓝鲸金服');
  });
  await panel.settled('蓝鲸金服');
  expect(await panel.paths()).toEqual(alone);
  await expect(panel.status).toContainText('包含“蓝鲸金服”');
});

test('on the search page, the header button and / go to the page’s own field', async ({ page }) => {
  const panel = searchPanel(page);
  await page.goto('search/?q=冰箱');
  await panel.settled('冰箱');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(panel.field).toBeFocused();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('no search runs while an input method is still composing', async ({ page }) => {
  const panel = searchPanel(page);
  await page.goto('search/');
  await panel.settled('');
  // Pinyin being typed: the field holds Latin letters until the reader picks the characters.
  await panel.field.evaluate((input: HTMLInputElement) => {
    input.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    input.value = 'bingxiang';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: 'bingxiang' }));
  });
  await page.waitForTimeout(300);
  await expect(panel.root).toHaveAttribute('data-search-query', '');
  await panel.field.evaluate((input: HTMLInputElement) => {
    input.value = '冰箱';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: '冰箱' }));
    input.dispatchEvent(new CompositionEvent('compositionend', { data: '冰箱' }));
  });
  await panel.settled('冰箱');
  await expect(panel.titles.first()).toHaveText(FRIDGE_TITLE);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the open search dialog with results has no WCAG 2.2 AA violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('cases/demo-wealth-2018/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: '搜索' });
    await dialog.getByRole('searchbox', { name: '搜索词' }).fill('蓝鲸金服');
    await expect(dialog.locator('.search-result mark').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).include('dialog[open]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}
