import { describe, expect, it } from 'vitest';
import { barLayout } from './barLayout';

const margin = { top: 0, right: 100, bottom: 20, left: 0 };

describe('barLayout', () => {
  it('draws bars on a linear scale from zero when values are close', () => {
    const g = barLayout(
      [
        { id: 'list', value: 1499 },
        { id: 'minimum', value: 500 },
        { id: 'offer', value: 30 },
      ],
      { width: 300, rowHeight: 10, margin },
    );
    expect(g.scale).toBe('linear');
    expect(g.height).toBe(50);
    // The domain 0…1499 is niced to 0…1600: 200px for 1600.
    expect(g.bars.map((b) => b.width)).toEqual([187.4, 62.5, 3.8]);
    expect(g.bars.map((b) => b.y)).toEqual([2, 12, 22]);
    expect(g.ticks.map((t) => t.value)).toEqual([0, 500, 1000, 1500]);
  });

  it('switches to a log scale when values span three orders of magnitude', () => {
    const g = barLayout(
      [
        { id: 'market', value: 5664e8 },
        { id: 'offer', value: 30 },
      ],
      { width: 300, rowHeight: 10, margin },
    );
    expect(g.scale).toBe('log');
    // Domain 10 … 1e12: eleven decades over 200px.
    expect(g.bars.map((b) => b.width)).toEqual([195.5, 8.7]);
    expect(g.ticks.length).toBe(12);
    expect(g.ticks[0]).toEqual({ x: 0, value: 10 });
  });
});
