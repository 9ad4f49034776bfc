import { describe, expect, it } from 'vitest';
import { summariseFindings, type FindingsInput } from './summariseFindings';

const input: FindingsInput = {
  cases: [
    { id: 'p2p', title: 'P2P平台暴雷', status: '无公开进展' },
    { id: 'band', title: '手环广告被罚', status: '已处罚' },
    { id: 'fridge', title: '冰箱订单被取消', status: '进行中' },
    { id: 'critics', title: '投诉批评者', status: '未回应' },
  ],
  events: 40,
  sources: 12,
  years: [2015, 2026],
  money: [
    { value: 4e7, unit: 'CNY', approx: true, label: '投诉用户涉及的款项', caseId: 'p2p' },
    { value: 6e5, unit: 'CNY', approx: false, label: '一位用户未收回的投资', caseId: 'p2p' },
  ],
  responses: [
    { caseId: 'p2p', responseStatus: 'responded', response: { days: { min: 20, max: 31 } } },
    { caseId: 'band', responseStatus: 'responded', response: { days: { min: 2, max: 2 } }, outcome: { kind: 'regulation' } },
    { caseId: 'fridge', responseStatus: 'responded', response: { beforeStart: '公告早于报道' } },
    { caseId: 'critics', responseStatus: 'none' },
  ],
};

describe('summariseFindings', () => {
  it('counts from the data: cases, the largest sum, the response clock, outcomes, open cases', () => {
    const { figures } = summariseFindings(input);
    expect(figures.map((f) => [f.key, f.value])).toEqual([
      ['cases', '4起'],
      ['money', '约4000万元'],
      ['response', '2天内'],
      ['outcome', '1个'],
      ['open', '3个'],
    ]);
    expect(figures[1]?.caption).toContain('投诉用户涉及的款项（P2P平台暴雷）');
  });

  it('says "the same day" when half of the cases were answered on the day', () => {
    const sameDay = input.responses.map((r) => (r.caseId === 'p2p' ? { ...r, response: { days: { min: 0, max: 0 } } } : r));
    expect(summariseFindings({ ...input, responses: sameDay }).figures.find((f) => f.key === 'response')?.value).toBe('当天');
  });

  it('says it in sentences with the same numbers', () => {
    expect(summariseFindings(input).lead).toBe(
      '信任账本逐案核对了小米2015年至2026年的4起消费者信任事件，记录了40个有日期的事件、12份来源。' +
        '从问题公开算起，能算出天数的3个案件中，小米在一周之内首次回应的有2个，找不到任何回应的另有1个。' +
        '1个案件有了判决、处罚或召回；3个至今仍在进行，或此后再无公开进展。',
    );
  });

  it('leaves out what the data cannot say', () => {
    const { lead, figures } = summariseFindings({ ...input, money: [], responses: input.responses.map((r) => ({ ...r, response: undefined })) });
    expect(figures.map((f) => f.key)).toEqual(['cases', 'outcome', 'open']);
    expect(lead).not.toContain('一周');
  });
});
