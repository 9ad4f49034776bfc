import { describe, expect, it } from 'vitest';
import { eventShareText } from './eventShareText';

describe('eventShareText', () => {
  it('writes title, date and site name', () => {
    expect(eventShareText('南京法院开庭质证', '2025年9月24日', '信任账本')).toBe('南京法院开庭质证 — 2025年9月24日 — 信任账本');
  });

  it('cuts a title too long for the room beside the link, keeping date and site', () => {
    const url = `https://xinren-zhangben.example/cases/su7-ultra-carbon-hood/#${'x'.repeat(40)}`;
    const title = '标'.repeat(120);
    const text = eventShareText(title, '2025年9月24日', '信任账本', 140 - url.length - 1);
    expect([...`${text} ${url}`].length).toBe(140);
    expect(text).toMatch(/^标+… — 2025年9月24日 — 信任账本$/);
    // A title that fits is left whole.
    expect(eventShareText('短标题', '2025年', '信任账本', 40)).toBe('短标题 — 2025年 — 信任账本');
  });
});
