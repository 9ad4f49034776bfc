import { describe, expect, it } from 'vitest';
import { socialCardAlt } from './socialCardAlt';

describe('socialCardAlt', () => {
  it('says everything the case card shows, in reading order', () => {
    expect(
      socialCardAlt({
        path: '/og/cases/c.png',
        kicker: '案件档案 · 家电',
        title: '11.11元冰箱订单被“系统错误”取消',
        figure: { value: '30元', label: '小米提供的补偿（红包）', date: '2025年11月15日' },
        meta: ['2025年11月14日起', '进行中'],
      }),
    ).toBe('信任账本分享卡片：案件档案 · 家电。11.11元冰箱订单被“系统错误”取消。关键数字30元，小米提供的补偿（红包），2025年11月15日。2025年11月14日起，进行中。');
  });

  it('does not double the full stop after a dek that has one', () => {
    expect(socialCardAlt({ path: '', kicker: '专题', title: '标题', dek: '导语。', meta: [] })).toBe('信任账本分享卡片：专题。标题。导语。');
  });
});
