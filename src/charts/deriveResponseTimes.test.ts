import { describe, expect, it } from 'vitest';
import { deriveResponseTimes, type ResponseTimeEvent } from './deriveResponseTimes';

const ev = (id: string, kind: ResponseTimeEvent['kind'], date: string, caseId = 'a'): ResponseTimeEvent => ({ id, caseId, kind, date });

describe('deriveResponseTimes', () => {
  it('counts exact days from the first report to the first response and outcome', () => {
    const [row] = deriveResponseTimes(
      [{ id: 'a', status: '已处罚' }],
      [ev('r2', 'report', '2025-03-05'), ev('r1', 'report', '2025-03-01'), ev('x', 'response', '2025-03-02'), ev('f', 'regulation', '2025-06-09'), ev('x2', 'response', '2025-03-04')],
    );
    expect(row).toEqual({
      caseId: 'a',
      report: { eventId: 'r1', date: '2025-03-01' },
      response: { eventId: 'x', date: '2025-03-02', days: { min: 1, max: 1 } },
      outcome: { eventId: 'f', date: '2025-06-09', kind: 'regulation', days: { min: 100, max: 100 } },
      responseStatus: 'responded',
      outcomeStatus: 'dated',
    });
  });

  it('gives a range of days when a date is known only to the month, and negative days for a response before the report', () => {
    const [p2p, fridge] = deriveResponseTimes(
      [
        { id: 'p2p', status: '无公开进展' },
        { id: 'fridge', status: '进行中' },
      ],
      [
        ev('count', 'response', '2018-07', 'p2p'),
        ev('report', 'report', '2018-07-23', 'p2p'),
        ev('notice', 'response', '2025-11-15', 'fridge'),
        ev('yangtse', 'report', '2025-11-17', 'fridge'),
      ],
    );
    // July 2018 is anywhere from 22 days before the 23rd to 8 days after it.
    expect(p2p?.response).toEqual({ eventId: 'count', date: '2018-07', days: { min: -22, max: 8 } });
    expect(p2p?.outcomeStatus).toBe('pending');
    expect(fridge?.response?.days).toEqual({ min: -2, max: -2 });
  });

  it('sorts a month-precision event after the dated days of its month, as the lists do', () => {
    const [row] = deriveResponseTimes([{ id: 'a', status: '进行中' }], [ev('r', 'report', '2018-07-23'), ev('month', 'response', '2018-07'), ev('day', 'response', '2018-07-24')]);
    expect(row?.response?.eventId).toBe('day');
  });

  it('says honestly when there was no response, or no date for it, or no report to count from', () => {
    const rows = deriveResponseTimes(
      [
        { id: 'silent', status: '未回应', responseDate: '2025-01-02' },
        { id: 'undated', status: '已判决' },
        { id: 'fromCase', status: '进行中', responseDate: '2025-01-03' },
        { id: 'noReport', status: '进行中' },
      ],
      [ev('s', 'report', '2025-01-01', 'silent'), ev('u', 'report', '2025-01-01', 'undated'), ev('c', 'report', '2025-01-01', 'fromCase'), ev('n', 'response', '2025-01-01', 'noReport')],
    );
    expect(rows.map((r) => [r.caseId, r.responseStatus, r.outcomeStatus])).toEqual([
      ['silent', 'none', 'pending'],
      ['undated', 'undated', 'undated'],
      ['fromCase', 'responded', 'pending'],
      ['noReport', 'responded', 'pending'],
    ]);
    expect(rows[2]?.response).toEqual({ date: '2025-01-03', days: { min: 2, max: 2 } });
    expect(rows[3]?.report).toBeUndefined();
    expect(rows[3]?.response).toBeUndefined();
  });
});
