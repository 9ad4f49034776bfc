import type { ContentProblem } from './contentProblem';
import { matchProseRules, type ProseRule } from './matchProseRules';

/** MDX's own syntax, which the Markdown renderer would print as text, with what to tell the author. */
const RULES: ProseRule[] = [
  {
    pattern: /^[ \t]*(?:import|export)\b[^\n]*/gm,
    message: (match) => `"${match.trim().slice(0, 30)}": an MDX import or export is not rendered; the prose is Markdown (write the words, cite with [@source-id])`,
  },
  {
    pattern: /<\/?(?:[A-Z][\w.]*|>)/g,
    message: (match) => `"${match}": an MDX component is not rendered; the prose is Markdown (charts and tables come from the case's data)`,
  },
  {
    pattern: /[{}]/g,
    message: (match) => `"${match}": an MDX expression is not rendered; the prose is Markdown (write the value itself, or use the full-width ｛｝ in running text)`,
  },
];

/**
 * Case and story bodies are rendered as Markdown by the content layer (src/loaders/proseLoader.ts),
 * not compiled as MDX: an `import`, a `<Component>` or a `{expression}` would reach the reader as
 * literal text. Any of them stops the build, named by file and line. Code spans are skipped (the
 * prose has none, but a brace inside one is text in MDX too). `bodyLine` is the file's line where
 * `body` starts.
 */
export function checkMdxSyntax(file: string, body: string, bodyLine: number): ContentProblem[] {
  // Code spans become spaces of the same length: lines and offsets stay where they were.
  return matchProseRules(file, body.replace(/`[^`\n]*`/g, (span) => ' '.repeat(span.length)), bodyLine, RULES);
}
