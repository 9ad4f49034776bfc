import { describe, expect, it } from 'vitest';
import { matchPages, type WordPages } from './matchPages';

const word = (ids: string[], counted = true): WordPages => ({ counted, pages: new Map(ids.map((id, i) => [id, 10 - i])) });

describe('matchPages', () => {
  it('matches the pages that hold every word, and only those, when there are any', () => {
    const { relaxed, pages } = matchPages([word(['a', 'b', 'c']), word(['b', 'c', 'd'])], 50, 0.5);
    expect(relaxed).toBe(false);
    expect(pages.map((p) => p.id).sort()).toEqual(['b', 'c']);
    expect(pages.every((p) => p.missing.length === 0)).toBe(true);
  });

  it('adds up the scores of the words a page holds', () => {
    const { pages } = matchPages([word(['a']), word(['a'])], 50, 0.5);
    expect(pages).toEqual([expect.objectContaining({ id: 'a', score: 20 })]);
  });

  it('when no page holds every word, matches pages holding more than half, saying which word each lacks', () => {
    // 小米 冰箱 砍单: no page has 砍单.
    const { relaxed, pages } = matchPages([word(['fridge', 'p2p', 'su7']), word(['fridge', 'story']), word([])], 50, 0.5);
    expect(relaxed).toBe(true);
    expect(pages.map((p) => [p.id, p.missing])).toEqual([['fridge', [2]]]);
  });

  it('never falls back to one word of two, nor finds anything when no word is on the site', () => {
    // 苹果 电池: 电池 is on pages, 苹果 on none.
    expect(matchPages([word([]), word(['crash'])], 50, 0.5)).toEqual({ relaxed: true, pages: [] });
    expect(matchPages([word([]), word([]), word([])], 50, 0.5).pages).toEqual([]);
  });

  it('does not count single characters towards the share', () => {
    // 电池门 → 电池 + 门 (a single character); with 苹果 missing, one counted word of two is held.
    expect(matchPages([word([]), word(['crash']), word(['crash', 'door'], false)], 50, 0.5).pages).toEqual([]);
    // 冰箱 坏: the one counted word is held.
    expect(matchPages([word(['fridge']), word(['other'], false)], 50, 0.5).pages.map((p) => p.id)).toEqual(['fridge']);
  });

  it('puts pages holding most words after the few holding every word, when asked to fill a page', () => {
    // 小米手环 睡眠 误导: a commentary holds all three; the case is about the first two.
    const words = [word(['commentary', 'band']), word(['commentary', 'band']), word(['commentary'])];
    expect(matchPages(words, 50, 0.5).pages.map((p) => p.id)).toEqual(['commentary']);
    const filled = matchPages(words, 50, 0.5, 6);
    expect(filled.relaxed).toBe(false);
    expect(filled.pages.map((p) => [p.id, p.missing])).toEqual([
      ['commentary', []],
      ['band', [2]],
    ]);
  });

  it('weighs rarer words more', () => {
    // Four words, no page has all; one page lacks a rare word, another a common one.
    const common = word(['x', 'y', 'z', 'w', 'v', 'u']);
    const rare = word(['x']);
    const { pages } = matchPages([common, rare, word(['x', 'y']), word(['y', 'x2'])], 50, 0.5);
    const weight = new Map(pages.map((p) => [p.id, p.weight]));
    expect(pages.map((p) => p.id).sort()).toEqual(['x', 'y']);
    expect(weight.get('x')).toBeGreaterThan(weight.get('y') ?? Infinity);
  });
});
