import { dateSortKey, requireDate, type ParsedDate } from '../dates/parseDateText';
import type { CaseStatus, EventKind } from '../schemas/vocabulary';

export interface ResponseTimeEvent {
  id: string;
  caseId: string;
  kind: EventKind;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** Out of public view when it happened (an order, a phone call): it cannot start the clock. */
  private?: boolean | undefined;
}

export interface ResponseTimeCase {
  id: string;
  status: CaseStatus;
  /** The date of Xiaomi's response as the case file gives it, if any. */
  responseDate?: string | undefined;
  /** False where the case file says no response was found (response.found). */
  responseFound?: boolean | undefined;
  /** Why a response or an outcome came before the problem was public, where one did. */
  clock?: { response?: string | undefined; outcome?: string | undefined } | undefined;
}

/** Days after the start, as bounds: equal for two exact dates, apart when one is a month or year. */
export interface DayRange {
  min: number;
  max: number;
}

export interface Milestone {
  /** The event it comes from; absent when it comes from the case file. */
  eventId?: string;
  date: string;
  /** Days after the start; absent when it came before the start, or there is no start. */
  days?: DayRange;
  /** It came before the problem was public, for the reason the case file gives (clock.response / clock.outcome). */
  beforeStart?: string;
}

export interface ResponseTime {
  caseId: string;
  /** When the problem became public: the first public complaint, report or incident. */
  start?: { eventId: string; date: string; kind: EventKind };
  /** Xiaomi's first response: the first event of kind `response`, else the case file's response date. */
  response?: Milestone;
  /** The first ruling, regulatory action or recall. */
  outcome?: Milestone & { kind: EventKind };
  /**
   * `responded`: a dated response (an event, or the case file's date); `undated`: the case file
   * records a response but no date; `none`: no response was found (response.found is false, or
   * the case status is 未回应).
   */
  responseStatus: 'responded' | 'undated' | 'none';
  /**
   * `dated`: an outcome event; `undated`: the status says ruled or penalised but no event dates
   * it; `settled`: the case is closed (已了结) without a ruling, penalty or recall; `pending`: none yet.
   */
  outcomeStatus: 'dated' | 'undated' | 'settled' | 'pending';
  /** What contradicts the clock: a response or an outcome before the start with no reason recorded. */
  conflicts: { milestone: 'response' | 'outcome'; eventId?: string; date: string }[];
}

/** The kinds of event that can make a problem public, and so start the clock. */
export const START_KINDS: readonly EventKind[] = ['complaint', 'report', 'incident'];
export const OUTCOME_KINDS: readonly EventKind[] = ['ruling', 'regulation', 'recall'];
/** Statuses that mean a ruling or a penalty came, whether or not an event dates it. */
const DECIDED: readonly CaseStatus[] = ['已判决', '已处罚'];
const DAY = 864e5;

/** Whole days from `from` to `to`, as bounds over every day each date could be. */
function dayRange(from: ParsedDate, to: ParsedDate): DayRange {
  return {
    min: Math.round((to.start.getTime() - (from.end.getTime() - DAY)) / DAY),
    max: Math.round((to.end.getTime() - DAY - from.start.getTime()) / DAY),
  };
}

function first(events: readonly ResponseTimeEvent[], test: (event: ResponseTimeEvent) => boolean): ResponseTimeEvent | undefined {
  return events.filter(test).sort((a, b) => dateSortKey(requireDate(a.date)) - dateSortKey(requireDate(b.date)) || a.id.localeCompare(b.id))[0];
}

/**
 * For each case, in the order given, the response clock: how many days passed from the moment
 * the problem became public (its earliest public complaint, report or incident) to Xiaomi's
 * first response and to the first outcome (ruling, regulation or recall).
 *
 * Dates known only to the month or year give a range of days, never a guess. A response answers
 * a problem that is already public, so where such a range reaches below 0 it starts at 0. A
 * milestone certainly before the start is never a negative number: with the reason the case file
 * records (a statement issued before any report, a decision published after it was made) it is
 * marked `beforeStart`; without one it is listed in `conflicts`, which the content gate reports.
 * Pure.
 */
export function deriveResponseTimes(cases: readonly ResponseTimeCase[], events: readonly ResponseTimeEvent[]): ResponseTime[] {
  const byCase = new Map<string, ResponseTimeEvent[]>();
  for (const event of events) {
    const list = byCase.get(event.caseId);
    if (list) list.push(event);
    else byCase.set(event.caseId, [event]);
  }
  return cases.map((c) => {
    const own = byCase.get(c.id) ?? [];
    const start = first(own, (e) => START_KINDS.includes(e.kind) && !e.private);
    const responseEvent = first(own, (e) => e.kind === 'response');
    const outcomeEvent = first(own, (e) => OUTCOME_KINDS.includes(e.kind));
    const startDate = start && requireDate(start.date);
    const result: ResponseTime = {
      caseId: c.id,
      responseStatus: 'none',
      outcomeStatus: outcomeEvent ? 'dated' : DECIDED.includes(c.status) ? 'undated' : c.status === '已了结' ? 'settled' : 'pending',
      conflicts: [],
    };
    if (start) result.start = { eventId: start.id, date: start.date, kind: start.kind };

    const milestone = (which: 'response' | 'outcome', date: string, eventId: string | undefined): Milestone => {
      const out: Milestone = { date };
      if (eventId !== undefined) out.eventId = eventId;
      if (!startDate) return out;
      const range = dayRange(startDate, requireDate(date));
      const reason = c.clock?.[which];
      if (range.max >= 0) out.days = { min: Math.max(0, range.min), max: range.max };
      else if (reason !== undefined) out.beforeStart = reason;
      else result.conflicts.push(eventId === undefined ? { milestone: which, date } : { milestone: which, eventId, date });
      return out;
    };

    const silent = c.status === '未回应' || c.responseFound === false;
    const responseDate = responseEvent?.date ?? (silent ? undefined : c.responseDate);
    if (responseDate !== undefined) {
      result.responseStatus = 'responded';
      result.response = milestone('response', responseDate, responseEvent?.id);
    } else if (!silent) {
      result.responseStatus = 'undated';
    }
    if (outcomeEvent) result.outcome = { ...milestone('outcome', outcomeEvent.date, outcomeEvent.id), kind: outcomeEvent.kind };
    return result;
  });
}
