/**
 * The anchor of each of a page's corrections, in the order given: `correction-<date>`, and
 * `correction-<date>-2`, `-3`… for a second and third correction of the same day (in the
 * order they are listed in the content). The page's list and its feed's entries use them, so
 * a feed entry links to the correction it announces and its id never changes.
 */
export function correctionAnchors(corrections: readonly { date: string }[]): string[] {
  const seen = new Map<string, number>();
  return corrections.map(({ date }) => {
    const n = (seen.get(date) ?? 0) + 1;
    seen.set(date, n);
    return n === 1 ? `correction-${date}` : `correction-${date}-${n}`;
  });
}
