import { formatDate } from '../../lib/formatDate';
import { HAN_SEPARATOR } from '../../lib/separateHanCharacters';
import type { QueryWord } from '../../search/segmentQuery';

/** The part of a Pagefind fragment (result.data()) that a result is built from. */
export interface IndexedPage {
  url: string;
  /** The indexed text, words separated by U+200B, `<` and `>` escaped. */
  raw_content?: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: { element: string; id: string; text?: string; title?: string; location: number }[];
}

export interface ResultView {
  url: string;
  title: string;
  /** 案件, 专题, 来源 (or '' for other pages). */
  type: string;
  /** The date as readers write it ("2025年11月14日"), or ''. */
  date: string;
  lines: string[];
  /** HTML: escaped text with the query's words in <mark>. */
  excerpt: string;
  /** Sections (headings, events, figures) that contain the query's words. */
  sections: { title: string; url: string; excerpt: string }[];
}

const HAN_OR_WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2018-\u201f\u2026]/u;
const EXCERPT_LENGTH = 72;
const MAX_SECTIONS = 3;
/** The id of the hidden list of search terms (SearchFacets.astro): matched, never quoted. */
const TERMS_ANCHOR = 'search-terms';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unseparate(text: string): string {
  return text.split(HAN_SEPARATOR).join('');
}

/** The page's text as readers saw it, and where each index word starts in it. */
function readableText(page: IndexedPage): { text: string; starts: number[] } {
  const raw = page.raw_content ?? page.content;
  const words = raw.split('\u200B');
  const parts: string[] = [];
  const starts: number[] = [];
  let length = 0;
  let last = '';
  let spaceBefore = false;
  for (const word of words) {
    let token = word.trim();
    if (token.includes('&')) token = token.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    // The index adds "." after each block; after Chinese text it reads as "。".
    if (token === '.' && /\p{Script=Han}/u.test(last)) token = '。';
    if (spaceBefore && length > 0 && token && !HAN_OR_WIDE.test(last) && !HAN_OR_WIDE.test(token[0] ?? '')) {
      parts.push(' ');
      length++;
    }
    starts.push(length);
    parts.push(token);
    length += token.length;
    if (token) last = token[token.length - 1] ?? '';
    spaceBefore = word.length > 0 && /\s$/.test(word);
  }
  return { text: parts.join(''), starts };
}

/** Where each query word occurs in `folded` (the text lower-cased and Simplified). */
function findWords(folded: string, words: readonly QueryWord[]): { word: number; start: number; end: number }[] {
  const hits: { word: number; start: number; end: number }[] = [];
  words.forEach((word, index) => {
    if (!word.text) return;
    let at = folded.indexOf(word.text);
    let count = 0;
    while (at >= 0 && count < 500) {
      hits.push({ word: index, start: at, end: at + word.text.length });
      at = folded.indexOf(word.text, at + word.text.length);
      count++;
    }
  });
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * The best stretch of `text` between `from` and `to` to show: the one that holds the most of
 * the query's different words, then the most occurrences; with those occurrences marked.
 */
function excerptOf(text: string, hits: readonly { word: number; start: number; end: number }[], from: number, to: number): string {
  const inside = hits.filter((h) => h.start >= from && h.end <= to);
  let start = from;
  let best = -1;
  for (const hit of inside) {
    const windowStart = Math.max(from, Math.min(hit.start - 16, to - EXCERPT_LENGTH));
    const windowEnd = windowStart + EXCERPT_LENGTH;
    const covered = inside.filter((h) => h.start >= windowStart && h.end <= windowEnd);
    const score = new Set(covered.map((h) => h.word)).size * 1000 + covered.length;
    if (score > best) {
      best = score;
      start = windowStart;
    }
  }
  const end = Math.min(to, start + EXCERPT_LENGTH);
  let html = start > from ? '…' : '';
  let at = start;
  for (const hit of inside) {
    if (hit.start < at || hit.end > end) continue;
    html += `${escapeHtml(text.slice(at, hit.start))}<mark>${escapeHtml(text.slice(hit.start, hit.end))}</mark>`;
    at = hit.end;
  }
  html += escapeHtml(text.slice(at, end));
  return html + (end < to ? '…' : '');
}

/**
 * What a search result shows, built from the indexed page and the query's words: title, type,
 * date, an excerpt around the words (marked as written, not character by character), and the
 * sections of the page that hold them, each linking to its anchor. `fold` spells a text as
 * queries are spelled (lower case, Simplified) without changing its length, so the words are
 * found in the page's text at the places they are shown.
 */
export function buildResultView(page: IndexedPage, words: readonly QueryWord[], fold: (text: string) => string): ResultView {
  const { text, starts } = readableText(page);
  const folded = fold(text);
  const hits = findWords(folded, words);
  const anchors = page.anchors
    .filter((a) => a.id === TERMS_ANCHOR || a.title || (/^h[2-6]$/i.test(a.element) && a.text))
    .sort((a, b) => a.location - b.location);
  const ranges = anchors.map((anchor, i) => ({
    anchor,
    from: starts[anchor.location] ?? text.length,
    to: starts[anchors[i + 1]?.location ?? starts.length] ?? text.length,
  }));
  const terms = ranges.find((r) => r.anchor.id === TERMS_ANCHOR);
  const quotable = hits.filter((h) => !terms || h.start < terms.from || h.end > terms.to);

  const sections = ranges
    .filter((r) => r.anchor.id !== TERMS_ANCHOR)
    .map((r) => {
      const inside = quotable.filter((h) => h.start >= r.from && h.end <= r.to);
      return { r, words: new Set(inside.map((h) => h.word)).size, count: inside.length };
    })
    .filter((s) => s.words > 0);
  const mostWords = Math.max(0, ...sections.map((s) => s.words));
  const shown = sections
    .filter((s) => s.words === mostWords)
    .sort((a, b) => b.count - a.count || a.r.from - b.r.from)
    .slice(0, MAX_SECTIONS)
    .sort((a, b) => a.r.from - b.r.from);

  // A page found only by a word of its hidden search terms says so, instead of quoting the list.
  const keywords = new Map<number, string>();
  for (const hit of terms ? hits.filter((h) => h.start >= terms.from && h.end <= terms.to) : []) {
    if (!keywords.has(hit.word)) keywords.set(hit.word, text.slice(hit.start, hit.end));
  }
  const excerpt =
    quotable.length === 0 && keywords.size > 0
      ? `关键词：${[...keywords.values()].map((w) => `<mark>${escapeHtml(w)}</mark>`).join('、')}`
      : excerptOf(text, quotable, 0, terms && quotable.length === 0 ? terms.from : text.length);

  const date = page.meta['date'] ?? '';
  return {
    url: page.url,
    title: unseparate(page.meta['title'] ?? page.url),
    type: page.filters['type']?.[0] ?? '',
    date: date ? formatDate(date) : '',
    lines: page.filters['line'] ?? [],
    excerpt,
    sections: shown.map(({ r }) => ({
      title: unseparate(r.anchor.title ?? r.anchor.text ?? '').trim(),
      url: `${page.url}#${encodeURIComponent(r.anchor.id)}`,
      excerpt: excerptOf(text, quotable, r.from, r.to),
    })),
  };
}
