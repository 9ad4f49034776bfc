/**
 * Checks an answer of Pagefind's Node API, which reports failure in an `errors` list rather than
 * by throwing: throws `Pagefind could not <doing>: <its messages>` when the list has any, or when
 * a field the caller needs (`required`, e.g. the new index) is missing. Returns the answer, with
 * those fields known to be there.
 */
export function checkPagefindResponse<T extends { errors: readonly string[] }, K extends keyof T = never>(
  response: T,
  doing: string,
  required: readonly K[] = [],
): T & { [P in K]-?: NonNullable<T[P]> } {
  const missing = required.filter((key) => response[key] === undefined || response[key] === null);
  if (response.errors.length > 0 || missing.length > 0) {
    const said = response.errors.length > 0 ? response.errors.join('; ') : `no ${missing.map(String).join(', ')} in its answer`;
    throw new Error(`Pagefind could not ${doing}: ${said}`);
  }
  return response as T & { [P in K]-?: NonNullable<T[P]> };
}
