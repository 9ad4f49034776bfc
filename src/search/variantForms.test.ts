import { describe, expect, it } from 'vitest';
import { variantForms } from './variantForms';

describe('variantForms', () => {
  const variants = new Map([
    ['頭發', { forms: ['頭髮'], exclusive: true }],
    ['發佈', { forms: ['發布'], exclusive: false }],
  ]);

  it('is the word alone without variants (the Simplified edition)', () => {
    expect(variantForms('頭發', new Map())).toEqual(['頭發']);
  });

  it('replaces a pair the site only writes otherwise', () => {
    expect(variantForms('剪頭發', variants)).toEqual(['剪頭髮']);
  });

  it('adds a spelling the site also writes, after the word', () => {
    expect(variantForms('發佈會', variants)).toEqual(['發佈會', '發布會']);
  });
});
