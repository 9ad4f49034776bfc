import { describe, expect, it } from 'vitest';
import { readSearchState } from './readSearchState';
import { writeSearchState } from './writeSearchState';

describe('search state in the address', () => {
  it('reads query, filters and order', () => {
    expect(readSearchState('?q=%E5%86%B0%E7%AE%B1&line=%E5%AE%B6%E7%94%B5&type=case&year=2025&sort=date')).toEqual({
      q: '冰箱',
      type: 'case',
      line: '家电',
      year: '2025',
      sort: 'date',
    });
  });

  it('falls back to all and relevance for values it does not know', () => {
    expect(readSearchState('?type=video&year=twenty&sort=random')).toEqual({ q: '', type: '', line: '', year: '', sort: 'relevance' });
  });

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    const state = { q: ' 小灰熊 ', type: 'story', line: '', year: '2018', sort: 'relevance' } as const;
    expect(writeSearchState(state)).toBe('?q=%E5%B0%8F%E7%81%B0%E7%86%8A&type=story&year=2018');
    expect(readSearchState(writeSearchState(state))).toEqual({ ...state, q: '小灰熊' });
    expect(writeSearchState({ q: '', type: '', line: '', year: '', sort: 'relevance' })).toBe('');
  });
});
