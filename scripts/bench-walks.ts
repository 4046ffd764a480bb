/**
 * Walk routing benchmark, on the real network (geodata/network.geojson), in one run:
 * - route queries between random network vertices: ours (snap + A*) and geojson-path-finder (the peer),
 *   on the same pairs; the peer's answers also check ours (same length within 0.5 %);
 * - stop ordering: 10 stops (exact), 12 stops (exact), 15 stops (heuristic), matrix included.
 * Writes bench/results/walks.json. Timings are wall-clock on this machine; nothing here is a pass/fail test.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as pathFinderModule from 'geojson-path-finder';
import { point } from '@turf/turf';
import { buildGraph, type NetworkCollection } from '../src/walks/graph.ts';
import { edgeFilter, shortestPath, snapFor } from '../src/walks/route.ts';
import { orderStops, type Stop } from '../src/walks/plan.ts';

const QUERIES = 2000;
const ORDER_RUNS = 20;
const network = JSON.parse(readFileSync('geodata/network.geojson', 'utf8')) as NetworkCollection;

let seed = 20261128;
const rnd = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};
const round = (n: number, d = 4) => Math.round(n * 10 ** d) / 10 ** d;

const t0 = performance.now();
const g = buildGraph(network);
const buildMs = performance.now() - t0;
const t1 = performance.now();
// The package's CommonJS build nests its default export under tsx.
const PathFinder = ((pathFinderModule as unknown as { default: { default?: unknown } }).default.default ??
  (pathFinderModule as unknown as { default: unknown }).default) as typeof pathFinderModule.default;
const peer = new PathFinder(network as unknown as GeoJSON.FeatureCollection<GeoJSON.LineString>, {
  tolerance: 1e-7,
});
const peerBuildMs = performance.now() - t1;

// Random vertex pairs: the peer can only route between vertices of the network.
const vertices = network.features.flatMap((f) => [f.geometry.coordinates[0], f.geometry.coordinates.at(-1)!]);
const pairs = Array.from({ length: QUERIES }, () => [
  vertices[Math.floor(rnd() * vertices.length)],
  vertices[Math.floor(rnd() * vertices.length)],
]);

const accept = edgeFilter(g, 'standard');
const ours: number[] = [];
const theirs: number[] = [];
let mismatches = 0;
// Warm up both (JIT), then measure.
for (const [a, b] of pairs.slice(0, 200)) {
  shortestPath(g, snapFor(g, a, 'standard')!, snapFor(g, b, 'standard')!, accept);
  peer.findPath(point(a), point(b));
}
for (const [a, b] of pairs) {
  let s = performance.now();
  const path = shortestPath(g, snapFor(g, a, 'standard')!, snapFor(g, b, 'standard')!, accept);
  ours.push(performance.now() - s);
  s = performance.now();
  const other = peer.findPath(point(a), point(b));
  theirs.push(performance.now() - s);
  const mine = path?.distance ?? 0;
  const peerM = (other?.weight ?? 0) * 1000;
  if (Math.abs(mine - peerM) > Math.max(1, 0.005 * peerM)) mismatches++;
}

function orderTime(n: number): { ms: number; exact: boolean } {
  const times: number[] = [];
  for (let r = 0; r < ORDER_RUNS; r++) {
    const stops: Stop[] = Array.from({ length: n }, (_, i) => ({
      id: `s${i}`,
      lonLat: vertices[Math.floor(rnd() * vertices.length)],
    }));
    const s = performance.now();
    orderStops(g, stops, 'standard', 'round');
    times.push(performance.now() - s);
  }
  return { ms: pct(times, 0.5), exact: n <= 12 };
}

const order10 = orderTime(10);
const order12 = orderTime(12);
const order15 = orderTime(15);
const result = {
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
  network_edges: g.from.length,
  network_nodes: g.nodeCount,
  queries: QUERIES,
  graph_build_ms: round(buildMs, 1),
  peer_build_ms: round(peerBuildMs, 1),
  route_p50_ms: round(pct(ours, 0.5)),
  route_p95_ms: round(pct(ours, 0.95)),
  peer_route_p50_ms: round(pct(theirs, 0.5)),
  peer_route_p95_ms: round(pct(theirs, 0.95)),
  speedup_p50: round(pct(theirs, 0.5) / pct(ours, 0.5), 2),
  length_mismatches_vs_peer: mismatches,
  order10_ms: round(order10.ms, 2),
  order12_exact_ms: round(order12.ms, 2),
  order15_ms: round(order15.ms, 2),
  note: 'route: snap + A*; order: distance matrix (one-to-many Dijkstra) + Held–Karp up to 12 stops, multi-start 2-opt/Or-opt above; medians of 20 runs',
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/walks.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
