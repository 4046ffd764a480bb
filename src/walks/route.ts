/**
 * Shortest walking paths on the network: A* between two snapped points, and one-to-many Dijkstra for the
 * distance matrices that stop ordering needs. Costs are metres; profiles only change which edges may be used.
 */
import TinyQueue from 'tinyqueue';
import type { Graph } from './graph.ts';
import { planarMetres } from '../data/distance.ts';
import { snapToGraph, type Snap } from './snap.ts';

export type Profile = 'standard' | 'step-free' | 'group';
export const PROFILES: readonly Profile[] = ['standard', 'step-free', 'group'];

/** Which edges a profile may use. Step-free never uses steps; the others use everything. */
export function edgeFilter(g: Graph, profile: Profile): (edge: number) => boolean {
  return profile === 'step-free' ? (e) => g.steps[e] === 0 : () => true;
}

/** One traversed piece of an edge, in walking order. */
export interface Traversal {
  edge: number;
  /** Offsets along the edge, in walking order (start > end when walked backwards). */
  start: number;
  end: number;
}

export interface Path {
  distance: number;
  pieces: Traversal[];
}

interface Work {
  dist: Float64Array;
  prevEdge: Int32Array;
  prevNode: Int32Array;
  done: Uint8Array;
  touched: number[];
}

/** Scratch arrays are reused across queries; only the nodes a query touched are reset. */
const scratch = new WeakMap<Graph, Work>();
function work(g: Graph): Work {
  let w = scratch.get(g);
  if (!w) {
    w = {
      dist: new Float64Array(g.nodeCount).fill(Infinity),
      prevEdge: new Int32Array(g.nodeCount).fill(-1),
      prevNode: new Int32Array(g.nodeCount).fill(-1),
      done: new Uint8Array(g.nodeCount),
      touched: [],
    };
    scratch.set(g, w);
  }
  for (const n of w.touched) {
    w.dist[n] = Infinity;
    w.prevEdge[n] = -1;
    w.prevNode[n] = -1;
    w.done[n] = 0;
  }
  w.touched.length = 0;
  return w;
}

interface Item {
  node: number;
  f: number;
}

/** Seeds the search from a snapped point: both ends of its edge, at the cost of walking there. */
function seed(g: Graph, w: Work, s: Snap, push: (node: number, cost: number) => void) {
  const a = g.from[s.edge];
  const b = g.to[s.edge];
  for (const [n, cost] of [
    [a, s.offset],
    [b, g.length[s.edge] - s.offset],
  ] as const) {
    if (cost < w.dist[n]) {
      if (w.dist[n] === Infinity) w.touched.push(n);
      w.dist[n] = cost;
      w.prevEdge[n] = -2; // reached straight from the start point
      push(n, cost);
    }
  }
}

function unwind(g: Graph, w: Work, start: Snap, endNode: number): Traversal[] {
  const pieces: Traversal[] = [];
  let n = endNode;
  while (w.prevEdge[n] >= 0) {
    const e = w.prevEdge[n];
    const p = w.prevNode[n];
    pieces.push(
      g.from[e] === p ? { edge: e, start: 0, end: g.length[e] } : { edge: e, start: g.length[e], end: 0 },
    );
    n = p;
  }
  pieces.push({
    edge: start.edge,
    start: start.offset,
    end: g.from[start.edge] === n ? 0 : g.length[start.edge],
  });
  return pieces.reverse();
}

/** Shortest path between two snapped points, or undefined when none exists under the filter. */
export function shortestPath(
  g: Graph,
  s: Snap,
  t: Snap,
  accept: (edge: number) => boolean,
): Path | undefined {
  const w = work(g);
  const [tx, ty] = t.point;
  const h = (n: number) => planarMetres(g.lon[n], g.lat[n], tx, ty, g.k) * 0.999;
  const queue = new TinyQueue<Item>([], (a, b) => a.f - b.f);
  seed(g, w, s, (node, cost) => queue.push({ node, f: cost + h(node) }));

  const ta = g.from[t.edge];
  const tb = g.to[t.edge];
  let best = Infinity;
  let bestEnd = -1;
  let direct = false;
  if (s.edge === t.edge) {
    best = Math.abs(s.offset - t.offset);
    direct = true;
  }
  while (queue.length) {
    const { node, f } = queue.pop()!;
    if (w.done[node]) continue;
    if (f >= best) break;
    w.done[node] = 1;
    const d = w.dist[node];
    if (node === ta && d + t.offset < best) {
      best = d + t.offset;
      bestEnd = node;
      direct = false;
    }
    if (node === tb && d + g.length[t.edge] - t.offset < best) {
      best = d + g.length[t.edge] - t.offset;
      bestEnd = node;
      direct = false;
    }
    for (let i = g.adjStart[node]; i < g.adjStart[node + 1]; i++) {
      const e = g.adjEdge[i];
      if (!accept(e)) continue;
      const m = g.adjNode[i];
      const nd = d + g.length[e];
      if (nd < w.dist[m]) {
        if (w.dist[m] === Infinity) w.touched.push(m);
        w.dist[m] = nd;
        w.prevEdge[m] = e;
        w.prevNode[m] = node;
        queue.push({ node: m, f: nd + h(m) });
      }
    }
  }
  if (best === Infinity) return undefined;
  if (direct) return { distance: best, pieces: [{ edge: s.edge, start: s.offset, end: t.offset }] };
  const pieces = unwind(g, w, s, bestEnd);
  pieces.push({ edge: t.edge, start: bestEnd === ta ? 0 : g.length[t.edge], end: t.offset });
  return { distance: best, pieces: pieces.filter((p) => p.start !== p.end) };
}

