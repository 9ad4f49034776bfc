import { describe, expect, it } from 'vitest';
import type { ResponseTime } from './deriveResponseTimes';
import { rollUpParty, type RollUpFigure } from './rollUpParty';

const figure = (id: string, over: Partial<RollUpFigure>): RollUpFigure => ({ id, caseId: 'fine', kind: 'fine', unit: 'CNY', value: 1, approx: false, disputed: false, parties: [], ...over });
const response = (caseId: string, days?: number): ResponseTime =>
  days === undefined ? { caseId, responseStatus: 'none', outcomeStatus: 'pending', conflicts: [] } : { caseId, response: { date: '2025-01-01', days: { min: days, max: days } }, responseStatus: 'responded', outcomeStatus: 'pending', conflicts: [] };

describe('rollUpParty', () => {
  const cases: Record<string, string[]> = { group: ['deposit', 'fridge'], company: ['fine'], shop: ['deposit'], court: ['deposit'] };
  const figures = [
    figure('fine-1', { value: 80000, parties: ['amr', 'company'] }),
    figure('award-1', { caseId: 'deposit', kind: 'court-award', value: 10000, parties: ['court', 'shop'] }),
    figure('award-2', { caseId: 'deposit', kind: 'court-award', value: 5000, approx: true, parties: ['shop'] }),
    figure('offer-cny', { caseId: 'fridge', kind: 'compensation-offered', value: 30, parties: ['group'] }),
    figure('offer-points', { caseId: 'fridge', kind: 'compensation-offered', unit: 'points', value: 20000, disputed: true, parties: ['group'] }),
    figure('offer-usd', { caseId: 'fridge', kind: 'compensation-offered', unit: 'USD', value: 5, parties: ['group'] }),
    // Awarded against someone outside the group: never in its totals.
    figure('award-other', { caseId: 'kol', kind: 'court-award', value: 160000, parties: ['blogger'] }),
  ];
  const responses = [response('fridge', 3), response('deposit', 0), response('fine'), response('kol', 1)];

  it('adds up a parent and everything under it, by currency, without converting', () => {
    const group = rollUpParty({ members: ['group', 'company', 'shop'], casesOf: (id) => cases[id] ?? [], figures, responses });
    expect(group.cases).toEqual(['deposit', 'fridge', 'fine']);
    expect(group.penalties).toEqual([{ unit: 'CNY', value: 80000, approx: false, disputed: false, figures: ['fine-1'] }]);
    expect(group.awards).toEqual([{ unit: 'CNY', value: 15000, approx: true, disputed: false, figures: ['award-1', 'award-2'] }]);
    expect(group.compensation.map((t) => [t.unit, t.value, t.disputed])).toEqual([
      ['CNY', 30, false],
      ['points', 20000, true],
      ['USD', 5, false],
    ]);
    // Fastest response first, a case without a response last; the blogger's case is not the group's.
    expect(group.responses.map((r) => r.caseId)).toEqual(['deposit', 'fridge', 'fine']);
  });

  it('gives a court the awards tied to it, and a unit only its own', () => {
    expect(rollUpParty({ members: ['court'], casesOf: (id) => cases[id] ?? [], figures, responses }).awards.map((t) => t.value)).toEqual([10000]);
    const company = rollUpParty({ members: ['company'], casesOf: (id) => cases[id] ?? [], figures, responses });
    expect([company.cases, company.awards, company.compensation]).toEqual([['fine'], [], []]);
  });
});
