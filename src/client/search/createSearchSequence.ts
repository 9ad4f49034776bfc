/**
 * Keeps one search current: `begin()` aborts the signal of the search before it (a newer one
 * supersedes it: the engine stops, and nothing it found is loaded or shown) and returns the new
 * search's signal.
 */
export function createSearchSequence(): { begin(): AbortSignal } {
  let current: AbortController | undefined;
  return {
    begin() {
      current?.abort(new DOMException('a newer search began', 'AbortError'));
      current = new AbortController();
      return current.signal;
    },
  };
}
