import { expect, test } from '@playwright/test';

const QUERIES = [
  { q: '冰箱', expect: '11.11元冰箱订单被“系统错误”取消' },
  { q: '小灰熊', expect: '小米推广的P2P理财平台接连暴雷' },
  { q: '系统配置错误', expect: '11.11元冰箱订单被“系统错误”取消' },
  { q: '午后狂睡', expect: '小米接触博主“万能的大熊”，24小时内辞退员工、处分两名高管' },
  { q: '睡眠监测', expect: '小米手环5 NFC版“24小时睡眠监测”广告被罚8万元' },
  { q: '挖孔机盖', expect: 'SU7 Ultra碳纤维双风道前舱盖：4.2万元选装件引发的维权与诉讼' },
  { q: '铜陵', expect: '德上高速SU7事故：辅助驾驶中遇施工改道，三人遇难' },
  { q: '锁单', expect: 'SU7的定金、锁单与尾款：海口法院判小米双倍返还定金' },
];

for (const { q, expect: title } of QUERIES) {
  test(`search for ${q} finds “${title}”`, async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent(q)}`);
    const results = page.locator('#search-results > li');
    await expect(results.first()).toBeVisible();
    const titles = await results.locator('h2').allInnerTexts();
    expect(titles.slice(0, 3)).toContain(title);
    await expect(results.first().locator('mark').first()).toBeVisible();
  });
}

test('the header search form leads to the results page', async ({ page }) => {
  await page.goto('');
  await page.getByRole('searchbox', { name: '搜索信任账本' }).fill('冰箱');
  await page.getByRole('searchbox', { name: '搜索信任账本' }).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E5%86%B0%E7%AE%B1/);
  await expect(page.locator('#search-results > li').first()).toBeVisible();
});
