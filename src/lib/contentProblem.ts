/** One thing wrong with the content, located well enough for an author to fix it. */
export interface ContentProblem {
  /** The file, relative to the project root (content/events/fridge.yaml). */
  file: string;
  /** The entry within the file, where the file holds several: event "fridge-order" (item 3). */
  entry?: string;
  /** The field, as a path: sources[1], derivation.of[0], period.end. */
  field?: string;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  const where = [problem.file, problem.entry, problem.field].filter(Boolean).join(' › ');
  return `${where}: ${problem.message}`;
}
