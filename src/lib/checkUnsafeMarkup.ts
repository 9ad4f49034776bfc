import type { ContentProblem } from './contentProblem';

/** What may not reach a page from the prose, each with what to say to the author. */
const RULES: { pattern: RegExp; message: (match: string) => string }[] = [
  { pattern: /<\s*script\b/gi, message: () => 'raw <script> is not allowed in the prose' },
  {
    pattern: /<[a-z][\w.-]*\b[^>]*?\son[a-z]+\s*=/gi,
    message: (match) => `the event attribute "${(/\son[a-z]+/i.exec(match)?.[0] ?? 'on…').trim()}=" is not allowed in the prose`,
  },
  { pattern: /javascript\s*:/gi, message: () => 'a "javascript:" link is not allowed in the prose' },
];

/**
 * MDX passes raw HTML through to the page, so a case or story could carry a script, an
 * `onerror=` handler or a `javascript:` link into the HTML (where only the security policy
 * would stop it). The prose is words, links and citations: any of these stops the build,
 * named by file and line. `bodyLine` is the file's line where `body` starts.
 */
export function checkUnsafeMarkup(file: string, body: string, bodyLine: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const rule of RULES) {
    for (const match of body.matchAll(rule.pattern)) {
      const line = bodyLine + body.slice(0, match.index).split('\n').length - 1;
      problems.push({ file: `${file}:${line}`, message: rule.message(match[0]) });
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file, 'en', { numeric: true }));
}
