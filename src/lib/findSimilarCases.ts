import type { FinderOutcome } from '../finder/finderConfig';
import type { CaseFacets } from './deriveCaseFacets';

export type SimilarReason =
  | { kind: 'promise'; promise: CaseFacets['promise'] }
  | { kind: 'authority'; ids: string[] }
  | { kind: 'product'; ids: string[] }
  | { kind: 'outcome'; outcomes: FinderOutcome[] }
  | { kind: 'response'; response: Exclude<CaseFacets['response'], 'unknown'> }
  | { kind: 'line'; line: CaseFacets['line'] };

export interface SimilarCase {
  id: string;
  score: number;
  /** Why, strongest first: what the two cases share. */
  reasons: SimilarReason[];
}

/**
 * How much each shared trait counts. The same promise or the same regulator or court says most
 * about whether one case is a precedent for another; the same product, the same outcome and the
 * same line of business less. Two cases that have both come to nothing yet share a little, as do
 * two that Xiaomi answered about as fast (within a week, within a month, later, or not at all).
 */
export const SIMILARITY_WEIGHTS = { promise: 3, authority: 3, product: 2, outcome: 2, noOutcome: 1, response: 1, line: 1 } as const;

const shared = <T>(a: readonly T[], b: readonly T[]) => a.filter((x) => b.includes(x));

/**
 * For each case, the `count` most similar others, each with the reasons: the same kind of
 * promise, the same regulator or court, the same product, the same outcome, a response as fast,
 * the same line of business (weights above). Ties go to the case closer in time (by the start of its period),
 * then by id; a case that shares nothing is never named. Pure.
 */
export function findSimilarCases(cases: readonly (CaseFacets & { start: number })[], count = 3): Map<string, SimilarCase[]> {
  const result = new Map<string, SimilarCase[]>();
  for (const a of cases) {
    const scored = cases
      .filter((b) => b.id !== a.id)
      .map((b) => {
        const reasons: SimilarReason[] = [];
        let score = 0;
        if (a.promise === b.promise) {
          reasons.push({ kind: 'promise', promise: a.promise });
          score += SIMILARITY_WEIGHTS.promise;
        }
        const authorities = shared(a.authorities, b.authorities);
        if (authorities.length > 0) {
          reasons.push({ kind: 'authority', ids: authorities });
          score += SIMILARITY_WEIGHTS.authority;
        }
        const products = shared(a.products, b.products);
        if (products.length > 0) {
          reasons.push({ kind: 'product', ids: products });
          score += SIMILARITY_WEIGHTS.product;
        }
        const outcomes = shared(a.outcomes, b.outcomes);
        if (outcomes.length > 0) {
          reasons.push({ kind: 'outcome', outcomes });
          score += outcomes.includes('none') ? SIMILARITY_WEIGHTS.noOutcome : SIMILARITY_WEIGHTS.outcome;
        }
        if (a.response !== 'unknown' && a.response === b.response) {
          reasons.push({ kind: 'response', response: a.response });
          score += SIMILARITY_WEIGHTS.response;
        }
        if (a.line === b.line) {
          reasons.push({ kind: 'line', line: a.line });
          score += SIMILARITY_WEIGHTS.line;
        }
        return { id: b.id, score, reasons, distance: Math.abs(a.start - b.start) };
      })
      .filter((s) => s.score > 0)
      .sort((x, y) => y.score - x.score || x.distance - y.distance || x.id.localeCompare(y.id));
    result.set(a.id, scored.slice(0, count).map(({ id, score, reasons }) => ({ id, score, reasons })));
  }
  return result;
}
