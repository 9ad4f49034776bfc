/** The precision a date is known to. */
export type DatePrecision = 'year' | 'month' | 'day';

export interface ParsedDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
  /** The first instant the date covers, in UTC. */
  start: Date;
  /** The first instant after the date, in UTC. */
  end: Date;
}

const DATE_TEXT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads a date written as YYYY, YYYY-MM or YYYY-MM-DD. Returns an explanation (a string)
 * when the text is not a real calendar date, so that callers can name the bad field.
 */
export function parseDateText(text: string): ParsedDate | string {
  const match = DATE_TEXT.exec(text);
  if (!match) return `"${text}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(match[1]);
  if (year < 1990 || year > 2100) return `"${text}": year ${year} is out of range`;
  if (match[2] === undefined) {
    return { year, precision: 'year', start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `"${text}": there is no month ${match[2]}`;
  if (match[3] === undefined) {
    return {
      year,
      month,
      precision: 'month',
      start: new Date(Date.UTC(year, month - 1, 1)),
      end: new Date(Date.UTC(year, month, 1)),
    };
  }
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return `"${text}": ${year}-${match[2]} has no day ${match[3]}`;
  return {
    year,
    month,
    day,
    precision: 'day',
    start: new Date(Date.UTC(year, month - 1, day)),
    end: new Date(Date.UTC(year, month - 1, day + 1)),
  };
}

/** Parses a date that a schema has already validated: a bad one here is a bug, so it throws. */
export function requireDate(text: string): ParsedDate {
  const date = parseDateText(text);
  if (typeof date === 'string') throw new Error(date);
  return date;
}

/**
 * Where a date sorts on the site's lists: a day at its start; a date known only to the month
 * or year after every dated day of that period ("2025年11月" after "2025年11月14日"), since it
 * is known to have happened by the period's end, not at its start.
 */
export function dateSortKey(date: ParsedDate): number {
  return date.precision === 'day' ? date.start.getTime() : date.end.getTime() - 1;
}

/**
 * Whether `earlier` certainly ends before `later` begins, compared at the coarser of the two
 * precisions: 2025-06 is before 2025-07-01, but not before 2025-06-25 (either could be first).
 */
export function isCertainlyBefore(earlier: ParsedDate, later: ParsedDate): boolean {
  return earlier.end.getTime() <= later.start.getTime();
}

/**
 * An instant written as a date text, to the given precision, in UTC as every date of the site
 * is ("2025-11-14", "2025-11", "2025"): the inverse of parseDateText for a date's start.
 */
export function dateText(instant: number, precision: DatePrecision = 'day'): string {
  const iso = new Date(instant).toISOString();
  return iso.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);
}
