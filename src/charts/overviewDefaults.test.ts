import { describe, expect, it } from 'vitest';
import { OVERVIEW_DEFAULTS } from './overviewDefaults';

describe('OVERVIEW_DEFAULTS', () => {
  it('draws a timeline of up to 200 events in full, and names at most 48 key events on an overview', () => {
    expect(OVERVIEW_DEFAULTS).toEqual({ threshold: 200, keyEvents: 48, largestPerGroup: 6, latestCases: 12 });
  });
});
