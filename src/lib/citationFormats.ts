import type { CitationRecord } from './citationRecord';
import { citeBibtex } from './citeBibtex';
import { citeCslJson } from './citeCslJson';
import { citeRis } from './citeRis';

/**
 * The citation files every case, story and source has (`<page>/citation.ris`, `.bib`, `.json`):
 * each format's file extension, media type, the label its download link carries, and its writer.
 */
export const CITATION_FORMATS = {
  ris: { type: 'application/x-research-info-systems', label: 'RIS（EndNote、NoteExpress、Zotero）', write: citeRis },
  bib: { type: 'application/x-bibtex; charset=utf-8', label: 'BibTeX', write: citeBibtex },
  json: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', label: 'CSL-JSON', write: citeCslJson },
} as const satisfies Record<string, { type: string; label: string; write: (record: CitationRecord) => string }>;

export type CitationFormat = keyof typeof CITATION_FORMATS;
