import { describe, expect, it } from 'vitest';
import { HAN_SEPARATOR as S } from '../../lib/separateHanCharacters';
import { buildResultView, type IndexedPage } from './buildResultView';
import { segmentQuery } from '../../search/segmentQuery';

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
const words = (q: string) => segmentQuery(q, new Set(['系统配置错误']), null);

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
    expect(view).toMatchObject({ url: '/cases/fridge/', title: '冰箱订单', type: '案件', date: '2025年11月14日', lines: ['家电'] });
  });

  it('marks the words as written, not their characters apart', () => {
    const view = buildResultView(fridge, words('冰箱'), fold);
    expect(view.excerpt).toContain('<mark>冰箱</mark>');
    expect(view.excerpt).not.toContain('<mark>冰</mark>');
    expect(view.excerpt).toContain('11.11元');
  });

  it('lists the sections that hold the words, linking to their anchors', () => {
    const view = buildResultView(fridge, words('系统配置错误'), fold);
    expect(view.sections.map((s) => [s.title, s.url])).toEqual([
      ['经过', '/cases/fridge/#what-happened'],
      ['订单被取消', '/cases/fridge/#fridge-cancelled'],
    ]);
    expect(view.sections[0]?.excerpt).toContain('<mark>系统配置错误</mark>');
  });

  it('says which keyword matched when only the hidden search terms hold the query', () => {
    const view = buildResultView(fridge, words('双十一'), fold);
    expect(view.excerpt).toBe('关键词：<mark>双十一</mark>');
    expect(view.sections).toEqual([]);
  });

  it('escapes the page text', () => {
    const view = buildResultView(page([{ text: 'a<b>冰箱' }]), words('冰箱'), fold);
    expect(view.excerpt).toBe('a&lt;b&gt;<mark>冰箱</mark>。');
  });
});
