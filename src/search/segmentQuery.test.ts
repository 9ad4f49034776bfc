import { describe, expect, it } from 'vitest';
import { normalizeQuery } from './normalizeQuery';
import { segmentQuery } from './segmentQuery';

const lexicon = new Set(['小灰熊', '小灰熊金服', '米粉专享', '系统配置错误', '雷军', 'p2p']);
const words = (query: string) => segmentQuery(normalizeQuery(query, new Map([['軍', '军'], ['華', '华']])), lexicon).map((w) => w.text);

describe('segmentQuery', () => {
  it('takes the longest word of the site lexicon first', () => {
    expect(words('小灰熊金服')).toEqual(['小灰熊金服']);
    expect(words('小灰熊')).toEqual(['小灰熊']);
    expect(words('系统配置错误')).toEqual(['系统配置错误']);
    expect(words('雷军回应')).toEqual(['雷军', '回应']);
  });

  it('keeps dictionary words whole and joins names the browser splits into characters', () => {
    expect(words('疫苗')).toEqual(['疫苗']);
    expect(words('冰箱订单')).toEqual(['冰箱', '订单']);
    expect(words('挖孔机盖')).toEqual(['挖孔机盖']);
    expect(words('林華')).toEqual(['林华']);
  });

  it('drops function characters standing alone or at the ends of a run, and keeps a query made only of them', () => {
    expect(words('小米的回应')).toEqual(['小米', '回应']);
    expect(words('小米冰箱不发货')).toEqual(['小米', '冰箱', '发货']);
    expect(words('小米和华为')).toEqual(['小米', '华为']);
    expect(words('的')).toEqual(['的']);
  });

  it('keeps a number with the units written after it, and Latin words on their own', () => {
    const parsed = segmentQuery(normalizeQuery('4000万元 SU7召回 11.11', new Map()), lexicon);
    expect(parsed.map((w) => [w.text, w.tokens, w.exact])).toEqual([
      ['4000万元', ['4000', '万', '元'], true],
      ['su7', ['su7'], false],
      ['召回', ['召', '回'], true],
      ['11.11', ['11.11'], false],
    ]);
  });

  it('lower-cases Latin, makes full-width characters half-width and ignores punctuation', () => {
    expect(words('ＴｅｃｈＮｏｄｅ，P2P！')).toEqual(['technode', 'p2p']);
    expect(words('  “冰箱”  ')).toEqual(['冰箱']);
  });

  it('treats a Chinese run as one word when the browser has no segmenter', () => {
    expect(segmentQuery('冰箱订单', new Set(), null).map((w) => w.text)).toEqual(['冰箱订单']);
  });
});
