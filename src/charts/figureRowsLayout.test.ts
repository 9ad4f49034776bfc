import { describe, expect, it } from 'vitest';
import { figureRowsLayout } from './figureRowsLayout';

const margin = { top: 0, right: 100, bottom: 20, left: 0 };

describe('figureRowsLayout', () => {
  it('draws close values on a linear scale from zero', () => {
    const g = figureRowsLayout(
      [
        {
          key: 'CNY',
          label: '人民币',
          items: [
            { id: 'list', value: 1499 },
            { id: 'minimum', value: 500 },
            { id: 'offer', value: 30 },
          ],
        },
      ],
      { width: 300, rowHeight: 10, headerHeight: 20, margin },
    );
    expect(g.scale).toBe('linear');
    // The domain 0…1499 is niced to 0…1600: 200px for 1600.
    expect(g.rows.map((r) => [r.id, r.y, r.x0, r.x])).toEqual([
      ['list', 20, 0, 187.4],
      ['minimum', 30, 0, 62.5],
      ['offer', 40, 0, 3.8],
    ]);
    expect(g.groups).toEqual([{ key: 'CNY', label: '人民币', y: 0, height: 50 }]);
    expect(g.height).toBe(70);
    expect(g.ticks.map((t) => t.label)).toEqual(['0', '1000']);
  });

  it('switches to decades on a log scale across three orders of magnitude, group by group', () => {
    const g = figureRowsLayout(
      [
        { key: 'market-value', label: '市值', items: [{ id: 'fall', value: 5664e8, other: 5300e8 }] },
        { key: 'empty', label: '空', items: [] },
        { key: 'compensation-offered', label: '补偿', items: [{ id: 'offer', value: 30 }] },
      ],
      { width: 300, rowHeight: 10, headerHeight: 20, margin },
    );
    expect(g.scale).toBe('log');
    // Domain 10 … 1e12: eleven decades over 200px.
    expect(g.rows).toEqual([
      { id: 'fall', group: 'market-value', y: 20, x0: 0, x: 195.5, xOther: 195 },
      { id: 'offer', group: 'compensation-offered', y: 50, x0: 0, x: 8.7 },
    ]);
    expect(g.groups.map((group) => [group.key, group.y])).toEqual([
      ['market-value', 0],
      ['compensation-offered', 30],
    ]);
    // Twelve ticks 18px apart: every third one is labelled so that labels do not collide.
    expect(g.ticks.length).toBe(12);
    expect(g.ticks.filter((t) => t.label).map((t) => t.label)).toEqual(['10', '1万', '1000万', '100亿']);
  });

  it('draws a negative value at its size', () => {
    const g = figureRowsLayout([{ key: 'a', label: 'A', items: [{ id: 'fall', value: -50 }, { id: 'b', value: 100 }] }], { width: 300, rowHeight: 10, margin });
    expect(g.rows.map((r) => r.x)).toEqual([100, 200]);
  });
});

describe('figureRowsLayout at the scale of the finished site', () => {
  it('spans tens of yuan to hundreds of billions on one log axis, every mark inside the plot', () => {
    const groups = ['loss', 'compensation', 'award', 'fine', 'market'].map((key, g) => ({
      key,
      label: key,
      items: Array.from({ length: 12 }, (_, i) => ({ id: `${key}-${i}`, value: 10 ** (1 + ((g * 12 + i) % 11)) * 3 })),
    }));
    const g = figureRowsLayout(groups, { width: 720, rowHeight: 40, headerHeight: 30, margin: { top: 26, right: 16, bottom: 8, left: 8 } });
    expect(g.scale).toBe('log');
    expect(g.rows).toHaveLength(60);
    for (const row of g.rows) {
      expect(row.x).toBeGreaterThanOrEqual(g.plot.left);
      expect(row.x).toBeLessThanOrEqual(g.plot.right);
    }
    // Rows follow one another with their group headings in between.
    expect(g.height).toBe(26 + 5 * 30 + 60 * 40 + 8);
    expect(g.ticks[0]?.label).toBe('10');
    expect(g.ticks.at(-1)?.value).toBe(1e12);
  });
});
