import { describe, expect, it } from 'vitest';
import { deriveResponseTimes, type ResponseTimeEvent } from './deriveResponseTimes';

const ev = (id: string, kind: ResponseTimeEvent['kind'], date: string, caseId = 'a', extra: Partial<ResponseTimeEvent> = {}): ResponseTimeEvent => ({ id, caseId, kind, date, ...extra });

describe('deriveResponseTimes', () => {
  it('counts exact days from the first public moment to the first response and outcome', () => {
    const [row] = deriveResponseTimes(
      [{ id: 'a', status: '已处罚' }],
      [ev('r2', 'report', '2025-03-05'), ev('r1', 'report', '2025-03-01'), ev('x', 'response', '2025-03-02'), ev('f', 'regulation', '2025-06-09'), ev('x2', 'response', '2025-03-04')],
    );
    expect(row).toEqual({
      caseId: 'a',
      start: { eventId: 'r1', date: '2025-03-01', kind: 'report' },
      response: { eventId: 'x', date: '2025-03-02', days: { min: 1, max: 1 } },
      outcome: { eventId: 'f', date: '2025-06-09', kind: 'regulation', days: { min: 100, max: 100 } },
      responseStatus: 'responded',
      outcomeStatus: 'dated',
      conflicts: [],
    });
  });

  it('starts at the earliest public complaint, report or incident, whichever comes first, and skips private ones', () => {
    const [row] = deriveResponseTimes(
      [{ id: 'a', status: '进行中' }],
      [
        ev('order', 'incident', '2025-02-20', 'a', { private: true }),
        ev('ad', 'promise', '2025-02-01'),
        ev('complaint', 'complaint', '2025-03-02'),
        ev('report', 'report', '2025-03-09'),
        ev('reply', 'response', '2025-03-10'),
      ],
    );
    expect(row?.start).toEqual({ eventId: 'complaint', date: '2025-03-02', kind: 'complaint' });
    expect(row?.response?.days).toEqual({ min: 8, max: 8 });
  });

  it('gives a range of days for a date known only to the month, never below 0', () => {
    const [p2p] = deriveResponseTimes([{ id: 'p2p', status: '无公开进展' }], [ev('count', 'response', '2018-07', 'p2p'), ev('report', 'report', '2018-07-23', 'p2p')]);
    // July 2018 is anywhere up to 8 days after the 23rd; a response cannot precede the problem it answers.
    expect(p2p?.response).toEqual({ eventId: 'count', date: '2018-07', days: { min: 0, max: 8 } });
    expect(p2p?.outcomeStatus).toBe('pending');
  });

  it('reports a response or outcome before the start as a conflict, never as negative days', () => {
    const [row] = deriveResponseTimes(
      [{ id: 'fridge', status: '进行中' }],
      [ev('notice', 'response', '2025-11-15', 'fridge'), ev('yangtse', 'report', '2025-11-17', 'fridge'), ev('fine', 'regulation', '2025-11', 'fridge')],
    );
    expect(row?.response).toEqual({ eventId: 'notice', date: '2025-11-15' });
    expect(row?.outcome?.days).toEqual({ min: 0, max: 13 });
    expect(row?.conflicts).toEqual([{ milestone: 'response', eventId: 'notice', date: '2025-11-15' }]);
  });

  it('marks a milestone before the start with the reason the case file gives', () => {
    const [row] = deriveResponseTimes(
      [{ id: 'band', status: '已处罚', clock: { outcome: '处罚先作出，后公开' } }],
      [ev('decision', 'regulation', '2021', 'band'), ev('published', 'report', '2022-02-21', 'band')],
    );
    expect(row?.outcome).toEqual({ eventId: 'decision', date: '2021', kind: 'regulation', beforeStart: '处罚先作出，后公开' });
    expect(row?.conflicts).toEqual([]);
  });

  it('sorts a month-precision event after the dated days of its month, as the lists do', () => {
    const [row] = deriveResponseTimes([{ id: 'a', status: '进行中' }], [ev('r', 'report', '2018-07-23'), ev('month', 'response', '2018-07'), ev('day', 'response', '2018-07-24')]);
    expect(row?.response?.eventId).toBe('day');
  });

  it('says honestly when there was no response, or no date for it, or nothing to count from, or the case closed without an outcome', () => {
    const rows = deriveResponseTimes(
      [
        { id: 'silent', status: '未回应', responseDate: '2025-01-02' },
        { id: 'undated', status: '已判决' },
        { id: 'fromCase', status: '进行中', responseDate: '2025-01-03' },
        { id: 'noStart', status: '进行中' },
        { id: 'notFound', status: '已处罚', responseFound: false },
        { id: 'closed', status: '已了结', responseDate: '2025-01-02' },
      ],
      [ev('s', 'report', '2025-01-01', 'silent'), ev('u', 'report', '2025-01-01', 'undated'), ev('c', 'report', '2025-01-01', 'fromCase'), ev('n', 'response', '2025-01-01', 'noStart'), ev('f', 'report', '2025-01-01', 'notFound'), ev('k', 'report', '2025-01-01', 'closed')],
    );
    expect(rows.map((r) => [r.caseId, r.responseStatus, r.outcomeStatus])).toEqual([
      ['silent', 'none', 'pending'],
      ['undated', 'undated', 'undated'],
      ['fromCase', 'responded', 'pending'],
      ['noStart', 'responded', 'pending'],
      ['notFound', 'none', 'undated'],
      ['closed', 'responded', 'settled'],
    ]);
    expect(rows[2]?.response).toEqual({ date: '2025-01-03', days: { min: 2, max: 2 } });
    expect(rows[3]?.start).toBeUndefined();
    expect(rows[3]?.response).toEqual({ eventId: 'n', date: '2025-01-01' });
  });
});
