import type { EventKind } from '../schemas/vocabulary';

/**
 * Which kinds of event name a case best on a crowded chart, first to last: what happened, then
 * how it ended (a ruling, a penalty, a recall), Xiaomi's response, the promise, the rest.
 */
const ORDER: readonly EventKind[] = ['incident', 'ruling', 'regulation', 'recall', 'response', 'promise', 'lawsuit', 'complaint', 'market', 'report'];

/**
 * The order in which key events (events with a chart label) get their labels when a chart has
 * room for only some: each case's key events by kind (ORDER), then date, then id; rank n is each
 * case's (n+1)th, so a chart names one event of every case before it names a second of any. The
 * order of the input does not matter, so the build and the browser rank alike. Pure.
 */
export function rankKeyEvents(events: readonly { id: string; caseId: string; kind: EventKind; start: number; label?: string | undefined }[]): Map<string, number> {
  const byCase = new Map<string, typeof events[number][]>();
  for (const event of events) {
    if (event.label === undefined) continue;
    const list = byCase.get(event.caseId) ?? [];
    list.push(event);
    byCase.set(event.caseId, list);
  }
  const ranks = new Map<string, number>();
  for (const list of byCase.values()) {
    list.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.start - b.start || a.id.localeCompare(b.id));
    list.forEach((event, rank) => ranks.set(event.id, rank));
  }
  return ranks;
}
