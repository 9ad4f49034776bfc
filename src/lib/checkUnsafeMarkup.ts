import type { ContentProblem } from './contentProblem';
import { matchProseRules, type ProseRule } from './matchProseRules';

/** What may not reach a page from the prose, each with what to say to the author. */
const RULES: ProseRule[] = [
  { pattern: /<\s*script\b/gi, message: () => 'raw <script> is not allowed in the prose' },
  {
    pattern: /<[a-z][\w.-]*\b[^>]*?\son[a-z]+\s*=/gi,
    message: (match) => `the event attribute "${(/\son[a-z]+/i.exec(match)?.[0] ?? 'on…').trim()}=" is not allowed in the prose`,
  },
  { pattern: /javascript\s*:/gi, message: () => 'a "javascript:" link is not allowed in the prose' },
];

/**
 * Markdown passes raw HTML through to the page, so a case or story could carry a script, an
 * `onerror=` handler or a `javascript:` link into the HTML (where only the security policy
 * would stop it). The prose is words, links and citations: any of these stops the build,
 * named by file and line. `bodyLine` is the file's line where `body` starts.
 */
export function checkUnsafeMarkup(file: string, body: string, bodyLine: number): ContentProblem[] {
  return matchProseRules(file, body, bodyLine, RULES);
}
