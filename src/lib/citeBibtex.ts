import { requireDate } from '../dates/parseDateText';
import type { CitationRecord } from './citationRecord';

const TYPES: Record<CitationRecord['type'], string> = { webpage: 'online', 'article-newspaper': 'article', legal_case: 'misc', document: 'misc' };

/** TeX's special characters escaped, so a title with 100% or A&B survives. */
const escape = (text: string) => text.replace(/[\\{}%&$#_^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '^' || c === '~' ? `\\${c}{}` : `\\${c}`));

/**
 * A record as a BibTeX entry that biblatex and BibTeX both read (Zotero and NoteExpress import
 * it): `@online` for a web page, `@article` with biblatex's `entrysubtype = {newspaper}` for a
 * newspaper article (BibTeX has no type of its own for one), `@misc` otherwise; authors
 * in double braces, so 信任账本编辑部 stays one name; the date as biblatex's `date` and as
 * BibTeX's `year` and `month`. Pure.
 */
export function citeBibtex(record: CitationRecord): string {
  const date = requireDate(record.issued);
  const field = (name: string, value: string | undefined) => (value ? [`  ${name} = {${value}}`] : []);
  const fields = [
    ...field('title', `{${escape(record.title)}}`),
    ...field('entrysubtype', record.type === 'article-newspaper' ? 'newspaper' : undefined),
    ...field('author', record.authors.map((a) => `{${escape(a)}}`).join(' and ')),
    ...field(record.type === 'article-newspaper' ? 'journal' : 'organization', record.container && escape(record.container)),
    ...field('publisher', record.publisher && escape(record.publisher)),
    ...field('date', record.issued),
    ...field('year', String(date.year)),
    ...field('month', date.month === undefined ? undefined : String(date.month)),
    ...field('url', record.url),
    ...field('langid', record.language),
    ...field('abstract', record.abstract && escape(record.abstract)),
    ...field('keywords', record.keywords?.length ? escape(record.keywords.join(', ')) : undefined),
    ...field('note', record.note && escape(record.note)),
  ];
  return `@${TYPES[record.type]}{${record.id},\n${fields.join(',\n')}\n}\n`;
}
