import { describe, expect, it } from 'vitest';
import { createSearchSequence } from './createSearchSequence';

describe('createSearchSequence', () => {
  it('aborts the search before when a new one begins, and only that one', () => {
    const sequence = createSearchSequence();
    const first = sequence.begin();
    expect(first.aborted).toBe(false);
    const second = sequence.begin();
    expect(first.aborted).toBe(true);
    expect((first.reason as DOMException).name).toBe('AbortError');
    expect(second.aborted).toBe(false);
    const third = sequence.begin();
    expect(second.aborted).toBe(true);
    expect(third.aborted).toBe(false);
  });
});
