import { describe, expect, it } from 'vitest';
import { describeResponseClock } from './describeResponseClock';
import type { ResponseTime } from './deriveResponseTimes';

describe('describeResponseClock', () => {
  it('counts days from when the problem became public, to the response and to the outcome', () => {
    expect(
      describeResponseClock({
        caseId: 'c',
        start: { eventId: 's', date: '2025-05-06', kind: 'report' },
        response: { eventId: 'r', date: '2025-05-10', days: { min: 4, max: 4 } },
        outcome: { eventId: 'o', date: '2025-11-20', days: { min: 198, max: 198 }, kind: 'ruling' },
        responseStatus: 'responded',
        outcomeStatus: 'dated',
        conflicts: [],
      }),
    ).toEqual({ response: '小米回应：公开后4天', outcome: '裁判：公开后198天' });
  });

  it('says when a date is known only to the month, a response came the same day or before the problem was public', () => {
    const base: Pick<ResponseTime, 'caseId' | 'responseStatus' | 'conflicts'> = { caseId: 'c', responseStatus: 'responded', conflicts: [] };
    expect(describeResponseClock({ ...base, response: { date: '2025-05', days: { min: 0, max: 8 } }, outcomeStatus: 'pending' })).toEqual({
      response: '小米回应：公开后0至8天（日期只知月份或年份）',
      outcome: '尚无判决、处罚或召回',
    });
    expect(describeResponseClock({ ...base, response: { date: '2025-05-06', days: { min: 0, max: 0 } }, outcomeStatus: 'settled' }).response).toBe('小米回应：公开当天');
    expect(
      describeResponseClock({ ...base, response: { date: '2021-01', beforeStart: '声明先于报道' }, outcome: { date: '2021-02', beforeStart: '处罚在先', kind: 'regulation' }, outcomeStatus: 'dated' }),
    ).toEqual({ response: '小米回应：问题公开之前（声明先于报道）', outcome: '监管与处罚：问题公开之前（处罚在先）' });
  });

  it('names a missing response and an outcome no event dates', () => {
    expect(describeResponseClock({ caseId: 'c', responseStatus: 'none', outcomeStatus: 'undated', conflicts: [] })).toEqual({ response: '未找到小米的回应', outcome: '已有结果，日期不详' });
    expect(describeResponseClock({ caseId: 'c', responseStatus: 'undated', outcomeStatus: 'settled', conflicts: [] })).toEqual({ response: '小米有回应，日期不详', outcome: '已了结，没有判决、处罚或召回' });
  });
});
