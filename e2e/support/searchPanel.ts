import { expect, type Page } from '@playwright/test';

/** The search page's panel (SearchPanel.astro), as a reader drives it. */
export function searchPanel(page: Page) {
  const root = page.locator('[data-search-panel="page"]');
  const results = root.locator('.search-result');
  return {
    root,
    // Named in either script: the Traditional edition's panel says 搜索詞.
    field: root.getByRole('searchbox', { name: /^搜索[词詞]$/ }),
    status: root.getByRole('status'),
    results,
    titles: results.locator('.search-result__title a'),
    select: (label: '类型' | '业务线' | '年份' | '排序') => root.getByRole('combobox', { name: label }),
    /** Waits until the panel shows the results for `q` (it marks itself data-search-state="done"). */
    async settled(q: string): Promise<void> {
      await expect(root).toHaveAttribute('data-search-query', q);
      await expect(root).toHaveAttribute('data-search-state', 'done');
    },
    /** Site paths (without the base) of the results shown, in order. */
    async paths(): Promise<string[]> {
      const hrefs = await results.locator('.search-result__title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const base = new URL(page.url()).pathname.replace(/search\/$/, '');
      return hrefs.map((href) => href.slice(base.length));
    },
  };
}
