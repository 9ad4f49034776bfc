import { getCollection, type CollectionEntry } from 'astro:content';
import { computeFigureValues, type FigureValue } from '../lib/computeFigureValues';
import { deriveResponseTimes, type ResponseTime } from '../lib/deriveResponseTimes';
import { linkParties, type PartyLinks } from '../lib/linkParties';
import { findCitations } from '../lib/findCitations';
import { dateSortKey, requireDate, type ParsedDate } from '../dates/parseDateText';
import { yearsBetween } from '../lib/yearsBetween';

export type CaseEntry = CollectionEntry<'cases'>;
export type StoryEntry = CollectionEntry<'stories'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type EntityEntry = CollectionEntry<'entities'>;

export interface EventView {
  id: string;
  data: CollectionEntry<'events'>['data'];
  caseId: string;
  when: ParsedDate;
  sourceIds: string[];
}

export interface FigureView {
  id: string;
  data: CollectionEntry<'figures'>['data'];
  caseId: string;
  sourceIds: string[];
  /** Stated and computed values; `value` is what a reader is shown. */
  computed: FigureValue;
  /** Whether the value shown is approximate: stated with 约, or computed from such a value. */
  approx: boolean;
}

export interface ContentIndex {
  cases: CaseEntry[];
  caseById: Map<string, CaseEntry>;
  stories: StoryEntry[];
  sources: SourceEntry[];
  sourceById: Map<string, SourceEntry>;
  /** Every entity, in file order. */
  entities: EntityEntry[];
  entityById: Map<string, EntityEntry>;
  /** The organisations whose `parent` each entity is. */
  childrenOf: Map<string, string[]>;
  /** For each party to a case: its cases, and the events and figures of them that concern it (lib/linkParties.ts). */
  partyLinks: Map<string, PartyLinks>;
  /** For each event and figure: the parties it concerns. */
  partiesOf: Map<string, string[]>;
  /** Each case's response clock (lib/deriveResponseTimes.ts), in case order. */
  responseTimes: ResponseTime[];
  responseByCase: Map<string, ResponseTime>;
  events: EventView[];
  eventById: Map<string, EventView>;
  eventsByCase: Map<string, EventView[]>;
  figures: FigureView[];
  figureById: Map<string, FigureView>;
  figuresByCase: Map<string, FigureView[]>;
  /** Where each event and figure stands in the sorted lists (to sort a subset without scanning). */
  positionOf: Map<string, number>;
  /** Every year a case, story or source falls in, newest first (the search filter's choices). */
  years: number[];
  /** For each source: the pages and records that cite it. */
  citedBy: Map<string, { cases: Set<string>; stories: Set<string>; events: Set<string>; figures: Set<string> }>;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Events sort by dateSortKey (a month after its dated days); within one day an event without a
 * time sorts after every HH:MM of that day (it is known to have happened that day, not at its start).
 */
const UNTIMED = '24:00';

let cached: Promise<ContentIndex> | undefined;

/**
 * All collections, sorted, cross-indexed and with derived figures computed, built once per
 * build and shared by every page: a page that looks up its case's events does a map lookup,
 * not a scan of every event (which would make the build quadratic in the number of cases).
 */
export function getContentIndex(): Promise<ContentIndex> {
  cached ??= build();
  return cached;
}

async function build(): Promise<ContentIndex> {
  const [cases, stories, sources, events, figures, entities] = await Promise.all([
    getCollection('cases'),
    getCollection('stories'),
    getCollection('sources'),
    getCollection('events'),
    getCollection('figures'),
    getCollection('entities'),
  ]);
  cases.sort((a, b) => a.data.period.start.localeCompare(b.data.period.start) || a.id.localeCompare(b.id));
  stories.sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
  sources.sort((a, b) => a.data.published.localeCompare(b.data.published) || a.id.localeCompare(b.id));

  const eventViews: EventView[] = events
    .map((e) => ({
      id: e.id,
      data: e.data,
      caseId: e.data.case.id,
      when: requireDate(e.data.date),
      sourceIds: e.data.sources.map((s) => s.id),
    }))
    .sort((a, b) => dateSortKey(a.when) - dateSortKey(b.when) || (a.data.time ?? UNTIMED).localeCompare(b.data.time ?? UNTIMED) || a.id.localeCompare(b.id));

  const values = computeFigureValues(
    figures.map((f) => ({
      id: f.id,
      value: f.data.value,
      derivation: f.data.derivation && { ...f.data.derivation, of: f.data.derivation.of.map((r) => r.id) },
    })),
  );
  const figureById = new Map(figures.map((f) => [f.id, f]));
  const approxOf = (id: string, seen: ReadonlySet<string>): boolean => {
    const f = figureById.get(id);
    if (!f || seen.has(id)) return false;
    if (!f.data.derivation) return f.data.approx;
    return f.data.derivation.of.some((input) => approxOf(input.id, new Set([...seen, id])));
  };
  const figureViews: FigureView[] = figures
    .map((f) => ({
      id: f.id,
      data: f.data,
      caseId: f.data.case.id,
      sourceIds: f.data.sources.map((s) => s.id),
      computed: values.get(f.id) as FigureValue,
      approx: approxOf(f.id, new Set()),
    }))
    .sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));

  const citedBy: ContentIndex['citedBy'] = new Map(
    sources.map((s) => [s.id, { cases: new Set(), stories: new Set(), events: new Set(), figures: new Set() }]),
  );
  const cite = (sourceId: string, kind: 'cases' | 'stories' | 'events' | 'figures', id: string) =>
    citedBy.get(sourceId)?.[kind].add(id);
  for (const c of cases) {
    for (const s of [...c.data.sources, ...c.data.response.sources]) cite(s.id, 'cases', c.id);
    for (const citation of findCitations(c.body ?? '')) citation.ids.forEach((id) => cite(id, 'cases', c.id));
  }
  for (const s of stories) {
    for (const citation of findCitations(s.body ?? '')) citation.ids.forEach((id) => cite(id, 'stories', s.id));
  }
  for (const e of eventViews) e.sourceIds.forEach((id) => cite(id, 'events', e.id));
  for (const f of figureViews) f.sourceIds.forEach((id) => cite(id, 'figures', f.id));

  const links = linkParties({
    cases: cases.map((c) => ({ id: c.id, parties: c.data.parties.map((p) => p.id) })),
    events: eventViews.map((e) => ({ id: e.id, caseId: e.caseId, text: `${e.data.title}\n${e.data.summary ?? ''}`, parties: e.data.parties.map((p) => p.id) })),
    figures: figureViews.map((f) => ({ id: f.id, caseId: f.caseId, text: f.data.label, parties: f.data.parties.map((p) => p.id) })),
    entities: entities.map((e) => ({ id: e.id, name: e.data.name, aliases: e.data.aliases })),
  });
  const childrenOf = new Map<string, string[]>();
  for (const e of entities) if (e.data.parent) childrenOf.set(e.data.parent.id, [...(childrenOf.get(e.data.parent.id) ?? []), e.id]);
  const responseTimes = deriveResponseTimes(
    cases.map((c) => ({ id: c.id, status: c.data.status, responseDate: c.data.response.date, responseFound: c.data.response.found, clock: c.data.clock })),
    eventViews.map((e) => ({ id: e.id, caseId: e.caseId, kind: e.data.kind, date: e.data.date, private: e.data.private })),
  );

  return {
    cases,
    caseById: new Map(cases.map((c) => [c.id, c])),
    stories,
    sources,
    sourceById: new Map(sources.map((s) => [s.id, s])),
    entities,
    entityById: new Map(entities.map((e) => [e.id, e])),
    childrenOf,
    partyLinks: links.byParty,
    partiesOf: links.byRecord,
    responseTimes,
    responseByCase: new Map(responseTimes.map((r) => [r.caseId, r])),
    events: eventViews,
    eventById: new Map(eventViews.map((e) => [e.id, e])),
    eventsByCase: groupBy(eventViews, (e) => e.caseId),
    figures: figureViews,
    figureById: new Map(figureViews.map((f) => [f.id, f])),
    figuresByCase: groupBy(figureViews, (f) => f.caseId),
    positionOf: new Map([...eventViews, ...figureViews].map((item, i) => [item.id, i])),
    years: [
      ...new Set([
        ...cases.flatMap((c) => yearsBetween(c.data.period.start, c.data.period.end)),
        ...stories.map((s) => requireDate(s.data.published).year),
        ...sources.map((s) => requireDate(s.data.published).year),
      ]),
    ].sort((a, b) => b - a),
    citedBy,
  };
}
