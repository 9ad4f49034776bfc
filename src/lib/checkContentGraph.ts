import { isCertainlyBefore, requireDate } from '../dates/parseDateText';
import type { ContentProblem } from './contentProblem';
import { checkCitationDates } from './checkCitationDates';
import { checkResponseClock } from './checkResponseClock';
import { checkMdxSyntax } from './checkMdxSyntax';
import { checkUnsafeMarkup } from './checkUnsafeMarkup';
import { computeFigureValues } from './computeFigureValues';
import { findCitations } from './findCitations';
import { describeEntry } from './describeEntry';
import type { ContentGraph, GraphEntry } from './loadContentGraph';
import type { CollectionName } from '../schemas/refFactory';
import { UNITS } from '../schemas/vocabulary';

const SAME_UNIT_OPS = new Set(['sum', 'difference']);

/**
 * The rules that tie entries together: ids are unique, every reference names an entry that
 * exists, every citation in the prose names a source, derived figures can be computed and
 * agree with what sources state (or are marked disputed); then no source is cited for what
 * happened after it was published, the response clock runs forwards, and the prose carries no
 * script. Returns every problem found.
 */
export function checkContentGraph(graph: ContentGraph): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const where = (entry: GraphEntry<unknown>) => {
    const described = describeEntry(entry);
    return described === undefined ? { file: entry.file } : { file: entry.file, entry: described };
  };

  // Ids: unique within a collection; events and figures also share one anchor namespace.
  const ids = {} as Record<CollectionName, Set<string>>;
  const collections: CollectionName[] = ['cases', 'stories', 'sources', 'events', 'figures', 'entities'];
  for (const collection of collections) {
    const seen = new Map<string, GraphEntry<unknown>>();
    for (const entry of graph[collection] as GraphEntry<unknown>[]) {
      const first = seen.get(entry.id);
      if (first) {
        problems.push({ ...where(entry), field: 'id', message: `duplicate id "${entry.id}": already used in ${first.file}` });
      } else {
        seen.set(entry.id, entry);
      }
    }
    ids[collection] = new Set(seen.keys());
  }
  // An entry that failed validation has been reported already; references to it are not errors.
  for (const { collection, id } of graph.rejected) ids[collection].add(id);
  const anchors = new Map(graph.events.map((e) => [e.id, e]));
  for (const figure of graph.figures) {
    const event = anchors.get(figure.id);
    if (event) {
      problems.push({ ...where(figure), field: 'id', message: `"${figure.id}" is also an event id (${event.file}); both become page anchors` });
    }
  }

  const ref = (entry: GraphEntry<unknown>, field: string, collection: CollectionName, id: string | undefined) => {
    if (id !== undefined && !ids[collection].has(id)) {
      problems.push({ ...where(entry), field, message: `refers to "${id}", which is not in ${collection}` });
    }
  };
  const refs = (entry: GraphEntry<unknown>, field: string, collection: CollectionName, list: readonly string[]) =>
    list.forEach((id, i) => ref(entry, `${field}[${i}]`, collection, id));
  const disputeRefs = (entry: GraphEntry<unknown>, dispute: { versions: { sources: string[] }[] } | undefined) =>
    dispute?.versions.forEach((version, i) => refs(entry, `dispute.versions[${i}].sources`, 'sources', version.sources));

  for (const entry of graph.cases) {
    refs(entry, 'parties', 'entities', entry.data.parties);
    refs(entry, 'sources', 'sources', entry.data.sources);
    refs(entry, 'response.sources', 'sources', entry.data.response.sources);
    ref(entry, 'keyFigure', 'figures', entry.data.keyFigure);
    const keyFigure = graph.figures.find((f) => f.id === entry.data.keyFigure);
    if (keyFigure && keyFigure.data.case !== entry.id) {
      problems.push({ ...where(entry), field: 'keyFigure', message: `"${keyFigure.id}" belongs to case "${keyFigure.data.case}", not this one` });
    }
  }
  for (const entry of graph.stories) refs(entry, 'cases', 'cases', entry.data.cases);
  const entities = new Map(graph.entities.map((e) => [e.id, e]));
  for (const entry of graph.entities) {
    if (entry.data.outcome) refs(entry, 'outcome.sources', 'sources', entry.data.outcome.sources);
    ref(entry, 'parent', 'entities', entry.data.parent);
    // A parent chain that comes back to the entry would make its totals count themselves.
    const seen = new Set([entry.id]);
    for (let parent = entry.data.parent; parent !== undefined; parent = entities.get(parent)?.data.parent) {
      if (seen.has(parent)) {
        problems.push({ ...where(entry), field: 'parent', message: `the chain of parents comes back to "${parent}"` });
        break;
      }
      seen.add(parent);
    }
  }
  for (const entry of graph.sources) {
    ref(entry, 'via', 'sources', entry.data.via);
    const archived = entry.data.archived;
    if (archived && isCertainlyBefore(requireDate(archived.date), requireDate(entry.data.published))) {
      problems.push({ ...where(entry), field: 'archived.date', message: `${archived.date} is before the source was published (${entry.data.published}): a capture cannot be older than its page` });
    }
  }
  // A record's own parties must be parties of its case: the case page lists them, and links each.
  const caseParties = new Map(graph.cases.map((c) => [c.id, new Set(c.data.parties)]));
  const partiesOfCase = (entry: GraphEntry<{ case: string; parties: string[] }>) => {
    refs(entry, 'parties', 'entities', entry.data.parties);
    const own = caseParties.get(entry.data.case);
    entry.data.parties.forEach((id, i) => {
      if (own && ids.entities.has(id) && !own.has(id)) problems.push({ ...where(entry), field: `parties[${i}]`, message: `"${id}" is not a party of case "${entry.data.case}": add it to the case's parties first` });
    });
  };
  for (const entry of graph.events) {
    ref(entry, 'case', 'cases', entry.data.case);
    refs(entry, 'sources', 'sources', entry.data.sources);
    partiesOfCase(entry);
    disputeRefs(entry, entry.data.dispute);
  }
  for (const entry of graph.figures) {
    ref(entry, 'case', 'cases', entry.data.case);
    refs(entry, 'sources', 'sources', entry.data.sources);
    partiesOfCase(entry);
    disputeRefs(entry, entry.data.dispute);
    if (entry.data.derivation) refs(entry, 'derivation.of', 'figures', entry.data.derivation.of);
  }

  // Citations in the prose of cases and stories.
  for (const entry of [...graph.cases, ...graph.stories]) {
    for (const citation of findCitations(entry.body)) {
      for (const id of citation.ids) {
        if (!ids.sources.has(id)) {
          const line = entry.bodyLine + entry.body.slice(0, citation.index).split('\n').length - 1;
          problems.push({ file: `${entry.file}:${line}`, field: citation.marker, message: `cites "${id}", which is not in sources` });
        }
      }
    }
  }

  // Derived figures: computable, in matching units, and agreeing with any stated value.
  const figures = new Map(graph.figures.map((f) => [f.id, f]));
  const values = computeFigureValues(graph.figures.map((f) => ({ id: f.id, value: f.data.value, derivation: f.data.derivation })));
  for (const entry of graph.figures) {
    const derivation = entry.data.derivation;
    if (!derivation) continue;
    const result = values.get(entry.id);
    if (result?.error && derivation.of.every((id) => figures.has(id))) {
      problems.push({ ...where(entry), field: 'derivation', message: `cannot be computed: ${result.error}` });
    }
    if (SAME_UNIT_OPS.has(derivation.op)) {
      derivation.of.forEach((id, i) => {
        const input = figures.get(id);
        if (input && input.data.unit !== entry.data.unit) {
          problems.push({
            ...where(entry),
            field: `derivation.of[${i}]`,
            message: `"${id}" is in ${input.data.unit}, this figure in ${entry.data.unit}: a ${derivation.op} needs one unit`,
          });
        }
      });
    }
    if (derivation.op === 'percent-change' && entry.data.unit !== 'percent') {
      problems.push({ ...where(entry), field: 'unit', message: `a percent-change is in percent, not ${entry.data.unit}` });
    }
    if (result?.agrees === false && entry.data.status !== 'disputed') {
      const unit = UNITS[entry.data.unit].label;
      problems.push({
        ...where(entry),
        field: 'status',
        message: `the source states ${entry.data.value} ${unit} but the figures it is derived from give ${round(result.computed)} ${unit}: mark it "disputed" and say why in "note"`,
      });
    }
    if (entry.data.status === 'disputed' && !entry.data.note && !entry.data.dispute) {
      problems.push({ ...where(entry), field: 'note', message: 'a disputed figure needs a note or a dispute saying what is in doubt' });
    }
  }
  problems.push(...checkCitationDates(graph));
  // A rejected event may be the one that starts a clock: judge the clocks on complete content only.
  if (graph.rejected.length === 0) problems.push(...checkResponseClock(graph));
  for (const entry of [...graph.cases, ...graph.stories]) {
    problems.push(...checkUnsafeMarkup(entry.file, entry.body, entry.bodyLine), ...checkMdxSyntax(entry.file, entry.body, entry.bodyLine));
  }
  return problems;
}

function round(value: number | undefined): string {
  return value === undefined ? '?' : String(Math.round(value * 100) / 100);
}
