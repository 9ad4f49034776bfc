import { SEARCH_NAMES } from '../../search/searchConfig';

/** What promoteNamedPages needs of a result: its id, and its page's index data (loaded on demand). */
export interface NamedCandidate {
  id: string;
  load(): Promise<{ meta: Record<string, string | undefined> }>;
}

/**
 * A query that is one of a page's own names (a case's short name or keyword, a source's outlet
 * or author) is a reader looking for that page: among the first `window` results, those that
 * carry the query as a name move to the front, in the order they had; the rest keep theirs.
 * Only the first `window` pages' data is read (the results shown first are read anyway), so a
 * page ranked lower stays where it is. `fold` is the query's folding (lower case, Simplified),
 * applied to both sides.
 */
export async function promoteNamedPages<T extends NamedCandidate>(ordered: readonly T[], query: string, fold: (text: string) => string, window: number): Promise<T[]> {
  const wanted = fold(query.trim());
  if (!wanted) return [...ordered];
  const head = ordered.slice(0, window);
  const named = await Promise.all(
    head.map(async (candidate) => {
      const names = (await candidate.load()).meta[SEARCH_NAMES.meta] ?? '';
      return names.split(SEARCH_NAMES.separator).some((name) => name && fold(name.trim()) === wanted);
    }),
  );
  return [...head.filter((_, i) => named[i]), ...head.filter((_, i) => !named[i]), ...ordered.slice(window)];
}
