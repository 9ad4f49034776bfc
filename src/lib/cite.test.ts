import { describe, expect, it } from 'vitest';
import { citeApa } from './citeApa';
import { citeGbt7714, type CitedPage } from './citeGbt7714';

const page: CitedPage = {
  author: '信任账本编辑部',
  title: '11.11元冰箱订单被“系统错误”取消',
  siteName: '信任账本',
  published: '2026-11-22',
  updated: '2026-12-03',
  url: 'https://example.org/xinren/cases/fridge-1111-orders-2025/',
};

describe('citeGbt7714', () => {
  it('writes an electronic resource with the update date and the access date', () => {
    expect(citeGbt7714(page, '2027-01-05')).toBe(
      '信任账本编辑部. 11.11元冰箱订单被“系统错误”取消[EB/OL]. (2026-12-03)[2027-01-05]. https://example.org/xinren/cases/fridge-1111-orders-2025/.',
    );
  });
});

describe('citeApa', () => {
  it('writes a webpage with a group author, the update date and the site name', () => {
    expect(citeApa(page)).toBe(
      '信任账本编辑部. (2026, December 3). 11.11元冰箱订单被“系统错误”取消. 信任账本. https://example.org/xinren/cases/fridge-1111-orders-2025/',
    );
  });

  it('adds no full stop after a title that ends in a question mark', () => {
    expect(citeApa({ ...page, title: '谁为系统错误负责？' })).toContain('谁为系统错误负责？ 信任账本.');
  });

  it('refuses a date without a day', () => {
    expect(() => citeApa({ ...page, updated: '2026-12' })).toThrow(/YYYY-MM-DD/);
  });
});
