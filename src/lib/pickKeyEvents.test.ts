import { describe, expect, it } from 'vitest';
import { pickKeyEvents } from './pickKeyEvents';
import type { EventKind } from '../schemas/vocabulary';

const event = (id: string, caseId: string, kind: EventKind, start: number, label?: string) => ({ id, caseId, kind, start, label });

describe('pickKeyEvents', () => {
  it('takes only labelled events, the charts\' most telling first, and returns them in time order', () => {
    const events = [
      event('promise', 'a', 'promise', 1, '承诺'),
      event('report', 'a', 'report', 2, '报道'),
      event('plain', 'a', 'incident', 3),
      event('response', 'a', 'response', 4, '回应'),
      event('ruling', 'a', 'ruling', 5, '判决'),
    ];
    // Room for three: the ruling, the response and the promise rank above the report.
    expect(pickKeyEvents(events, ['a'], 3).map((e) => e.id)).toEqual(['promise', 'response', 'ruling']);
    expect(pickKeyEvents(events, ['a'], 5).map((e) => e.id)).toEqual(['promise', 'report', 'response', 'ruling']);
  });

  it('gives every case one event before any case a second', () => {
    const events = [event('a1', 'a', 'incident', 1, 'A1'), event('a2', 'a', 'ruling', 2, 'A2'), event('b1', 'b', 'incident', 3, 'B1'), event('b2', 'b', 'response', 4, 'B2')];
    expect(pickKeyEvents(events, ['a', 'b'], 3).map((e) => e.id)).toEqual(['a1', 'a2', 'b1']);
  });

  it('spreads over the given order of cases when there are more cases than room', () => {
    const events = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id, i) => event(id, id, 'incident', i, id));
    expect(pickKeyEvents(events, ['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3).map((e) => e.id)).toEqual(['a', 'd', 'g']);
    // Cases without a key event take no room.
    expect(pickKeyEvents(events, ['x', 'a', 'b'], 5).map((e) => e.id)).toEqual(['a', 'b']);
  });
});
