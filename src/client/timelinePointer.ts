import { TIMELINE_DEFAULTS } from '../charts/timelineDefaults';
import type { TimelineChart } from './readTimelineChart';

export interface PointerActions {
  /** The view, as a part of the axis (0 to 1). */
  view(): readonly [number, number];
  setView(u0: number, u1: number): void;
  /** Zooms by `factor` (2: twice as close) around a point of the axis. */
  zoom(factor: number, at: number): void;
  /** Moves the view by a fraction of its length. */
  pan(fraction: number): void;
}

/**
 * Pointer gestures on the timelines: ctrl/⌘ + wheel or a pinch zooms, a horizontal wheel or a drag
 * pans a wide chart. Returns whether the last pointer-up ended a drag (so its click is ignored).
 */
export function timelinePointer(charts: readonly TimelineChart[], actions: PointerActions): () => boolean {
  let dragged = false;
  const pointers = new Map<number, number>();
  let gesture: { x: number; dist: number; v0: number; v1: number; width: number } | undefined;
  for (const chart of charts) {
    const { svg } = chart;
    const vertical = chart.dataset.orient === 'v';
    // Where the time axis runs, in the SVG's units.
    const { dataset } = chart;
    const [a, b] = dataset.orient === 'v' ? [TIMELINE_DEFAULTS.narrow.margin.top, TIMELINE_DEFAULTS.narrow.margin.top + dataset.plotHeight] : [dataset.labelWidth, TIMELINE_DEFAULTS.wide.width - TIMELINE_DEFAULTS.wide.margin.right];
    /** The point of the axis under the pointer. */
    const unitAt = (clientX: number, clientY: number) => {
      const box = svg.getBoundingClientRect();
      const scale = svg.viewBox.baseVal.width / box.width;
      const p = vertical ? (clientY - box.top) * scale : (clientX - box.left) * scale;
      const [v0, v1] = actions.view();
      return v0 + ((p - a) / (b - a)) * (v1 - v0);
    };
    svg.addEventListener(
      'wheel',
      (event) => {
        if (event.ctrlKey || event.metaKey) {
          event.preventDefault();
          actions.zoom(Math.exp(-event.deltaY / 300), unitAt(event.clientX, event.clientY));
        } else if (!vertical && Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
          event.preventDefault();
          actions.pan(event.deltaX / svg.getBoundingClientRect().width);
        }
      },
      { passive: false },
    );
    if (vertical) continue;
    svg.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      pointers.set(event.pointerId, event.clientX);
      const xs = [...pointers.values()];
      const [v0, v1] = actions.view();
      // The axis's length on screen, so that a drag moves the events with the pointer.
      const length = (svg.getBoundingClientRect().width * (b - a)) / svg.viewBox.baseVal.width;
      gesture = { x: xs.reduce((p, q) => p + q, 0) / xs.length, dist: xs.length > 1 ? Math.abs((xs[0] ?? 0) - (xs[1] ?? 0)) : 0, v0, v1, width: length };
      dragged = false;
    });
    svg.addEventListener('pointermove', (event) => {
      if (!pointers.has(event.pointerId) || !gesture) return;
      pointers.set(event.pointerId, event.clientX);
      const xs = [...pointers.values()];
      const x = xs.reduce((p, q) => p + q, 0) / xs.length;
      if (!dragged && Math.abs(x - gesture.x) < 4 && xs.length < 2) return;
      if (!dragged) svg.setPointerCapture(event.pointerId);
      dragged = true;
      const span = gesture.v1 - gesture.v0;
      const dist = xs.length > 1 ? Math.abs((xs[0] ?? 0) - (xs[1] ?? 0)) : 0;
      const factor = gesture.dist > 0 && dist > 0 ? dist / gesture.dist : 1;
      const centre = gesture.v0 + span / 2 + ((gesture.x - x) / gesture.width) * span;
      actions.setView(centre - span / factor / 2, centre + span / factor / 2);
    });
    const end = (event: PointerEvent) => {
      pointers.delete(event.pointerId);
      if (pointers.size === 0) gesture = undefined;
      // Let the click that ends a drag pass first, then accept clicks again.
      setTimeout(() => (dragged = false), 0);
    };
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointercancel', end);
  }
  return () => dragged;
}
