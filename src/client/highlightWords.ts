/** Elements whose text is never marked: code, the hidden search terms, what is already marked, form fields. */
const SKIP = 'script, style, svg, template, mark, textarea, input, select, [hidden], [data-search-terms]';
/** Marks at most this many places (a common word on a long page would otherwise mark hundreds). */
const MAX_MARKS = 200;

/**
 * Marks the words a search result carried to this page (`?hl=…`, see buildResultView) in the
 * page's indexed content (`[data-pagefind-body]`, or `root`): every place where a text node
 * holds one of them, in any letter case, gets a `<mark class="search-hit">`. The longer word
 * wins where two overlap. Returns the marks, in page order.
 */
export function highlightWords(words: readonly string[], root: ParentNode = document.querySelector('[data-pagefind-body]') ?? document.body): HTMLElement[] {
  const wanted = [...new Set(words.map((w) => w.trim().toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const text = node.data;
    const lower = text.toLowerCase();
    // Lower-casing that changes a text's length (a few rare letters) would misplace the marks: match it as written.
    const haystack = lower.length === text.length ? lower : text;
    const found: { start: number; end: number }[] = [];
    for (const word of wanted) {
      for (let at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + word.length)) {
        if (!found.some((f) => at < f.end && at + word.length > f.start)) found.push({ start: at, end: at + word.length });
      }
    }
    if (found.length === 0) continue;
    found.sort((a, b) => a.start - b.start);
    const parts: Node[] = [];
    let at = 0;
    for (const { start, end } of found) {
      if (marks.length >= MAX_MARKS) break;
      if (start > at) parts.push(document.createTextNode(text.slice(at, start)));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = text.slice(start, end);
      parts.push(mark);
      marks.push(mark);
      at = end;
    }
    parts.push(document.createTextNode(text.slice(at)));
    node.replaceWith(...parts);
    if (marks.length >= MAX_MARKS) break;
  }
  return marks;
}
