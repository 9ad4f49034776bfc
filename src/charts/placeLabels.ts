import type { Box, Line } from './timelineTypes';

export interface LabelCandidate {
  /** The room the label would take. */
  box: Box;
  /** From the mark to the label, where this position is away from the mark. */
  leader?: Line | undefined;
}

export interface LabelRequest {
  id: string;
  /** Positions to try, best first. */
  candidates: readonly LabelCandidate[];
  /** The label must lie wholly inside this box. */
  bounds: Box;
  /** The label's own mark (its dot, its span): the obstacles its leader may touch. */
  own?: readonly Box[] | undefined;
}

export interface PlacedLabel {
  id: string;
  box: Box;
  leader?: Line | undefined;
  /** Which candidate was taken (0: the best). */
  candidate: number;
}

export interface PlaceLabelsOptions {
  /** Whether leaders must also keep clear of the obstacles (marks), not only of other labels. */
  leadersAvoidObstacles: boolean;
}

/**
 * Greedy label placement. Labels are taken in the order given (most important first); each gets
 * the first of its candidate positions that lies inside its bounds and covers no obstacle (marks,
 * axis labels), no label placed before it and no leader, and whose leader crosses no label and no
 * other leader. A label with no such position is left out: it is never drawn over something.
 * Deterministic and pure: the build and the browser (after a zoom) place labels with it.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Box[], options: PlaceLabelsOptions): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const index = request.candidates.findIndex((candidate) => {
      const { box, leader } = candidate;
      if (!inside(box, request.bounds)) return false;
      if (obstacles.some((o) => overlaps(box, o))) return false;
      for (const other of placed) {
        if (overlaps(box, other.box)) return false;
        if (other.leader && crosses(other.leader, box)) return false;
        if (leader && (crosses(leader, other.box) || (other.leader && intersects(leader, other.leader)))) return false;
      }
      if (leader && options.leadersAvoidObstacles && obstacles.some((o) => !request.own?.some((own) => same(o, own)) && crosses(leader, o))) return false;
      return true;
    });
    const chosen = request.candidates[index];
    if (chosen) placed.push({ id: request.id, box: chosen.box, leader: chosen.leader, candidate: index });
  }
  return placed;
}

const EPS = 1e-6;

function inside(box: Box, bounds: Box): boolean {
  return box.x >= bounds.x - EPS && box.y >= bounds.y - EPS && box.x + box.width <= bounds.x + bounds.width + EPS && box.y + box.height <= bounds.y + bounds.height + EPS;
}

/** Two boxes share some area (touching edges do not count). */
function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS;
}

function same(a: Box, b: Box): boolean {
  return a === b || (a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);
}

/** Whether a line segment passes through a box (Liang–Barsky clipping). */
function crosses(line: Line, box: Box): boolean {
  const dx = line.x2 - line.x1;
  const dy = line.y2 - line.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, line.x1 - box.x],
    [dx, box.x + box.width - line.x1],
    [-dy, line.y1 - box.y],
    [dy, box.y + box.height - line.y1],
  ];
  for (const [p, q] of edges) {
    if (Math.abs(p) < EPS) {
      if (q <= EPS) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1 - EPS) return false;
  }
  return true;
}

/** Whether two line segments cross (sharing only an end point does not count). */
function intersects(a: Line, b: Line): boolean {
  const d = (a.x2 - a.x1) * (b.y2 - b.y1) - (a.y2 - a.y1) * (b.x2 - b.x1);
  if (Math.abs(d) < EPS) return false;
  const s = ((b.x1 - a.x1) * (b.y2 - b.y1) - (b.y1 - a.y1) * (b.x2 - b.x1)) / d;
  const t = ((b.x1 - a.x1) * (a.y2 - a.y1) - (b.y1 - a.y1) * (a.x2 - a.x1)) / d;
  return s > EPS && s < 1 - EPS && t > EPS && t < 1 - EPS;
}
