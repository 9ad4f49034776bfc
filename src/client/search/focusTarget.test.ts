import { describe, expect, it } from 'vitest';
import { focusTarget } from './focusTarget';

describe('focusTarget', () => {
  it('goes from the field to the first link with ↓, and nowhere with ↑', () => {
    expect(focusTarget('ArrowDown', 'field', 3)).toBe(0);
    expect(focusTarget('ArrowUp', 'field', 3)).toBeUndefined();
  });

  it('moves between links, stays on the last, and goes back to the field from the first', () => {
    expect(focusTarget('ArrowDown', 0, 3)).toBe(1);
    expect(focusTarget('ArrowDown', 2, 3)).toBe(2);
    expect(focusTarget('ArrowUp', 2, 3)).toBe(1);
    expect(focusTarget('ArrowUp', 0, 3)).toBe('field');
  });

  it('does nothing without links, for other keys, or when focus is elsewhere', () => {
    expect(focusTarget('ArrowDown', 'field', 0)).toBeUndefined();
    expect(focusTarget('Enter', 1, 3)).toBeUndefined();
    expect(focusTarget('ArrowDown', undefined, 3)).toBeUndefined();
  });
});
