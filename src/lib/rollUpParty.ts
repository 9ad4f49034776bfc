import type { FigureKind, Unit } from '../schemas/vocabulary';
import type { ResponseTime } from './deriveResponseTimes';
import { sortByResponseClock } from './sortByResponseClock';

export interface RollUpFigure {
  id: string;
  caseId: string;
  kind: FigureKind;
  unit: Unit;
  /** The value a reader is shown; a figure without one is listed but not added. */
  value?: number | undefined;
  approx: boolean;
  disputed: boolean;
  /** The parties the figure concerns (lib/linkParties.ts). */
  parties: readonly string[];
}

/** The figures of one kind of money in one currency, added up. Currencies are never converted. */
export interface MoneyTotal {
  unit: Unit;
  value: number;
  /** One of the figures is approximate (约), so the total is too. */
  approx: boolean;
  /** One of the figures is disputed. */
  disputed: boolean;
  figures: string[];
}

export interface PartyRollUp {
  /** Every case of the party and of the organisations under it, in the order given. */
  cases: string[];
  /** Fines (imposed on it, or by it), court awards (against it, or by it), Xiaomi's offers: by currency. */
  penalties: MoneyTotal[];
  awards: MoneyTotal[];
  compensation: MoneyTotal[];
  /** Its cases' response clocks, fastest response first (sortByResponseClock). */
  responses: ResponseTime[];
}

const ROLLED: Record<'penalties' | 'awards' | 'compensation', FigureKind> = { penalties: 'fine', awards: 'court-award', compensation: 'compensation-offered' };

/**
 * A party's totals, as Violation Tracker rolls penalties up to the parent company: over the party
 * and every organisation under it (`members`: itself and its descendants by `parent`), the cases
 * they are parties to, and the fines, court awards and offers of compensation tied to any of
 * them, added up by currency (units never converted); with the response clocks of those cases.
 * Which side of a figure a party is on (a fine imposed on a company, by a regulator) follows from
 * its kind; the sums are the same. Pure.
 */
export function rollUpParty(input: {
  members: readonly string[];
  casesOf: (id: string) => readonly string[];
  figures: readonly RollUpFigure[];
  responses: readonly ResponseTime[];
}): PartyRollUp {
  const members = new Set(input.members);
  const cases = [...new Set(input.members.flatMap(input.casesOf))];
  const own = input.figures.filter((f) => f.parties.some((id) => members.has(id)));
  const totals = (kind: FigureKind): MoneyTotal[] => {
    const byUnit = new Map<Unit, MoneyTotal>();
    for (const f of own.filter((x) => x.kind === kind && x.value !== undefined)) {
      const total = byUnit.get(f.unit) ?? { unit: f.unit, value: 0, approx: false, disputed: false, figures: [] };
      total.value += f.value ?? 0;
      total.approx ||= f.approx;
      total.disputed ||= f.disputed;
      total.figures.push(f.id);
      byUnit.set(f.unit, total);
    }
    return [...byUnit.values()];
  };
  const inCases = new Set(cases);
  return {
    cases,
    penalties: totals(ROLLED.penalties),
    awards: totals(ROLLED.awards),
    compensation: totals(ROLLED.compensation),
    responses: sortByResponseClock(input.responses.filter((r) => inCases.has(r.caseId))),
  };
}
