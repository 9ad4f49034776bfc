import { describe, expect, it } from 'vitest';
import { textEms } from './textEms';

describe('textEms', () => {
  it('counts CJK characters as one em and Latin letters and digits as about half', () => {
    expect(textEms('约4000万元')).toBeCloseTo(5.2);
    expect(textEms('“系统错误”')).toBe(6);
  });
});
