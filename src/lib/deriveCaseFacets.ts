import type { FinderActed, FinderOutcome } from '../finder/finderConfig';
import type { CaseStatus, EntityKind, EventKind, FigureKind, Line, PromiseKind, Unit } from '../schemas/vocabulary';
import { UNITS } from '../schemas/vocabulary';
import type { ResponseTime } from './deriveResponseTimes';
import { FAST, SLOW } from './summariseResponseTimes';
import { yearsBetween } from './yearsBetween';

export interface FacetCase {
  id: string;
  line: Line;
  period: { start: string; end?: string | undefined };
  status: CaseStatus;
  promise: PromiseKind;
  parties: readonly string[];
}

export interface FacetFigure {
  kind: FigureKind;
  unit: Unit;
  /** The value a reader is shown (stated or computed); absent where it cannot be computed. */
  value?: number | undefined;
  /** The parties the figure concerns (lib/linkParties.ts). */
  parties: readonly string[];
}

export interface CaseFacets {
  id: string;
  line: Line;
  years: number[];
  status: CaseStatus;
  promise: PromiseKind;
  /** What the case came to, in FINDER_OUTCOMES order; `none` alone when nothing yet. */
  outcomes: FinderOutcome[];
  /** Money came back to consumers: offered by Xiaomi or awarded against it, in a currency. */
  money: boolean;
  /** A regulator or a court among the parties; `none` alone when neither. */
  acted: FinderActed[];
  /** The regulators and courts, and the products, among its parties (ids). */
  authorities: string[];
  products: string[];
  /**
   * How soon Xiaomi first responded after the problem became public: within a week, within a
   * month, later, no response found; `unknown` when the clock gives no days (see summariseResponseTimes).
   */
  response: 'week' | 'month' | 'later' | 'none' | 'unknown';
  /** The largest sum users lost or put at stake (user-loss, amount-involved), in its currency. */
  amount?: { value: number; unit: Unit };
}

/** Xiaomi's side of a case: its companies and their units (other firms are `organisation`; see content/README.md). */
const XIAOMI_KINDS: readonly EntityKind[] = ['company', 'unit'];
const LOSS_KINDS: readonly FigureKind[] = ['user-loss', 'amount-involved'];

/**
 * A case's values for the finder on /cases/ and for similar cases, derived from its records
 * rather than tagged by hand: the outcome from its events' kinds (ruling; regulation or a fine
 * figure: penalty; recall) and its status (已判决, 已处罚), compensation from its figures' kinds
 * (an offer by Xiaomi, or a court award tied to one of Xiaomi's companies or units), who acted
 * from its parties' kinds (regulator, court). Pure.
 */
export function deriveCaseFacets(input: {
  case: FacetCase;
  events: readonly { kind: EventKind }[];
  figures: readonly FacetFigure[];
  entityKind: (id: string) => EntityKind | undefined;
  /** The case's response clock (lib/deriveResponseTimes.ts). */
  response?: ResponseTime | undefined;
}): CaseFacets {
  const { case: c, events, figures, entityKind } = input;
  const days = input.response?.response?.days;
  const hasEvent = (kind: EventKind) => events.some((e) => e.kind === kind);
  const xiaomi = (f: FacetFigure) => f.parties.some((id) => XIAOMI_KINDS.includes(entityKind(id) as EntityKind));
  const returned = figures.filter((f) => f.kind === 'compensation-offered' || (f.kind === 'court-award' && xiaomi(f)));
  const found: Record<Exclude<FinderOutcome, 'none'>, boolean> = {
    ruling: hasEvent('ruling') || c.status === '已判决',
    penalty: hasEvent('regulation') || figures.some((f) => f.kind === 'fine') || c.status === '已处罚',
    recall: hasEvent('recall'),
    compensation: returned.length > 0,
  };
  const outcomes = (Object.keys(found) as (keyof typeof found)[]).filter((key) => found[key]);
  const kinds = c.parties.map((id) => ({ id, kind: entityKind(id) }));
  const acted: FinderActed[] = [...(kinds.some((p) => p.kind === 'regulator') ? ['regulator' as const] : []), ...(kinds.some((p) => p.kind === 'court') ? ['court' as const] : [])];
  const losses = figures.filter((f) => LOSS_KINDS.includes(f.kind) && UNITS[f.unit].money && f.value !== undefined);
  const largest = losses.sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0];
  const facets: CaseFacets = {
    id: c.id,
    line: c.line,
    years: yearsBetween(c.period.start, c.period.end),
    status: c.status,
    promise: c.promise,
    outcomes: outcomes.length > 0 ? outcomes : ['none'],
    money: returned.some((f) => UNITS[f.unit].money && xiaomi(f)),
    acted: acted.length > 0 ? acted : ['none'],
    authorities: kinds.filter((p) => p.kind === 'regulator' || p.kind === 'court').map((p) => p.id),
    products: kinds.filter((p) => p.kind === 'product').map((p) => p.id),
    response:
      input.response?.responseStatus === 'none' ? 'none'
      : !days ? 'unknown'
      : days.max <= FAST ? 'week'
      : days.max <= SLOW ? 'month'
      : days.min > SLOW ? 'later'
      : 'unknown',
  };
  if (largest?.value !== undefined) facets.amount = { value: largest.value, unit: largest.unit };
  return facets;
}
