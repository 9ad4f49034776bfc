import { describe, expect, it } from 'vitest';
import { rankKeyEvents } from './rankKeyEvents';

describe('rankKeyEvents', () => {
  it('ranks each case’s key events by kind, then date, and names one of every case before a second of any', () => {
    const ranks = rankKeyEvents([
      { id: 'a-report', caseId: 'a', kind: 'report', start: 1, label: '报道' },
      { id: 'a-crash', caseId: 'a', kind: 'incident', start: 2, label: '事故' },
      { id: 'b-promise', caseId: 'b', kind: 'promise', start: 3, label: '承诺' },
      { id: 'b-unlabelled', caseId: 'b', kind: 'incident', start: 4 },
      { id: 'a-ruling', caseId: 'a', kind: 'ruling', start: 5, label: '判决' },
      { id: 'b-fine', caseId: 'b', kind: 'regulation', start: 6, label: '罚款' },
      { id: 'b-promise-2', caseId: 'b', kind: 'promise', start: 0, label: '再承诺' },
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ 'a-crash': 0, 'a-ruling': 1, 'a-report': 2, 'b-fine': 0, 'b-promise-2': 1, 'b-promise': 2 });
  });

  it('does not depend on the order of its input', () => {
    const events = [
      { id: 'x', caseId: 'a', kind: 'response' as const, start: 5, label: '甲' },
      { id: 'y', caseId: 'a', kind: 'response' as const, start: 5, label: '乙' },
      { id: 'z', caseId: 'a', kind: 'incident' as const, start: 9, label: '丙' },
    ];
    expect(rankKeyEvents([...events].reverse())).toEqual(rankKeyEvents(events));
  });
});
