import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../schemas/vocabulary';
import { deriveCaseFacets, type FacetCase } from './deriveCaseFacets';
import { findSimilarCases } from './findSimilarCases';

const KINDS: Record<string, EntityKind> = { xiaomi: 'company', unit: 'unit', court: 'court', amr: 'regulator', car: 'product', blogger: 'person' };
const entityKind = (id: string) => KINDS[id];
const base: FacetCase = { id: 'c', line: '汽车', period: { start: '2024-03', end: '2025-11' }, status: '进行中', promise: 'order-terms', parties: ['xiaomi'] };

describe('deriveCaseFacets', () => {
  it('reads outcomes from event kinds, figure kinds and the status', () => {
    const facets = deriveCaseFacets({
      case: { ...base, parties: ['xiaomi', 'court', 'car'] },
      events: [{ kind: 'complaint' }, { kind: 'ruling' }],
      figures: [{ kind: 'court-award', unit: 'CNY', value: 10000, parties: ['court', 'unit'] }, { kind: 'amount-involved', unit: 'CNY', value: 313900, parties: [] }],
      entityKind,
    });
    expect(facets).toEqual({
      id: 'c',
      line: '汽车',
      years: [2024, 2025],
      status: '进行中',
      promise: 'order-terms',
      outcomes: ['ruling', 'compensation'],
      money: true,
      acted: ['court'],
      authorities: ['court'],
      products: ['car'],
      response: 'unknown',
      amount: { value: 313900, unit: 'CNY' },
    });
  });
  it('counts a penalty from a regulation event, a fine or the status 已处罚, and a recall from its event', () => {
    const outcomes = (events: { kind: 'regulation' | 'recall' | 'report' }[], status: FacetCase['status'] = '进行中', figures: Parameters<typeof deriveCaseFacets>[0]['figures'] = []) =>
      deriveCaseFacets({ case: { ...base, status }, events, figures, entityKind }).outcomes;
    expect(outcomes([{ kind: 'regulation' }])).toEqual(['penalty']);
    expect(outcomes([], '已处罚')).toEqual(['penalty']);
    expect(outcomes([], '进行中', [{ kind: 'fine', unit: 'CNY', value: 80000, parties: [] }])).toEqual(['penalty']);
    expect(outcomes([{ kind: 'recall' }])).toEqual(['recall']);
    expect(outcomes([{ kind: 'report' }])).toEqual(['none']);
  });
  it('says how soon Xiaomi responded, in the response-time summary\'s bands', () => {
    const band = (days: { min: number; max: number } | undefined, status: 'responded' | 'none' = 'responded') =>
      deriveCaseFacets({ case: base, events: [], figures: [], entityKind, response: { caseId: 'c', responseStatus: status, outcomeStatus: 'pending', conflicts: [], ...(days ? { response: { date: '2025', days } } : {}) } }).response;
    expect([band({ min: 0, max: 7 }), band({ min: 3, max: 30 }), band({ min: 31, max: 40 }), band({ min: 0, max: 31 }), band(undefined, 'none')]).toEqual(['week', 'month', 'later', 'unknown', 'none']);
  });
  it('does not count an award against someone else as money returned, nor an offer in points', () => {
    const facets = deriveCaseFacets({
      case: base,
      events: [],
      figures: [{ kind: 'court-award', unit: 'CNY', value: 160000, parties: ['blogger'] }, { kind: 'compensation-offered', unit: 'points', value: 20000, parties: ['xiaomi'] }],
      entityKind,
    });
    expect(facets.outcomes).toEqual(['compensation']);
    expect(facets.money).toBe(false);
    expect(facets.acted).toEqual(['none']);
    expect(facets.amount).toBeUndefined();
  });
});

describe('findSimilarCases', () => {
  const facets = (id: string, over: Partial<Parameters<typeof deriveCaseFacets>[0]['case']>, events: { kind: 'ruling' | 'recall' | 'report' }[] = []) => ({
    ...deriveCaseFacets({ case: { ...base, id, ...over }, events, figures: [], entityKind }),
    start: Date.parse(`${over.period?.start ?? base.period.start}-01`),
  });
  const cases = [
    facets('deposit', { parties: ['xiaomi', 'court', 'car'] }, [{ kind: 'ruling' }]),
    facets('hood', { promise: 'product-claim', parties: ['xiaomi', 'court', 'car'], period: { start: '2025-05' } }, [{ kind: 'ruling' }]),
    facets('fridge', { line: '家电', period: { start: '2025-11' } }),
    facets('recall', { promise: 'safety', parties: ['xiaomi', 'amr', 'car'], period: { start: '2024-11' } }, [{ kind: 'recall' }]),
    facets('fund', { line: '互联网金融', promise: 'financial-promotion', period: { start: '2017-07' } }, [{ kind: 'report' }]),
  ];
  const similar = findSimilarCases(cases);
  it('ranks by the weight of what two cases share, and says what it is', () => {
    expect(similar.get('deposit')?.map((s) => [s.id, s.score])).toEqual([
      ['hood', 8], // same court 3, same product 2, same outcome (ruling) 2, same line 1
      ['recall', 3], // same product 2, same line 1; 2024-11, nearer 2024-03 than the fridge case
      ['fridge', 3], // same promise
    ]);
    expect(similar.get('deposit')?.[0]?.reasons).toEqual([
      { kind: 'authority', ids: ['court'] },
      { kind: 'product', ids: ['car'] },
      { kind: 'outcome', outcomes: ['ruling'] },
      { kind: 'line', line: '汽车' },
    ]);
  });
  it('breaks a tie by nearness in time, then by id', () => {
    const tied = findSimilarCases([
      facets('a', { period: { start: '2024-03' } }),
      facets('far', { period: { start: '2020-01' } }),
      facets('near', { period: { start: '2024-06' } }),
      facets('near-too', { period: { start: '2024-06' } }),
    ]);
    expect(tied.get('a')?.map((s) => s.id)).toEqual(['near', 'near-too', 'far']);
  });
  it('never names a case that shares nothing', () => {
    expect(similar.get('fund')?.map((s) => s.id)).toEqual(['fridge']);
    expect(similar.get('fund')?.[0]?.reasons).toEqual([{ kind: 'outcome', outcomes: ['none'] }]);
  });
});
