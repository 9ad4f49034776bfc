import { isCertainlyBefore, requireDate } from '../dates/parseDateText';
import type { ContentProblem } from './contentProblem';
import { describeEntry } from './describeEntry';
import type { ContentGraph, GraphEntry } from './loadContentGraph';

/**
 * A source can only support what had happened when it was published. An event, a stated (not
 * derived) figure and a case's dated response may not cite a
 * source published before their date, compared at the coarser of the two precisions: a source
 * of 2025-06 may support an event of 2025-06-25, but not one of 2025-07. (The versions of a
 * dispute are not checked: a version may be about an earlier fact, such as where a crash
 * happened, that a later event disputes.) Returns every problem.
 */
export function checkCitationDates(graph: ContentGraph): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const published = new Map(graph.sources.map((s) => [s.id, s.data.published]));
  const check = (entry: GraphEntry<unknown>, what: string, date: string, field: string, ids: readonly string[]) => {
    const when = requireDate(date);
    ids.forEach((id, i) => {
      const text = published.get(id);
      if (text === undefined) return; // an unknown source is reported by checkContentGraph
      if (isCertainlyBefore(requireDate(text), when)) {
        const entryName = describeEntry(entry);
        problems.push({
          file: entry.file,
          ...(entryName === undefined ? {} : { entry: entryName }),
          field: `${field}[${i}]`,
          message: `cites "${id}", published ${text}, before the ${what} it supports (${date}): cite a source published after it`,
        });
      }
    });
  };
  for (const entry of graph.events) {
    check(entry, 'event', entry.data.date, 'sources', entry.data.sources);
  }
  for (const entry of graph.figures) {
    if (entry.data.derivation) continue; // a derived figure cites the sources of its inputs
    check(entry, 'figure', entry.data.date, 'sources', entry.data.sources);
  }
  for (const entry of graph.cases) {
    const { date, sources } = entry.data.response;
    if (date !== undefined) check(entry, 'response', date, 'response.sources', sources);
  }
  return problems;
}
