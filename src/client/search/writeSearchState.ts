import type { SearchState } from './readSearchState';

/**
 * The query string of a search, for the address bar and for sharing: only what differs from the
 * defaults, in a fixed order (`?q=冰箱&type=case&line=家电&year=2025&sort=date`). Empty for an
 * empty search.
 */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.type) params.set('type', state.type);
  if (state.line) params.set('line', state.line);
  if (state.year) params.set('year', state.year);
  if (state.sort === 'date') params.set('sort', 'date');
  const text = params.toString();
  return text ? `?${text}` : '';
}
