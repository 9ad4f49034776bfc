import { parseDateText, type ParsedDate } from '../dates/parseDateText';
import type { CaseStatus, EventKind } from '../schemas/vocabulary';

export interface ResponseTimeEvent {
  id: string;
  caseId: string;
  kind: EventKind;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
}

export interface ResponseTimeCase {
  id: string;
  status: CaseStatus;
  /** The date of Xiaomi's response as the case file gives it, if any. */
  responseDate?: string | undefined;
}

/** Days after the first report, as bounds: equal for two exact dates, apart when one is a month or year. */
export interface DayRange {
  min: number;
  max: number;
}

export interface Milestone {
  /** The event it comes from; absent when it comes from the case file. */
  eventId?: string;
  date: string;
  days: DayRange;
}

export interface ResponseTime {
  caseId: string;
  /** The first public report (the first event of kind `report`). */
  report?: { eventId: string; date: string };
  /** Xiaomi's first response: the first event of kind `response`, else the case file's response date. */
  response?: Milestone;
  /** The first ruling, regulatory action or recall. */
  outcome?: Milestone & { kind: EventKind };
  /**
   * `responded`: a dated response (an event, or the case file's date); `undated`: the case file
   * records a response but no date; `none`: the case status is 未回应.
   */
  responseStatus: 'responded' | 'undated' | 'none';
  /** `dated`: an outcome event; `undated`: the status says decided but no event dates it; `pending`: none yet. */
  outcomeStatus: 'dated' | 'undated' | 'pending';
}

export const OUTCOME_KINDS: readonly EventKind[] = ['ruling', 'regulation', 'recall'];
const DECIDED: readonly CaseStatus[] = ['已判决', '已处罚', '已了结'];
const DAY = 864e5;

function parsed(text: string): ParsedDate {
  const date = parseDateText(text);
  if (typeof date === 'string') throw new Error(date);
  return date;
}

/** Where a date sorts, as on the site's lists: a day at its start, a month or year at its end. */
function sortKey(date: ParsedDate): number {
  return date.precision === 'day' ? date.start.getTime() : date.end.getTime() - 1;
}

/** Whole days from `from` to `to`, as bounds over every day each date could be. */
function dayRange(from: ParsedDate, to: ParsedDate): DayRange {
  return {
    min: Math.round((to.start.getTime() - (from.end.getTime() - DAY)) / DAY),
    max: Math.round((to.end.getTime() - DAY - from.start.getTime()) / DAY),
  };
}

function first(events: readonly ResponseTimeEvent[], kinds: readonly EventKind[]): ResponseTimeEvent | undefined {
  return events
    .filter((event) => kinds.includes(event.kind))
    .sort((a, b) => sortKey(parsed(a.date)) - sortKey(parsed(b.date)) || a.id.localeCompare(b.id))[0];
}

/**
 * For each case, in the order given: how many days passed from the first public report to
 * Xiaomi's first response and to the first outcome (ruling, regulation or recall), derived
 * from the events. Dates known only to the month or year give a range of days, never a guess.
 * A response or outcome before the first report gives negative days. Pure.
 */
export function deriveResponseTimes(cases: readonly ResponseTimeCase[], events: readonly ResponseTimeEvent[]): ResponseTime[] {
  return cases.map((c) => {
    const own = events.filter((event) => event.caseId === c.id);
    const report = first(own, ['report']);
    const responseEvent = first(own, ['response']);
    const outcomeEvent = first(own, OUTCOME_KINDS);
    const reportDate = report && parsed(report.date);
    const result: ResponseTime = {
      caseId: c.id,
      responseStatus: 'none',
      outcomeStatus: outcomeEvent ? 'dated' : DECIDED.includes(c.status) ? 'undated' : 'pending',
    };
    if (report) result.report = { eventId: report.id, date: report.date };

    const responseDate = responseEvent?.date ?? (c.status === '未回应' ? undefined : c.responseDate);
    if (responseDate !== undefined) {
      result.responseStatus = 'responded';
      if (reportDate) {
        result.response = { date: responseDate, days: dayRange(reportDate, parsed(responseDate)) };
        if (responseEvent) result.response.eventId = responseEvent.id;
      }
    } else if (c.status !== '未回应') {
      result.responseStatus = 'undated';
    }
    if (outcomeEvent && reportDate) {
      result.outcome = { eventId: outcomeEvent.id, date: outcomeEvent.date, kind: outcomeEvent.kind, days: dayRange(reportDate, parsed(outcomeEvent.date)) };
    }
    return result;
  });
}
