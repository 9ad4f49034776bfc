import { findPartyMentions, type MentionCandidate } from './findPartyMentions';

export interface LinkedRecord {
  id: string;
  caseId: string;
  /** What may name a party: an event's title and summary, a figure's label. */
  text: string;
  /** Parties the record names explicitly (its `parties` field). */
  parties: readonly string[];
}

export interface PartyLinks {
  /** The cases it is a party to, in the order given. */
  cases: string[];
  /** Events and figures of those cases that concern it, in the order given. */
  events: string[];
  figures: string[];
}

/**
 * What ties each party to the records: the cases that list it among their parties, and the events
 * and figures of those cases that name it (findPartyMentions over the case's own parties only, so
 * an alias cannot tie a record to a party of another case) or list it in their `parties`.
 * Returns, for every entity that is a party to a case, its links; and, for every record, the
 * parties it concerns. Pure.
 */
export function linkParties(input: {
  cases: readonly { id: string; parties: readonly string[] }[];
  events: readonly LinkedRecord[];
  figures: readonly LinkedRecord[];
  entities: readonly MentionCandidate[];
}): { byParty: Map<string, PartyLinks>; byRecord: Map<string, string[]> } {
  const entities = new Map(input.entities.map((e) => [e.id, e]));
  const candidates = new Map(input.cases.map((c) => [c.id, c.parties.map((id) => entities.get(id)).filter((e) => e !== undefined)]));
  const byParty = new Map<string, PartyLinks>();
  const links = (id: string) => {
    let found = byParty.get(id);
    if (!found) byParty.set(id, (found = { cases: [], events: [], figures: [] }));
    return found;
  };
  for (const c of input.cases) for (const id of c.parties) if (entities.has(id)) links(id).cases.push(c.id);
  const byRecord = new Map<string, string[]>();
  const tie = (records: readonly LinkedRecord[], field: 'events' | 'figures') => {
    for (const record of records) {
      const named = findPartyMentions(record.text, candidates.get(record.caseId) ?? []);
      const parties = [...new Set([...named, ...record.parties])];
      byRecord.set(record.id, parties);
      for (const id of parties) links(id)[field].push(record.id);
    }
  };
  tie(input.events, 'events');
  tie(input.figures, 'figures');
  return { byParty, byRecord };
}
