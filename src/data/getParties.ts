import { rollUpParty, type PartyRollUp } from '../lib/rollUpParty';
import type { EntityKind } from '../schemas/vocabulary';
import { getContentIndex, type EntityEntry } from './getContentIndex';

export interface PartyView {
  entry: EntityEntry;
  /** The organisations under it (by `parent`, at any depth), and the one above it. */
  descendants: string[];
  parent?: EntityEntry;
  /** Its own cases, events and figures (lib/linkParties.ts). */
  cases: string[];
  events: string[];
  figures: string[];
  /** Totals over it and its descendants, for Xiaomi's companies and units, regulators and courts. */
  rollUp?: PartyRollUp;
}

/** Kinds whose pages add up their cases' money and clocks (Violation Tracker's parent-company totals). */
export const ROLLED_UP_KINDS: readonly EntityKind[] = ['company', 'unit', 'regulator', 'court'];

let cached: Promise<PartyView[]> | undefined;

/**
 * Every entity that is a party to a case, with what ties it to the records and, for the kinds
 * that have them, its totals: one page each under /entities/. Built once per build.
 */
export function getParties(): Promise<PartyView[]> {
  cached ??= build();
  return cached;
}

async function build(): Promise<PartyView[]> {
  const index = await getContentIndex();
  const position = new Map(index.cases.map((c, i) => [c.id, i]));
  const descendantsOf = (id: string): string[] => (index.childrenOf.get(id) ?? []).flatMap((child) => [child, ...descendantsOf(child)]);
  const figures = index.figures.map((f) => ({
    id: f.id,
    caseId: f.caseId,
    kind: f.data.kind,
    unit: f.data.unit,
    value: f.computed.value,
    approx: f.approx,
    disputed: f.data.status === 'disputed',
    parties: index.partiesOf.get(f.id) ?? [],
  }));
  return index.entities.flatMap((entry) => {
    const links = index.partyLinks.get(entry.id);
    if (!links || links.cases.length === 0) return [];
    const descendants = descendantsOf(entry.id);
    const parent = entry.data.parent && index.entityById.get(entry.data.parent.id);
    const view: PartyView = { entry, descendants, cases: links.cases, events: links.events, figures: links.figures };
    if (parent) view.parent = parent;
    if (ROLLED_UP_KINDS.includes(entry.data.kind)) {
      const rollUp = rollUpParty({ members: [entry.id, ...descendants], casesOf: (id) => index.partyLinks.get(id)?.cases ?? [], figures, responses: index.responseTimes });
      rollUp.cases.sort((a, b) => position.get(a)! - position.get(b)!);
      view.rollUp = rollUp;
    }
    return [view];
  });
}
