import { searchTermsOf } from '../lib/searchTermsOf';
import type { SearchSuggestion } from '../search/readSearchSuggestions';
import { getContentIndex } from './getContentIndex';

/**
 * What the header's search dialog suggests while the reader types, from the content index: every
 * case by its title, and every party to a case by its name and aliases, leading to its page
 * (/entities/<id>/), which lists its cases.
 */
export async function getSearchSuggestions(): Promise<SearchSuggestion[]> {
  const index = await getContentIndex();
  const suggestions: SearchSuggestion[] = index.cases.map((c) => ({ label: c.data.title, detail: '案件', path: `/cases/${c.id}/`, terms: [c.data.title] }));
  const casesOf = new Map<string, string[]>();
  for (const c of index.cases) for (const party of c.data.parties) casesOf.set(party.id, [...(casesOf.get(party.id) ?? []), c.id]);
  for (const [id, cases] of casesOf) {
    const entity = index.entityById.get(id);
    if (!entity) continue;
    const terms = [...new Set([entity.data.name, ...[entity.data.name, ...entity.data.aliases].flatMap(searchTermsOf)])];
    const [only] = cases;
    const single = cases.length === 1 && only !== undefined ? index.caseById.get(only) : undefined;
    const detail = single ? `当事方 · ${single.data.title}` : `当事方 · ${cases.length}个案件`;
    suggestions.push({ label: entity.data.name, detail, path: `/entities/${id}/`, terms });
  }
  return suggestions;
}
