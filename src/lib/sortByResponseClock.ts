import type { ResponseTime } from './deriveResponseTimes';

/** Where a case sorts by its response: before the start first, then by days, then undated, then none. */
function rank(row: ResponseTime): [number, number, number] {
  const response = row.response;
  if (response?.beforeStart !== undefined) return [0, 0, 0];
  if (response?.days) return [1, response.days.min, response.days.max];
  if (row.responseStatus === 'none') return [3, 0, 0];
  return [2, 0, 0];
}

/**
 * The response-time rows in the order a reader compares them: fastest response first (a
 * statement before the problem was public comes first of all), cases with a response of unknown
 * date after those with days, and cases with no response found last; ties by case id.
 */
export function sortByResponseClock(rows: readonly ResponseTime[]): ResponseTime[] {
  return [...rows].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2] || a.caseId.localeCompare(b.caseId);
  });
}
