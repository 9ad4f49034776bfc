import { describe, expect, it } from 'vitest';
import { buildDay } from './buildDay';

describe('buildDay', () => {
  it("gives Beijing's day as YYYY-MM-DD, which is the next day from 16:00 UTC", () => {
    expect(buildDay(new Date('2026-12-02T15:59:59Z'))).toBe('2026-12-02');
    expect(buildDay(new Date('2026-12-02T16:00:00Z'))).toBe('2026-12-03');
    expect(buildDay(new Date('2026-01-09T00:00:00Z'))).toBe('2026-01-09');
  });
});
