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

  it('draws a range for month dates, and a milestone before the start in its own slot left of 0', () => {
    const g = responseTimeLayout(
      [
        { id: 'p2p', response: { min: 0, max: 8 } },
        { id: 'band', response: 'before', outcome: { min: 2, max: 2 } },
      ],
      { width: 248, rowHeight: 10, margin, minTickSpacing: 30, beforeWidth: 48 },
    );
    // Domain 0 … 30 days over x 48 … 248 (x = 48 + 200 · log(1 + d) / log(31)); the slot before the start is centred at 24.
    expect(g.zeroX).toBe(48);
    expect(g.beforeX).toBe(24);
    expect(g.rows[0]?.response).toEqual({ x1: 48, x2: 176 });
    expect(g.rows[1]?.response).toEqual({ x1: 24, x2: 24 });
    expect(g.ticks.map((t) => t.label)).toEqual(['0', '1天', '7天', '30天']);
    expect(g.ticks.every((t) => t.days >= 0)).toBe(true);
  });

  it('has no slot before the start when no milestone needs one', () => {
    const g = responseTimeLayout([{ id: 'a', response: { min: 3, max: 3 } }], { width: 200, rowHeight: 10, margin, beforeWidth: 48 });
    expect(g.zeroX).toBe(0);
    expect(g.beforeX).toBeUndefined();
  });
});
