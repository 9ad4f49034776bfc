import { formatDate } from '../../lib/formatDate';
import { HAN_SEPARATOR } from '../../lib/separateHanCharacters';
import { HIGHLIGHT_PARAM, SEARCH_CONFIG } from '../../search/searchConfig';
import type { PlannedWord } from './planQuery';

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

/** Text to show, in pieces: those holding a query's word are `marked`. Plain text, never HTML. */
export type Excerpt = { text: string; marked: boolean }[];

export interface ResultView {
  /** The page's address, carrying the words found on it so that the page marks them (HIGHLIGHT_PARAM). */
  url: string;
  title: string;
  /** 案件, 专题, 来源 (or '' for other pages). */
  type: string;
  /** The date as readers write it ("2025年11月14日"), or ''. */
  date: string;
  lines: string[];
  /** Page text around the query's words, or `关键词：…` for a page found only by its hidden search terms. */
  excerpt: Excerpt;
  /** Sections (headings, events, figures) that contain the query's words, each linking to its anchor. */
  sections: { title: string; url: string; excerpt: Excerpt }[];
}

const HAN_OR_WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2018-\u201f\u2026]/u;
const { excerptLength: EXCERPT_LENGTH, excerptLead: EXCERPT_LEAD, maxSections: MAX_SECTIONS, maxHighlights: MAX_HIGHLIGHTS } = SEARCH_CONFIG;
/** The id of the hidden list of search terms (SearchFacets.astro): matched, never quoted. */
const TERMS_ANCHOR = 'search-terms';

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

/** Where each query word (any of its forms) occurs in `folded` (the text lower-cased and Simplified). */
function findWords(folded: string, words: readonly PlannedWord[], fold: (text: string) => string): { word: number; start: number; end: number }[] {
  const hits: { word: number; start: number; end: number }[] = [];
  words.forEach((word, index) => {
    for (const text of new Set(word.forms.map((form) => fold(form.text)))) {
      if (!text) continue;
      let at = folded.indexOf(text);
      let count = 0;
      while (at >= 0 && count < 500) {
        hits.push({ word: index, start: at, end: at + text.length });
        at = folded.indexOf(text, at + text.length);
        count++;
      }
    }
  });
  // Where forms overlap (小米汽车, 小米汽车科技), the longer is marked.
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The best stretch of `text` between `from` and `to` to show: the one that holds the most of
 * the query's different words, then the most occurrences; with those occurrences marked.
 */
function excerptOf(text: string, hits: readonly { word: number; start: number; end: number }[], from: number, to: number): Excerpt {
  const inside = hits.filter((h) => h.start >= from && h.end <= to);
  let start = from;
  let best = -1;
  for (const hit of inside) {
    const windowStart = Math.max(from, Math.min(hit.start - EXCERPT_LEAD, to - EXCERPT_LENGTH));
    const windowEnd = windowStart + EXCERPT_LENGTH;
    const covered = inside.filter((h) => h.start >= windowStart && h.end <= windowEnd);
    const score = new Set(covered.map((h) => h.word)).size * 1000 + covered.length;
    if (score > best) {
      best = score;
      start = windowStart;
    }
  }
  const end = Math.min(to, start + EXCERPT_LENGTH);
  const pieces: Excerpt = [];
  const plain = (piece: string): void => {
    const last = pieces[pieces.length - 1];
    if (last && !last.marked) last.text += piece;
    else if (piece) pieces.push({ text: piece, marked: false });
  };
  if (start > from) plain('…');
  let at = start;
  for (const hit of inside) {
    if (hit.start < at || hit.end > end) continue;
    plain(text.slice(at, hit.start));
    pieces.push({ text: text.slice(hit.start, hit.end), marked: true });
    at = hit.end;
  }
  plain(text.slice(at, end));
  if (end < to) plain('…');
  return pieces;
}

/** A page's address with the words to mark on it (`?hl=冰箱&hl=取消订单`), before its anchor. */
function withHighlights(url: string, words: readonly string[], anchor = ''): string {
  const query = words.length > 0 ? `?${new URLSearchParams(words.map((w) => [HIGHLIGHT_PARAM, w]))}` : '';
  return `${url}${query}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}

/**
 * What a search result shows, built from the indexed page and the query's words: title, type,
 * date, an excerpt around the words (any of their forms, marked as written, not character by
 * character), and the sections of the page that hold them, each linking to its anchor. The
 * links carry the words as the page writes them, so the page marks them (highlightWords).
 * `fold` spells a text as queries are spelled (lower case, Simplified) without changing its
 * length, so the words are found in the page's text at the places they are shown.
 */
export function buildResultView(page: IndexedPage, words: readonly PlannedWord[], fold: (text: string) => string): ResultView {
  const { text, starts } = readableText(page);
  const folded = fold(text);
  const hits = findWords(folded, words, fold);
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
  const excerpt: Excerpt =
    quotable.length === 0 && keywords.size > 0
      ? [{ text: '关键词：', marked: false }, ...[...keywords.values()].flatMap((w, i) => [...(i > 0 ? [{ text: '、', marked: false }] : []), { text: w, marked: true }])]
      : excerptOf(text, quotable, 0, terms && quotable.length === 0 ? terms.from : text.length);
  const highlights = [...new Set(quotable.map((h) => text.slice(h.start, h.end)))].slice(0, MAX_HIGHLIGHTS);

  const date = page.meta['date'] ?? '';
  return {
    url: withHighlights(page.url, highlights),
    title: unseparate(page.meta['title'] ?? page.url),
    type: page.filters['type']?.[0] ?? '',
    date: date ? formatDate(date) : '',
    lines: page.filters['line'] ?? [],
    excerpt,
    sections: shown.map(({ r }) => ({
      title: unseparate(r.anchor.title ?? r.anchor.text ?? '').trim(),
      url: withHighlights(page.url, highlights, r.anchor.id),
      excerpt: excerptOf(text, quotable, r.from, r.to),
    })),
  };
}
