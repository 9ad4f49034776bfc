import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';

export interface ParsedCitation {
  type: string;
  title: string;
  authors: string[];
  issued: number[];
  url?: string;
}

/**
 * Reads a citation file back with citation.js, an independent RIS, BibTeX and CSL-JSON reader
 * (the formats EndNote, NoteExpress and Zotero import), and returns what a reference manager
 * would keep: the item's type, title, authors, date parts and address. Throws if the file holds
 * anything but exactly one item.
 */
export function parseCitation(text: string, format: 'ris' | 'bib' | 'json'): ParsedCitation {
  const items = new Cite(text, format === 'json' ? {} : { forceType: format === 'ris' ? '@ris/file' : '@biblatex/text' }).data as Record<string, unknown>[];
  if (items.length !== 1) throw new Error(`expected one item, got ${items.length}`);
  type Name = { literal?: string; family?: string; given?: string };
  const item = items[0] as { type: string; title: string; author?: Name[]; reporter?: Name[] | string; issued?: { 'date-parts'?: number[][] }; URL?: string };
  const parsed: ParsedCitation = {
    type: item.type,
    title: item.title,
    // The RIS specification names a newspaper article's AU its reporter, and citation.js follows it.
    authors: (item.author ?? (typeof item.reporter === 'string' ? [{ literal: item.reporter }] : item.reporter) ?? []).map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join('')),
    issued: item.issued?.['date-parts']?.[0] ?? [],
  };
  if (item.URL) parsed.url = item.URL;
  return parsed;
}
