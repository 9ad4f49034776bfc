import { describe, expect, it } from 'vitest';
import { responseTimeLayout } from './responseTimeLayout';

const margin = { top: 0, right: 0, bottom: 20, left: 0 };

describe('responseTimeLayout', () => {
  it('puts day 0 at the left and spreads days on a symmetric log scale', () => {
    const g = responseTimeLayout(
      [
        { id: 'a', response: { min: 1, max: 1 }, outcome: { min: 100, max: 100 } },
        { id: 'b' },
      ],
      { width: 300, rowHeight: 10, margin, minTickSpacing: 1 },
    );
    // Domain 0 … 365 days: x = 300 · log(1 + d) / log(366).
    expect(g.zeroX).toBe(0);
    expect(g.rows).toEqual([
      { id: 'a', y: 0, response: { x1: 35.2, x2: 35.2 }, outcome: { x1: 234.6, x2: 234.6 } },
      { id: 'b', y: 10 },
    ]);
    expect(g.ticks.map((t) => [t.label, t.x])).toEqual([
      ['0', 0],
      ['1天', 35.2],
      ['7天', 105.7],
      ['30天', 174.5],
      ['90天', 229.3],
      ['1年', 300],
    ]);
    expect(g.height).toBe(40);
  });

  it('extends left of 0 for a response before the report, and draws a range for month dates', () => {
    const g = responseTimeLayout([{ id: 'p2p', response: { min: -22, max: 8 } }], { width: 200, rowHeight: 10, margin, minTickSpacing: 30 });
    // Domain −30 … 30 days, symmetric: 0 in the middle.
    expect(g.zeroX).toBe(100);
    expect(g.rows[0]?.response).toEqual({ x1: 8.7, x2: 164 });
    expect(g.ticks.map((t) => t.label)).toEqual(['前30天', '前7天', '0', '7天', '30天']);
  });
});