/** Walking distances from one snapped point to many (Infinity where unreachable). */
export function distancesFrom(
  g: Graph,
  s: Snap,
  targets: Snap[],
  accept: (edge: number) => boolean,
): Float64Array {
  const w = work(g);
  const out = new Float64Array(targets.length).fill(Infinity);
  const queue = new TinyQueue<Item>([], (a, b) => a.f - b.f);
  seed(g, w, s, (node, cost) => queue.push({ node, f: cost }));
  // Each target is reached through either end of its edge, at the cost of walking in from that end.
  const via = new Map<number, [target: number, extra: number][]>();
  const add = (node: number, target: number, extra: number) => {
    const list = via.get(node);
    if (list) list.push([target, extra]);
    else via.set(node, [[target, extra]]);
  };
  targets.forEach((t, i) => {
    if (t.edge === s.edge) out[i] = Math.abs(t.offset - s.offset);
    add(g.from[t.edge], i, t.offset);
    add(g.to[t.edge], i, g.length[t.edge] - t.offset);
  });
  // A target is final once the queue's minimum passes its best; stop when every target is.
  let worst = Infinity;
  while (queue.length) {
    const { node, f } = queue.pop()!;
    if (w.done[node]) continue;
    if (f > worst) break;
    w.done[node] = 1;
    const hits = via.get(node);
    if (hits) {
      for (const [i, extra] of hits) if (f + extra < out[i]) out[i] = f + extra;
      worst = -Infinity;
      for (let i = 0; i < out.length; i++) if (out[i] > worst) worst = out[i];
    }
    for (let i = g.adjStart[node]; i < g.adjStart[node + 1]; i++) {
      const e = g.adjEdge[i];
      if (!accept(e)) continue;
      const m = g.adjNode[i];
      const nd = f + g.length[e];
      if (nd < w.dist[m]) {
        if (w.dist[m] === Infinity) w.touched.push(m);
        w.dist[m] = nd;
        queue.push({ node: m, f: nd });
      }
    }
  }
  return out;
}

/** Snaps with the profile's filter, so a step-free walk never starts on a staircase. */
export function snapFor(g: Graph, lonLat: [number, number], profile: Profile): Snap | undefined {
  return snapToGraph(g, lonLat, edgeFilter(g, profile));
}

/** The coordinates of a path, from the first snapped point to the last. */
export function pathCoordinates(g: Graph, path: Path): [number, number][] {
  const out: [number, number][] = [];
  for (const p of path.pieces) {
    const pts = slice(g, p.edge, p.start, p.end);
    for (const q of pts) {
      const last = out[out.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
    }
  }
  return out;
}

/** The part of an edge between two offsets, in the order given. */
export function slice(g: Graph, edge: number, a: number, b: number): [number, number][] {
  const c = g.coords[edge];
  const cum = g.cumulative[edge];
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const at = (d: number): [number, number] => {
    let i = 1;
    while (i < cum.length - 1 && cum[i] < d) i++;
    const span = cum[i] - cum[i - 1];
    const t = span === 0 ? 0 : (d - cum[i - 1]) / span;
    return [c[i - 1][0] + t * (c[i][0] - c[i - 1][0]), c[i - 1][1] + t * (c[i][1] - c[i - 1][1])];
  };
  const pts: [number, number][] = [at(lo)];
  for (let i = 0; i < c.length; i++) if (cum[i] > lo && cum[i] < hi) pts.push(c[i]);
  pts.push(at(hi));
  return a <= b ? pts : pts.reverse();
}
