import { describe, expect, it } from 'vitest';
import { packLane } from './packLane';
import type { TimelineItem } from './timelineTypes';

const item = (id: string, lane: string, start: number, end = start, span = false): TimelineItem => ({ id, lane, start, end, span });

describe('packLane', () => {
  it('takes the lane’s items in time order, then by id, and packs those in view into rows', () => {
    const items = [item('b', 'x', 10), item('a', 'x', 10), item('c', 'x', 30), item('other', 'y', 10), item('far', 'x', 500)];
    const { spans, rows } = packLane(items, 'x', (t) => t, [0, 100], { minGap: 12, maxRows: 4 });
    expect(spans.map((s) => [s.item.id, s.row])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
      ['far', undefined],
    ]);
    expect(rows).toBe(2);
  });

  it('gives a span at least 2 px and puts its dot in its middle', () => {
    const { spans } = packLane([item('m', 'x', 0, 1, true), item('n', 'x', 20, 60, true)], 'x', (t) => t, [0, 100], { minGap: 12, maxRows: 4 });
    expect(spans.map((s) => [s.from, s.to, s.at])).toEqual([
      [0, 2, 1],
      [20, 60, 40],
    ]);
  });
});
