import { describe, expect, it } from 'vitest';
import { HAN_SEPARATOR as S } from '../../lib/separateHanCharacters';
import { readSearchLexicon } from '../../search/readSearchLexicon';
import { buildResultView, type Excerpt, type IndexedPage } from './buildResultView';
import { planQuery } from './planQuery';

/** Builds a fragment the way Pagefind stores an indexed page: one word per Chinese character, U+200B between words. */
function page(blocks: { text: string; anchor?: { element: string; id: string; title?: string } }[]): IndexedPage {
  const words: string[] = [];
  const anchors: IndexedPage['anchors'] = [];
  for (const block of blocks) {
    if (block.anchor) anchors.push({ ...block.anchor, text: [...block.text].join(S), location: words.length });
    const pieces = block.text.match(/\p{Script=Han}|[^\p{Script=Han}\s]+/gu) ?? [];
    pieces.forEach((piece) => words.push(`${piece} `));
    words.push('. ');
  }
  const raw = words.join('\u200B');
  return {
    url: '/cases/fridge/',
    raw_content: raw,
    content: raw.replace(/\u200B/g, ''),
    meta: { title: `冰${S}箱${S}订${S}单`, date: '2025-11-14' },
    filters: { type: ['案件'], line: ['家电'] },
    anchors,
  };
}

const fold = (text: string) => text.toLowerCase();
const lexicon = readSearchLexicon({ words: ['系统配置错误', '双十一'], synonyms: [['砍单', '取消订单', '被取消']] });
const words = (q: string) => planQuery(q, lexicon).words;
/** An excerpt written as text, with its marked pieces in [brackets]. */
const show = (excerpt: Excerpt) => excerpt.map((p) => (p.marked ? `[${p.text}]` : p.text)).join('');

describe('buildResultView', () => {
  const fridge = page([
    { text: '消费者以11.11元抢到冰箱' },
    { text: '经过', anchor: { element: 'h2', id: 'what-happened' } },
    { text: '订单以系统配置错误为由被取消，冰和箱都没有发出' },
    { text: '订单被取消', anchor: { element: 'li', id: 'fridge-cancelled', title: '订单被取消' } },
    { text: '小米称系统配置错误' },
    { text: '双十一', anchor: { element: 'ul', id: 'search-terms' } },
  ]);

  it('shows the title without the index separators, the type, the date and the lines', () => {
    const view = buildResultView(fridge, words('冰箱'), fold);
    expect(view).toMatchObject({ title: '冰箱订单', type: '案件', date: '2025年11月14日', lines: ['家电'] });
  });

  it('marks the words as written, not their characters apart', () => {
    const excerpt = show(buildResultView(fridge, words('冰箱'), fold).excerpt);
    expect(excerpt).toContain('[冰箱]');
    expect(excerpt).not.toContain('[冰]');
    expect(excerpt).toContain('11.11元');
  });

  it('lists the sections that hold the words, linking to their anchors with the words to mark', () => {
    const view = buildResultView(fridge, words('系统配置错误'), fold);
    expect(view.sections.map((s) => [s.title, s.url])).toEqual([
      ['经过', '/cases/fridge/?hl=%E7%B3%BB%E7%BB%9F%E9%85%8D%E7%BD%AE%E9%94%99%E8%AF%AF#what-happened'],
      ['订单被取消', '/cases/fridge/?hl=%E7%B3%BB%E7%BB%9F%E9%85%8D%E7%BD%AE%E9%94%99%E8%AF%AF#fridge-cancelled'],
    ]);
    expect(view.url).toBe('/cases/fridge/?hl=%E7%B3%BB%E7%BB%9F%E9%85%8D%E7%BD%AE%E9%94%99%E8%AF%AF');
    expect(show(view.sections[0]?.excerpt ?? [])).toContain('[系统配置错误]');
  });

  it('marks a synonym where the page uses it instead of the word searched for', () => {
    const view = buildResultView(fridge, words('砍单'), fold);
    expect(show(view.excerpt)).toContain('[被取消]');
    expect(new URL(view.url, 'https://x').searchParams.getAll('hl')).toEqual(['被取消']);
  });

  it('says which keyword matched when only the hidden search terms hold the query, and carries nothing to mark', () => {
    const view = buildResultView(fridge, words('双十一'), fold);
    expect(show(view.excerpt)).toBe('关键词：[双十一]');
    expect(view.sections).toEqual([]);
    expect(view.url).toBe('/cases/fridge/');
  });

  it('keeps the page text as text, markup characters included', () => {
    const view = buildResultView(page([{ text: 'a<b>冰箱' }]), words('冰箱'), fold);
    expect(view.excerpt).toEqual([
      { text: 'a<b>', marked: false },
      { text: '冰箱', marked: true },
      { text: '。', marked: false },
    ]);
  });
});
