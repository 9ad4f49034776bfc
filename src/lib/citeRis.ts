import { requireDate } from '../dates/parseDateText';
import type { CitationRecord } from './citationRecord';

const TYPES: Record<CitationRecord['type'], string> = { webpage: 'ELEC', 'article-newspaper': 'NEWS', legal_case: 'CASE', document: 'GEN' };

/**
 * A record as RIS (EndNote, NoteExpress and Zotero import it): one tag per line, `TY` first and
 * `ER` last, CRLF line ends as the format asks, the date as YYYY/MM/DD/ with unknown parts left
 * empty (2025/11//). Pure.
 */
export function citeRis(record: CitationRecord): string {
  const date = requireDate(record.issued);
  const two = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  const line = (tag: string, value: string | undefined) => (value ? [`${tag}  - ${value.replace(/\s*\n\s*/g, ' ')}`] : []);
  const lines = [
    ...line('TY', TYPES[record.type]),
    ...line('ID', record.id),
    ...line('TI', record.title),
    ...record.authors.flatMap((author) => line('AU', author)),
    ...line('T2', record.container),
    ...line('PB', record.publisher),
    ...line('PY', String(date.year)),
    ...line('DA', `${date.year}/${two(date.month)}/${two(date.day)}/`),
    ...line('UR', record.url),
    ...line('LA', record.language),
    ...line('AB', record.abstract),
    ...(record.keywords ?? []).flatMap((keyword) => line('KW', keyword)),
    ...line('N1', record.note),
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
