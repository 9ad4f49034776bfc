import { describe, expect, it } from 'vitest';
import { matchesFinderState } from './matchesFinderState';
import { readFinderState } from './readFinderState';
import { writeFinderState } from './writeFinderState';

describe('the finder state in the address', () => {
  it('reads the filters and the order', () => {
    expect(readFinderState('?outcome=ruling&line=%E6%B1%BD%E8%BD%A6&sort=money')).toEqual({ filters: { outcome: 'ruling', line: '汽车' }, sort: 'money' });
  });
  it('defaults to the grouped list, and ignores unknown parameters and empty values', () => {
    expect(readFinderState('')).toEqual({ filters: {}, sort: 'line' });
    expect(readFinderState('?sort=price&colour=red&year=')).toEqual({ filters: {}, sort: 'line' });
  });
  it('writes the filters in the form\'s order and leaves the default order out', () => {
    expect(writeFinderState({ filters: { acted: 'court', line: '汽车' }, sort: 'line' })).toBe('?line=%E6%B1%BD%E8%BD%A6&acted=court');
    expect(writeFinderState({ filters: {}, sort: 'response' })).toBe('?sort=response');
    expect(writeFinderState({ filters: {}, sort: 'line' })).toBe('');
  });
  it('reads back what it writes', () => {
    const state = { filters: { year: '2025', status: '已判决', money: 'yes' }, sort: 'date' as const };
    expect(readFinderState(writeFinderState(state))).toEqual(state);
  });
});

describe('matchesFinderState', () => {
  const values = { line: ['汽车'], year: ['2024', '2025'], status: ['已判决'], outcome: ['ruling', 'compensation'], money: ['yes'], acted: ['court'] };
  it('passes a case that holds every filtered value', () => {
    expect(matchesFinderState(values, { filters: {}, sort: 'line' })).toBe(true);
    expect(matchesFinderState(values, { filters: { year: '2024', outcome: 'compensation', acted: 'court' }, sort: 'date' })).toBe(true);
  });
  it('drops a case that lacks one', () => {
    expect(matchesFinderState(values, { filters: { year: '2024', outcome: 'recall' }, sort: 'line' })).toBe(false);
    expect(matchesFinderState(values, { filters: { line: '家电' }, sort: 'line' })).toBe(false);
  });
});
