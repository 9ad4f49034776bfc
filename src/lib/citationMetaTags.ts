import { requireDate } from '../dates/parseDateText';
import type { CitationRecord } from './citationRecord';

/**
 * A page's bibliographic meta tags, so that Zotero's browser connector (and Google Scholar, and
 * other readers of Highwire Press tags) saves it with its title, author, dates and address:
 * Highwire Press `citation_*` and Dublin Core (`DC.*`, `DCTERMS.*`, declared by the schema links
 * the page carries). The date is the record's (the last update, the version cited); the first
 * publication is `citation_online_date` and `DCTERMS.created`. Pure.
 */
export function citationMetaTags(record: CitationRecord & { url: string }, published: string): { name: string; content: string }[] {
  const slashed = (text: string) => {
    const d = requireDate(text);
    return [d.year, d.month, d.day].filter((n) => n !== undefined).map((n) => String(n).padStart(2, '0')).join('/');
  };
  const tags = [
    { name: 'citation_title', content: record.title },
    ...record.authors.map((content) => ({ name: 'citation_author', content })),
    { name: 'citation_publication_date', content: slashed(record.issued) },
    { name: 'citation_online_date', content: slashed(published) },
    ...(record.publisher ? [{ name: 'citation_publisher', content: record.publisher }] : []),
    { name: 'citation_fulltext_html_url', content: record.url },
    { name: 'citation_language', content: record.language },
    ...(record.keywords?.length ? [{ name: 'citation_keywords', content: record.keywords.join('; ') }] : []),
    { name: 'DC.title', content: record.title },
    ...record.authors.map((content) => ({ name: 'DC.creator', content })),
    { name: 'DC.date', content: record.issued },
    { name: 'DCTERMS.created', content: published },
    { name: 'DCTERMS.modified', content: record.issued },
    ...(record.publisher ? [{ name: 'DC.publisher', content: record.publisher }] : []),
    { name: 'DC.identifier', content: record.url },
    { name: 'DC.language', content: record.language },
    { name: 'DC.type', content: 'Text' },
    ...(record.abstract ? [{ name: 'DC.description', content: record.abstract }] : []),
  ];
  return tags;
}
