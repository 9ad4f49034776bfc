/**
 * One suggestion of the header's search dialog (/search/suggestions.json): a case by its title,
 * or a party to the cases by its name and aliases. Declared once for the build that writes the
 * file and the script that reads it.
 */
export interface SearchSuggestion {
  /** What the reader sees: the case's title, the party's name. */
  label: string;
  /** What it is: 案件, or 当事方 with the case it is in (or how many). */
  detail: string;
  /** Where it leads, as a site path without the base path: the case, or a search for the party. */
  path: string;
  /** The words it is suggested for, as written in the content (label, aliases). */
  terms: string[];
}

/** Reads the suggestions file's JSON, keeping only well-formed entries (a broken file suggests nothing). */
export function readSearchSuggestions(json: unknown): SearchSuggestion[] {
  if (!Array.isArray(json)) return [];
  return json.filter(
    (s): s is SearchSuggestion =>
      typeof s === 'object' && s !== null && typeof s.label === 'string' && typeof s.detail === 'string' && typeof s.path === 'string' && Array.isArray(s.terms) && s.terms.every((t: unknown) => typeof t === 'string'),
  );
}
