import { FINDER_FILTERS, type FinderFilter, type FinderState } from './finderConfig';

/** Whether a case with these values (each filter's values, as its list item carries them) passes every filter of the state. Pure. */
export function matchesFinderState(values: Readonly<Record<FinderFilter, readonly string[]>>, state: FinderState): boolean {
  return FINDER_FILTERS.every((key) => {
    const wanted = state.filters[key];
    return wanted === undefined || values[key].includes(wanted);
  });
}
