import { FINDER_FILTERS, FINDER_SORTS, type FinderSort, type FinderState } from './finderConfig';

/**
 * The finder's state from an address's query (`?outcome=ruling&line=汽车&sort=money`): every
 * known filter with a value, and the order (`line` when absent or unknown). Unknown parameters
 * are left alone: they cannot match anything. Pure.
 */
export function readFinderState(search: string): FinderState {
  const params = new URLSearchParams(search);
  const filters: FinderState['filters'] = {};
  for (const key of FINDER_FILTERS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sort = params.get('sort') ?? '';
  return { filters, sort: sort in FINDER_SORTS ? (sort as FinderSort) : 'line' };
}
