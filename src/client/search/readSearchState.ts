import { SEARCH_TYPES, type SearchTypeKey } from '../../search/searchConfig';

/** What a search is: the query, its filters and its order. It lives in the address of /search/. */
export interface SearchState {
  q: string;
  /** Content type: '' for all. */
  type: '' | SearchTypeKey;
  /** 业务线, as the site names it (互联网金融, 家电 …): '' for all. */
  line: string;
  /** A calendar year ('2025'): '' for all. */
  year: string;
  sort: 'relevance' | 'date';
}

const TYPES = new Set(Object.keys(SEARCH_TYPES));

/**
 * Reads a search from an address's query string: `?q=冰箱&line=家电&type=case&year=2025&sort=date`.
 * Unknown or malformed values fall back to "all" / relevance rather than failing.
 */
export function readSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const type = params.get('type') ?? '';
  const year = params.get('year') ?? '';
  return {
    q: (params.get('q') ?? '').slice(0, 100),
    type: TYPES.has(type) ? (type as SearchState['type']) : '',
    line: (params.get('line') ?? '').trim(),
    year: /^\d{4}$/.test(year) ? year : '',
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}
