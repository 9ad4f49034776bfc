import { describe, expect, it } from 'vitest';
import { checkPagefindResponse } from './checkPagefindResponse';

describe('checkPagefindResponse', () => {
  it('returns an answer without errors', () => {
    const answer = { errors: [], index: { id: 1 } };
    expect(checkPagefindResponse(answer, 'start', ['index']).index.id).toBe(1);
  });

  it('throws with Pagefind’s own messages', () => {
    expect(() => checkPagefindResponse({ errors: ['bad html', 'no body'] }, 'index a.html')).toThrow('Pagefind could not index a.html: bad html; no body');
  });

  it('throws when a field the caller needs is missing', () => {
    expect(() => checkPagefindResponse({ errors: [], index: undefined }, 'start', ['index'])).toThrow('Pagefind could not start: no index in its answer');
  });
});
