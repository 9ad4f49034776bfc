import type { ContentProblem } from './contentProblem';

/** A rule for the prose: what it matches, and what to tell the author about a match. */
export interface ProseRule {
  pattern: RegExp;
  message: (match: string) => string;
}

/**
 * Every match of every rule in a case's or story's body, as problems named by file and line
 * (`bodyLine` is the file's line where `body` starts), in the order of the lines. Patterns
 * must be global. Shared by checkUnsafeMarkup and checkMdxSyntax.
 */
export function matchProseRules(file: string, body: string, bodyLine: number, rules: readonly ProseRule[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const rule of rules) {
    for (const match of body.matchAll(rule.pattern)) {
      const line = bodyLine + body.slice(0, match.index).split('\n').length - 1;
      problems.push({ file: `${file}:${line}`, message: rule.message(match[0]) });
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file, 'en', { numeric: true }));
}
