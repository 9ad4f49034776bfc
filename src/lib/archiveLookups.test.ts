import { describe, expect, it } from 'vitest';
import { archiveLookups } from './archiveLookups';

describe('archiveLookups', () => {
  it('gives the Wayback Machine calendar and archive.today list of an address, without its fragment', () => {
    expect(archiveLookups('https://www.example.com/a/b.html?id=1&x=2#top')).toEqual({
      wayback: 'https://web.archive.org/web/*/https://www.example.com/a/b.html?id=1&x=2',
      archiveToday: 'https://archive.ph/https://www.example.com/a/b.html?id=1&x=2',
    });
  });
});
