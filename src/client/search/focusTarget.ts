/**
 * Where ↑/↓ move focus in a search panel, whose links (suggestions, then results) come after
 * its field: from the field, ↓ goes to the first link; from a link, ↓ to the next (staying on
 * the last) and ↑ to the previous, or back to the field from the first. `at` is the focused
 * link's index, 'field', or undefined when focus is elsewhere (then nothing moves).
 */
export function focusTarget(key: string, at: number | 'field' | undefined, links: number): number | 'field' | undefined {
  if (links === 0 || at === undefined || (key !== 'ArrowDown' && key !== 'ArrowUp')) return undefined;
  if (at === 'field') return key === 'ArrowDown' ? 0 : undefined;
  if (key === 'ArrowDown') return Math.min(at + 1, links - 1);
  return at === 0 ? 'field' : at - 1;
}
