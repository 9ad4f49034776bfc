import { FINDER_FILTERS, type FinderState } from './finderConfig';

/** The address query for a finder state, filters in the form's order, `sort` last and left out when it is the default. Pure. */
export function writeFinderState(state: FinderState): string {
  const params = new URLSearchParams();
  for (const key of FINDER_FILTERS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== 'line') params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}
