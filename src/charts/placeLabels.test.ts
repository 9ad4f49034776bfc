import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest } from './placeLabels';
import type { Box } from './timelineTypes';

const box = (x: number, y: number, width = 20, height = 10): Box => ({ x, y, width, height });
const bounds = box(0, 0, 200, 100);
const request = (id: string, ...candidates: LabelRequest['candidates']): LabelRequest => ({ id, candidates, bounds });
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeLabels', () => {
  it('takes the first position that is free', () => {
    const placed = placeLabels([request('a', { box: box(10, 10) }, { box: box(40, 10) })], [], { leadersAvoidObstacles: true });
    expect(placed).toEqual([{ id: 'a', box: box(10, 10), leader: undefined, candidate: 0 }]);
  });

  it('never covers a mark, an axis label or a label placed before it', () => {
    const mark = box(10, 10, 5, 5);
    const placed = placeLabels(
      [request('a', { box: box(8, 8) }, { box: box(40, 10) }), request('b', { box: box(45, 12) }, { box: box(70, 12) })],
      [mark],
      { leadersAvoidObstacles: true },
    );
    expect(placed.map((p) => [p.id, p.candidate])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
    expect(overlap(placed[0]!.box, placed[1]!.box)).toBe(false);
  });

  it('leaves out a label that has nowhere to go, and keeps inside its bounds', () => {
    const placed = placeLabels([request('a', { box: box(190, 10) }), request('b', { box: box(20, 20) })], [box(0, 0, 100, 100)], { leadersAvoidObstacles: true });
    expect(placed).toEqual([]);
  });

  it('keeps leaders off other labels and off each other', () => {
    const first = request('a', { box: box(50, 40) });
    // b's leader would pass through a's label; its second position's leader crosses nothing.
    const second = request(
      'b',
      { box: box(100, 45), leader: { x1: 20, y1: 45, x2: 100, y2: 45 } },
      { box: box(100, 70), leader: { x1: 20, y1: 75, x2: 100, y2: 75 } },
    );
    // c's first leader would cross b's (and nothing else).
    const third = request(
      'c',
      { box: box(50, 85), leader: { x1: 60, y1: 60, x2: 60, y2: 85 } },
      { box: box(130, 85), leader: { x1: 120, y1: 95, x2: 130, y2: 90 } },
    );
    const placed = placeLabels([first, second, third], [], { leadersAvoidObstacles: true });
    expect(placed.map((p) => [p.id, p.candidate])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 1],
    ]);
  });

  it('lets a leader cross marks only when told to, and its own mark always', () => {
    const own = box(0, 40, 10, 10);
    const other = box(50, 40, 10, 10);
    const crossing = { ...request('a', { box: box(100, 40), leader: { x1: 10, y1: 45, x2: 100, y2: 45 } }), own: [own] };
    expect(placeLabels([crossing], [own, other], { leadersAvoidObstacles: true })).toEqual([]);
    expect(placeLabels([crossing], [own, other], { leadersAvoidObstacles: false })).toHaveLength(1);
    expect(placeLabels([crossing], [own], { leadersAvoidObstacles: true })).toHaveLength(1);
  });

  it('is deterministic and gives earlier labels the first choice', () => {
    const requests = Array.from({ length: 30 }, (_, i) => request(`l${i}`, ...Array.from({ length: 8 }, (_, k) => ({ box: box((i * 7 + k * 23) % 180, (i * 11 + k * 13) % 90) }))));
    const once = placeLabels(requests, [box(90, 40, 10, 10)], { leadersAvoidObstacles: true });
    expect(placeLabels(requests, [box(90, 40, 10, 10)], { leadersAvoidObstacles: true })).toEqual(once);
    expect(once[0]).toMatchObject({ id: 'l0', candidate: 0 });
    for (const [i, a] of once.entries()) for (const b of once.slice(i + 1)) expect(overlap(a.box, b.box)).toBe(false);
  });
});
