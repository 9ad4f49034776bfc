import { dateSortKey, requireDate } from '../dates/parseDateText';
import { deriveCaseFacets, type CaseFacets } from '../lib/deriveCaseFacets';
import { findSimilarCases, type SimilarCase } from '../lib/findSimilarCases';
import { sortByResponseClock } from '../lib/sortByResponseClock';
import { UNITS } from '../schemas/vocabulary';
import { getContentIndex } from './getContentIndex';

export interface CaseFacts {
  facetsById: Map<string, CaseFacets>;
  /** Each case's three most similar cases, with the reasons (lib/findSimilarCases.ts). */
  similarById: Map<string, SimilarCase[]>;
  /** Each case's place in the finder's orders (0 first): newest first, most money first, fastest response first. */
  rank: { date: Map<string, number>; money: Map<string, number>; response: Map<string, number> };
}

let cached: Promise<CaseFacts> | undefined;

/** Every case's finder values, similar cases and places in the finder's orders, derived once per build from the content index. */
export function getCaseFacts(): Promise<CaseFacts> {
  cached ??= build();
  return cached;
}

async function build(): Promise<CaseFacts> {
  const index = await getContentIndex();
  const kindOf = (id: string) => index.entityById.get(id)?.data.kind;
  const facets = index.cases.map((c) =>
    deriveCaseFacets({
      case: { id: c.id, line: c.data.line, period: c.data.period, status: c.data.status, promise: c.data.promise, parties: c.data.parties.map((p) => p.id) },
      events: (index.eventsByCase.get(c.id) ?? []).map((e) => ({ kind: e.data.kind })),
      figures: (index.figuresByCase.get(c.id) ?? []).map((f) => ({ kind: f.data.kind, unit: f.data.unit, value: f.computed.value, parties: index.partiesOf.get(f.id) ?? [] })),
      entityKind: kindOf,
      response: index.responseByCase.get(c.id),
    }),
  );
  const start = (id: string) => dateSortKey(requireDate(index.caseById.get(id)?.data.period.start ?? '2000'));
  const ranks = (ids: readonly string[]) => new Map(ids.map((id, i) => [id, i]));
  // Money: currencies are never converted, so cases sort by currency (in the vocabulary's order) and then by the sum.
  const units = Object.keys(UNITS);
  const byMoney = [...facets].sort((a, b) => {
    if (!a.amount || !b.amount) return (a.amount ? 0 : 1) - (b.amount ? 0 : 1) || start(b.id) - start(a.id);
    return units.indexOf(a.amount.unit) - units.indexOf(b.amount.unit) || b.amount.value - a.amount.value || a.id.localeCompare(b.id);
  });
  return {
    facetsById: new Map(facets.map((f) => [f.id, f])),
    similarById: findSimilarCases(facets.map((f) => ({ ...f, start: start(f.id) }))),
    rank: {
      date: ranks([...index.cases].sort((a, b) => start(b.id) - start(a.id) || a.id.localeCompare(b.id)).map((c) => c.id)),
      money: ranks(byMoney.map((f) => f.id)),
      response: ranks(sortByResponseClock(index.responseTimes).map((r) => r.caseId)),
    },
  };
}
