/**
 * The text a page gives the search index, roughly: the content of its data-pagefind-body
 * element without scripts, styles, SVG, navigation or forms, and without tags. Used at build
 * time to count how many pages use each word; the index itself reads the HTML through Pagefind.
 */
export function readIndexedText(html: string): string {
  const body = /<(\w+)\b[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*)<\/\1>/.exec(html)?.[2] ?? '';
  return body
    .replace(/<(script|style|svg|nav|form|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
