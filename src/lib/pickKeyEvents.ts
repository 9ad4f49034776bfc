import { rankKeyEvents } from '../charts/rankKeyEvents';
import type { EventKind } from '../schemas/vocabulary';

interface KeyEventInput {
  id: string;
  caseId: string;
  kind: EventKind;
  /** The event's first instant (ms), for time order. */
  start: number;
  label?: string | undefined;
}

/**
 * Up to `max` key events (events with a chart label) for a share poster, in time order. Each
 * case's are taken in the order the charts name them (rankKeyEvents: what happened, how it ended,
 * Xiaomi's response …), one of every case before a second of any, the cases in the order given;
 * when more cases have key events than there is room for, cases evenly spaced through that order
 * (the first and the last among them), so that a poster covering nine years shows all of them. Pure.
 */
export function pickKeyEvents<E extends KeyEventInput>(events: readonly E[], caseOrder: readonly string[], max: number): E[] {
  const ranks = rankKeyEvents(events);
  const keyed = events.filter((e) => ranks.has(e.id));
  const withKeys = caseOrder.filter((id) => keyed.some((e) => e.caseId === id));
  const chosen =
    withKeys.length <= max || max < 2 ? withKeys.slice(0, Math.max(max, 1)) : Array.from({ length: max }, (_, i) => withKeys[Math.round((i * (withKeys.length - 1)) / (max - 1))] as string);
  const position = new Map(chosen.map((id, i) => [id, i]));
  return keyed
    .filter((e) => position.has(e.caseId))
    .sort((a, b) => (ranks.get(a.id) ?? 0) - (ranks.get(b.id) ?? 0) || (position.get(a.caseId) ?? 0) - (position.get(b.caseId) ?? 0))
    .slice(0, max)
    .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
}
