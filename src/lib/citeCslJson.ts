import { requireDate } from '../dates/parseDateText';
import type { CitationRecord } from './citationRecord';

/** A date as CSL's date-parts, to the precision it is known: [[2025, 11]] for 2025-11. */
function dateParts(text: string): number[] {
  const date = requireDate(text);
  return [date.year, ...(date.month === undefined ? [] : [date.month]), ...(date.day === undefined ? [] : [date.day])];
}

/** A record as CSL-JSON (the array Zotero, Mendeley and citation.js import), pretty-printed. Pure. */
export function citeCslJson(record: CitationRecord): string {
  const item: Record<string, unknown> = {
    id: record.id,
    type: record.type,
    title: record.title,
    ...(record.authors.length > 0 ? { author: record.authors.map((literal) => ({ literal })) } : {}),
    ...(record.container ? { 'container-title': record.container } : {}),
    ...(record.publisher ? { publisher: record.publisher } : {}),
    issued: { 'date-parts': [dateParts(record.issued)] },
    ...(record.url ? { URL: record.url } : {}),
    language: record.language,
    ...(record.abstract ? { abstract: record.abstract } : {}),
    ...(record.keywords?.length ? { keyword: record.keywords.join(', ') } : {}),
    ...(record.note ? { note: record.note } : {}),
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}
