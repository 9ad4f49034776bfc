import { describe, expect, it } from 'vitest';
import { sharePosterAlt } from './sharePosterAlt';

describe('sharePosterAlt', () => {
  it('says everything the poster shows, in reading order', () => {
    expect(
      sharePosterAlt({
        path: '/posters/cases/c.png',
        url: 'https://example.org/cases/c/',
        kicker: '案件档案 · 家电',
        title: '11.11元冰箱订单被“系统错误”取消',
        status: '进行中',
        meta: ['2025年11月14日起'],
        figure: { value: '30元', label: '小米提供的补偿（红包）', date: '2025年11月15日' },
        events: [
          { date: '2025年11月14日', label: '订单被取消' },
          { date: '2025年11月15日', label: '客服提出补偿' },
        ],
        clock: { start: '2025年11月14日', response: '小米回应：公开后1天', outcome: '尚无判决、处罚或召回' },
      }),
    ).toBe(
      '信任账本分享海报：案件档案 · 家电。11.11元冰箱订单被“系统错误”取消。进行中，2025年11月14日起。关键数字30元，小米提供的补偿（红包），2025年11月15日。' +
        '关键事件：2025年11月14日，订单被取消；2025年11月15日，客服提出补偿。回应时钟：问题公开：2025年11月14日；小米回应：公开后1天；尚无判决、处罚或召回。二维码：本页地址。',
    );
  });

  it('names the case of each event on a poster that mixes cases, and does not double a full stop', () => {
    expect(sharePosterAlt({ path: '', url: '', kicker: '专题', title: '标题', dek: '导语。', meta: [], events: [{ date: '2018年6月4日', label: '爆雷', case: 'P2P推广' }] })).toBe(
      '信任账本分享海报：专题。标题。导语。关键事件：2018年6月4日（P2P推广），爆雷。二维码：本页地址。',
    );
  });
});
