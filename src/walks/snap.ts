/**
 * Snapping a point to the nearest walkable edge, not only to the nearest node: a place in the middle of a long
 * lane is reached along that lane.
 */
import type { Graph } from './graph.ts';

export interface Snap {
  edge: number;
  /** Metres from the edge's start to the snapped point. */
  offset: number;
  /** The snapped point. */
  point: [number, number];
  /** How far the original point was from the network, in metres. */
  distance: number;
}

/** Candidates considered before the exact projection picks the nearest. */
const CANDIDATES = 16;

export function snapToGraph(
  g: Graph,
  lonLat: [number, number],
  accept: (edge: number) => boolean = () => true,
): Snap | undefined {
  const [kx, ky] = g.k;
  const px = lonLat[0] * kx;
  const py = lonLat[1] * ky;
  let best: Snap | undefined;
  const ids = g.index.neighbors(px, py, CANDIDATES, Infinity, (i) => accept(g.segEdge[i]));
  for (const s of ids) {
    const e = g.segEdge[s];
    const i = g.segIndex[s];
    const a = g.coords[e][i];
    const b = g.coords[e][i + 1];
    const ax = a[0] * kx;
    const ay = a[1] * ky;
    const dx = b[0] * kx - ax;
    const dy = b[1] * ky - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
    const qx = ax + t * dx;
    const qy = ay + t * dy;
    const d = Math.hypot(px - qx, py - qy);
    if (!best || d < best.distance) {
      const segLen = g.cumulative[e][i + 1] - g.cumulative[e][i];
      best = {
        edge: e,
        offset: g.cumulative[e][i] + t * segLen,
        point: [qx / kx, qy / ky],
        distance: d,
      };
    }
  }
  return best;
}
