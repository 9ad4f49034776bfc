import { SEARCH_TYPES, type SearchTypeKey } from '../../search/searchConfig';
import type { FacetCounts, FacetKey } from './createSearchEngine';

function optionLabel(option: HTMLOptionElement): string {
  option.dataset['label'] ??= option.textContent ?? '';
  return option.dataset['label'];
}

/**
 * Writes each filter option's count of results after it ("家电（3）"), from a search's facet
 * counts (none: the plain labels), and disables options without results unless chosen.
 */
export function renderFacets(selects: readonly HTMLSelectElement[], facets: FacetCounts | undefined): void {
  for (const select of selects) {
    if (select.name === 'sort') continue;
    const counts = facets?.[select.name as FacetKey];
    for (const option of select.options) {
      if (!option.value) continue;
      const key = select.name === 'type' ? SEARCH_TYPES[option.value as SearchTypeKey] : option.value;
      const count = counts ? (counts.get(key) ?? 0) : undefined;
      option.textContent = count === undefined ? optionLabel(option) : `${optionLabel(option)}（${count}）`;
      option.disabled = count === 0 && select.value !== option.value;
    }
  }
}
