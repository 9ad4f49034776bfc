import fs from 'node:fs';
import path from 'node:path';
import { SEARCH_TYPES } from '../../src/search/searchConfig';

/** How the synthetic site is made: page counts by type, and a seed so runs are comparable. */
export interface SyntheticSiteOptions {
  pages: number;
  seed?: number;
  /** The built site whose search page and scripts are copied in (default: `realSite`): another engine's, to compare. */
  ui?: string;
}

const LINES = ['互联网金融', '汽车', '家电', '智能硬件', '营销与公关', '资本市场'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function textOf(html: string): string {
  const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
  return main
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ')
    .replace(/\s+/g, ' ');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** What the generator made, for choosing benchmark queries: how many pages hold each word. */
export interface SyntheticSite {
  pages: number;
  /** Document frequency of every word used in the text. */
  documentFrequency: Map<string, number>;
}

/**
 * Writes a synthetic site of `pages` Chinese pages into `outDir`, shaped like this site's pages
 * (the same data-pagefind-* attributes, hidden search terms, headings and event lists with
 * ids), to measure search at a size the real site will not reach for years.
 *
 * The text is made of words, not of copied sentences, so that it has the spread of a large
 * archive rather than the repetition of a small one: the real site's text (from `realSite`, the
 * built dist/) is cut into words with Intl.Segmenter; its 300 most frequent words are the
 * everyday vocabulary every page uses (的, 小米, 用户 …), at their real frequencies; every other
 * real word (in more topics the more the real site uses it), and 20,000 invented words (two to
 * four of the 3,755 common characters of GB 2312), are spread over 100 topics. Each page has one
 * or two topics and draws a fifth of its words from them. An invented word is thus on about one
 * page in a hundred, as a case's own names and terms would be on a large site. The real site's search page and scripts are copied in, so the
 * benchmark runs the real search UI over the synthetic index.
 */
export function generateSyntheticSite(realSite: string, outDir: string, options: SyntheticSiteOptions): SyntheticSite {
  const next = random(options.seed ?? 20261122);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;

  const counts = new Map<string, number>();
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  for (const folder of ['cases', 'stories', 'sources']) {
    const dir = path.join(realSite, folder);
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir)) {
      const file = path.join(dir, entry, 'index.html');
      if (!fs.existsSync(file)) continue;
      for (const { segment, isWordLike } of segmenter.segment(textOf(fs.readFileSync(file, 'utf8')))) {
        if (isWordLike && /\p{Script=Han}/u.test(segment)) counts.set(segment, (counts.get(segment) ?? 0) + 1);
      }
    }
  }
  if (counts.size < 200) throw new Error(`too little text in ${realSite}: build the site first (npm run build)`);
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1]);
  const everyday = byFrequency.slice(0, 300);
  const everydayTotal = everyday.reduce((sum, [, n]) => sum + n, 0);
  const cumulative: number[] = [];
  everyday.reduce((sum, [, n]) => (cumulative.push(sum + n), sum + n), 0);
  const everydayWord = (): string => {
    const x = next() * everydayTotal;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return everyday[lo]?.[0] ?? '的';
  };

  // GB 2312 level 1: rows 0xB0–0xD7, 94 cells each; the last row has 89.
  const common: string[] = [];
  const decoder = new TextDecoder('gbk');
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= (row === 0xd7 ? 0xf9 : 0xfe); cell++) common.push(decoder.decode(new Uint8Array([row, cell])));
  }
  const invented = Array.from({ length: 20000 }, () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(common)).join(''));
  const TOPICS = 100;
  const topics: string[][] = Array.from({ length: TOPICS }, () => []);
  // A real word goes into more topics the more the real site uses it (at most 20); an invented one into one.
  for (const [word, count] of byFrequency.slice(300)) {
    for (let k = 0; k < Math.min(20, 1 + Math.floor(count / 4)); k++) topics[Math.floor(next() * TOPICS)]?.push(word);
  }
  invented.forEach((word, i) => topics[i % TOPICS]?.push(word));

  const documentFrequency = new Map<string, number>();
  const writePage = (pageTopics: string[][]): { text: (words: number) => string; used: Set<string> } => {
    const used = new Set<string>();
    const word = (): string => {
      const w = next() < 0.2 ? pick(pick(pageTopics)) : everydayWord();
      used.add(w);
      return w;
    };
    const text = (words: number): string => {
      let out = '';
      let sinceStop = 0;
      for (let i = 0; i < words; i++) {
        if (next() < 0.04) out += `${Math.floor(next() * 9000) + 10}${pick(['万元', '人', '辆', '台', '年', '%'])}`;
        out += word();
        sinceStop++;
        if (sinceStop > 6 && next() < 0.15) {
          out += next() < 0.6 ? '，' : '。';
          sinceStop = 0;
        }
      }
      return `${out}。`;
    };
    return { text, used };
  };

  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const ui = options.ui ?? realSite;
  fs.cpSync(path.join(ui, '_astro'), path.join(outDir, '_astro'), { recursive: true });
  fs.cpSync(path.join(ui, 'search'), path.join(outDir, 'search'), { recursive: true });

  for (let i = 0; i < options.pages; i++) {
    const kind = i % 20 === 0 ? SEARCH_TYPES.story : i % 5 === 0 ? SEARCH_TYPES.case : SEARCH_TYPES.source;
    const folder = kind === '案件' ? 'cases' : kind === '专题' ? 'stories' : 'sources';
    const slug = `page-${i}`;
    const year = 2015 + Math.floor(next() * 12);
    const date = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const lines = kind === '来源' && next() < 0.3 ? [pick(LINES), pick(LINES)] : [pick(LINES)];
    const pageTopics = next() < 0.3 ? [pick(topics), pick(topics)] : [pick(topics)];
    const { text, used } = writePage(pageTopics);
    // Lengths like the real pages: a case file ~4,000 characters, a source record ~600.
    const sections = kind === '来源' ? 1 : kind === '案件' ? 7 : 4;
    const perSection = kind === '来源' ? 150 : 260;
    const title = text(6).replace(/[。，]/g, '');
    const body = Array.from({ length: sections }, (_, s) => `<h2 id="section-${s}">${escapeHtml(text(3).replace(/[。，]/g, ''))}</h2><p>${escapeHtml(text(perSection / 2))}</p><p>${escapeHtml(text(perSection / 2))}</p>`).join('');
    const events =
      kind === '案件'
        ? `<ol class="event-list">${Array.from({ length: 8 }, (_, e) => `<li id="${slug}-event-${e}" data-pagefind-title="${escapeHtml(text(5).replace(/[。，]/g, ''))}">${escapeHtml(text(25))}</li>`).join('')}</ol>`
        : '';
    const terms = Array.from({ length: kind === '来源' ? 2 : 8 }, () => pick(pick(pageTopics)));
    terms.forEach((t) => used.add(t));
    const html = `<!doctype html><html lang="zh-CN" data-base="/"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main id="main" data-pagefind-body><article>
<h1 data-pagefind-meta="title">${escapeHtml(title)}</h1><p class="dek">${escapeHtml(text(30))}</p>${body}${events}
<div hidden data-pagefind-ignore><span data-pagefind-filter="type:${kind}"></span>${lines.map((l) => `<span data-pagefind-filter="line:${l}"></span>`).join('')}<span data-pagefind-filter="year:${year}"></span><span data-pagefind-meta="date:${date}" data-pagefind-sort="date:${date}"></span></div>
<ul id="search-terms" hidden data-search-terms data-pagefind-weight="2">${terms.map((t) => `<li>${t}</li>`).join('')}</ul>
</article></main></body></html>`;
    for (const w of used) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
    fs.mkdirSync(path.join(outDir, folder, slug), { recursive: true });
    fs.writeFileSync(path.join(outDir, folder, slug, 'index.html'), html);
  }
  return { pages: options.pages, documentFrequency };
}
