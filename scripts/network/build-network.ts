/**
 * Rebuilds geodata/network.geojson from the OpenStreetMap roads layer (Geofabrik `gis_osm_roads_free`) as
 * republished in liuyanchen1994/mapthree, by the rules in geodata/research/network.md. Reads a local git
 * mirror only; it never touches the network and is not part of `npm test`.
 *
 *   npx tsx scripts/network/build-network.ts <mirror-git-dir> [--box=w,s,e,n] [--out=path] [--dry]
 *
 * Without --box the clip box is every coordinate of every place in geodata/layers plus MARGIN_M on each side.
 * It prints the counts the research note quotes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bboxClip, lineString, simplify } from '@turf/turf';
import { metresPerDegree } from '../../src/data/distance.ts';
import { chineseName, roadPinyin } from './road-names.ts';

const COMMIT = '998f5b3cb0e0c020862a1fc3f697a0a56884508f';
const ROAD_DIR = 'public/hangzhou/road';
const MARGIN_M = 300;
/** The validator (src/data/validate-network.ts) reports endpoints closer than 1 m as unsnapped. */
const SNAP_M = 1;
const DUPLICATE_M = 1;
const SIMPLIFY_M = 2;
const FLYOVER_M = 150;

/** Classes built for motor traffic: their tunnels and long flyovers are left out. */
const VEHICLE = new Set([
  'primary',
  'primary_link',
  'secondary',
  'secondary_link',
  'tertiary',
  'tertiary_link',
  'unclassified',
  'residential',
  'living_street',
  'service',
]);
/** Every class kept: the vehicle classes and the ways built for people on foot or bicycles. */
const KEEP = new Set([...VEHICLE, 'pedestrian', 'footway', 'path', 'steps', 'track', 'cycleway']);
const EXCLUDED_CLASSES = new Set(['motorway', 'motorway_link', 'trunk', 'trunk_link']);

type Pt = [number, number];
interface Way {
  osm_id: string;
  fclass: string;
  name: string;
  layer: number;
  bridge: boolean;
  tunnel: boolean;
  coords: Pt[];
}
interface Edge {
  way: Way;
  coords: Pt[];
}

const args = process.argv.slice(2);
const mirror = args.find((a) => !a.startsWith('--'));
if (!mirror) {
  console.error('usage: tsx scripts/network/build-network.ts <mirror-git-dir> [--box=w,s,e,n] [--out=path]');
  process.exit(2);
}
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const outPath = option('out') ?? 'geodata/network.geojson';

// ---- Box -------------------------------------------------------------------------------------------------
function placesBox(): [number, number, number, number] {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      b[0] = Math.min(b[0], c[0]);
      b[1] = Math.min(b[1], c[1] as number);
      b[2] = Math.max(b[2], c[0]);
      b[3] = Math.max(b[3], c[1] as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const name of readdirSync('geodata/layers').filter((n) => n.endsWith('.geojson'))) {
    const json = JSON.parse(readFileSync(join('geodata/layers', name), 'utf8')) as {
      features: { geometry: { coordinates: unknown } }[];
    };
    for (const f of json.features) visit(f.geometry.coordinates);
  }
  const [kx, ky] = metresPerDegree((b[1] + b[3]) / 2);
  const r = (x: number) => Math.round(x * 1e3) / 1e3;
  // Rounded outwards to 0.001° so the box is easy to quote.
  return [
    Math.floor((b[0] - MARGIN_M / kx) * 1e3) / 1e3,
    Math.floor((b[1] - MARGIN_M / ky) * 1e3) / 1e3,
    r(Math.ceil((b[2] + MARGIN_M / kx) * 1e3) / 1e3),
    r(Math.ceil((b[3] + MARGIN_M / ky) * 1e3) / 1e3),
  ];
}
const boxArg = option('box');
const box = boxArg ? (boxArg.split(',').map(Number) as [number, number, number, number]) : placesBox();
const [KX, KY] = metresPerDegree((box[1] + box[3]) / 2);
const metres = (a: Pt, b: Pt) => Math.hypot((a[0] - b[0]) * KX, (a[1] - b[1]) * KY);
const lengthOf = (c: Pt[]) => c.slice(1).reduce((s, p, i) => s + metres(c[i], p), 0);

// ---- Read ------------------------------------------------------------------------------------------------
const git = (...a: string[]) =>
  execFileSync('git', [`--git-dir=${mirror}`, ...a], { encoding: 'utf8', maxBuffer: 1 << 28 });
const files = git('ls-tree', '--name-only', COMMIT, `${ROAD_DIR}/`)
  .split('\n')
  .filter((p) => /hangzhou-roads\d+\.json$/.test(p));
interface RawFeature {
  geometry: { type: string; coordinates: Pt[] };
  properties: Record<string, string | number>;
}
const ways = new Map<string, Way>();
let raw = 0;
for (const path of files) {
  const text = git('show', `${COMMIT}:${path}`).replace(/^\uFEFF/, '');
  for (const f of JSON.parse(text) as RawFeature[]) {
    raw++;
    if (f.geometry?.type !== 'LineString') continue;
    const p = f.properties;
    ways.set(String(p.osm_id), {
      osm_id: String(p.osm_id),
      fclass: String(p.fclass),
      name: String(p.name ?? ''),
      layer: Number(p.layer ?? 0),
      bridge: p.bridge === 'T',
      tunnel: p.tunnel === 'T',
      coords: f.geometry.coordinates.map((c) => [c[0], c[1]] as Pt),
    });
  }
}

// ---- Select and exclude ------------------------------------------------------------------------------------
const inBox = (c: Pt[]) => clip(c).length > 0;
function clip(c: Pt[]): Pt[][] {
  const g = bboxClip(lineString(c), box).geometry;
  const parts = (g.type === 'LineString' ? [g.coordinates] : g.coordinates) as Pt[][];
  return parts.filter((p) => p.length >= 2);
}
const touching = [...ways.values()].filter((w) => inBox(w.coords));
const excluded: { reason: string; way: Way }[] = [];
const kept: Way[] = [];
const otherClasses = new Map<string, number>();
for (const w of touching) {
  if (EXCLUDED_CLASSES.has(w.fclass)) excluded.push({ reason: w.fclass, way: w });
  else if (!KEEP.has(w.fclass)) otherClasses.set(w.fclass, (otherClasses.get(w.fclass) ?? 0) + 1);
  else if (VEHICLE.has(w.fclass) && w.tunnel) excluded.push({ reason: 'road tunnel', way: w });
  else if (VEHICLE.has(w.fclass) && w.bridge && w.layer >= 1 && lengthOf(w.coords) >= FLYOVER_M)
    excluded.push({ reason: 'road flyover', way: w });
  else kept.push(w);
}

// ---- Split at shared vertices -----------------------------------------------------------------------------
const key = (p: Pt) => `${p[0]},${p[1]}`;
const useCount = new Map<string, number>();
for (const w of kept) {
  for (const k of new Set(w.coords.map(key))) useCount.set(k, (useCount.get(k) ?? 0) + 1);
}
let split: Edge[] = [];
for (const w of kept) {
  const seen = new Map<string, number>();
  for (const p of w.coords) seen.set(key(p), (seen.get(key(p)) ?? 0) + 1);
  let current: Pt[] = [w.coords[0]];
  for (let i = 1; i < w.coords.length; i++) {
    const p = w.coords[i];
    current.push(p);
    const k = key(p);
    if (i < w.coords.length - 1 && ((useCount.get(k) ?? 0) > 1 || (seen.get(k) ?? 0) > 1)) {
      split.push({ way: w, coords: current });
      current = [p];
    }
  }
  split.push({ way: w, coords: current });
}
const splitCount = split.length;

// ---- Clip ---------------------------------------------------------------------------------------------------
split = split.flatMap((e) => clip(e.coords).map((coords) => ({ way: e.way, coords })));
const clippedCount = split.length;

// ---- Snap endpoints closer than SNAP_M --------------------------------------------------------------------
const endpoints = new Map<string, Pt>();
for (const e of split) for (const p of [e.coords[0], e.coords.at(-1)!]) endpoints.set(key(p), p);
const parent = new Map<string, string>([...endpoints.keys()].map((k) => [k, k]));
const find = (x: string): string => {
  while (parent.get(x) !== x) x = parent.get(x)!;
  return x;
};
const grid = new Map<string, string[]>();
const cellOf = (p: Pt) => [Math.floor(p[0] * 1e4), Math.floor(p[1] * 1e4)];
for (const [k, p] of endpoints) {
  const c = cellOf(p).join(',');
  grid.set(c, [...(grid.get(c) ?? []), k]);
}
let snapped = 0;
for (const [k, p] of endpoints) {
  const [cx, cy] = cellOf(p);
  for (let dx = -1; dx <= 1; dx++)
    for (let dy = -1; dy <= 1; dy++)
      for (const q of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
        if (q <= k) continue;
        if (metres(p, endpoints.get(q)!) < SNAP_M && find(k) !== find(q)) {
          parent.set(find(q), find(k));
          snapped++;
        }
      }
}
for (const e of split) {
  e.coords[0] = endpoints.get(find(key(e.coords[0])))!;
  e.coords[e.coords.length - 1] = endpoints.get(find(key(e.coords.at(-1)!)))!;
}

// ---- Zero-length edges, degenerate loops, duplicates --------------------------------------------------------
const zero = split.filter((e) => lengthOf(e.coords) === 0).length;
split = split.filter((e) => lengthOf(e.coords) > 0);
// A closed edge with fewer than 4 vertices is an out-and-back spike (A→B→A), not a loop.
const spikes = split.filter((e) => key(e.coords[0]) === key(e.coords.at(-1)!) && e.coords.length < 4);
split = split.filter((e) => !spikes.includes(e));

function pointToSegment(p: Pt, a: Pt, b: Pt): number {
  const ax = a[0] * KX;
  const ay = a[1] * KY;
  const dx = b[0] * KX - ax;
  const dy = b[1] * KY - ay;
  const len2 = dx * dx + dy * dy;
  const px = p[0] * KX;
  const py = p[1] * KY;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}
const toLine = (p: Pt, c: Pt[]) => Math.min(...c.slice(1).map((q, i) => pointToSegment(p, c[i], q)));
const hausdorff = (a: Pt[], b: Pt[]) =>
  Math.max(...a.map((p) => toLine(p, b)), ...b.map((p) => toLine(p, a)));
const pairKey = (c: Pt[]) => [key(c[0]), key(c.at(-1)!)].sort().join('|');
function dedupe(edges: Edge[]): { edges: Edge[]; dropped: number } {
  const byEnds = new Map<string, Edge[]>();
  const out: Edge[] = [];
  let dropped = 0;
  for (const e of edges) {
    const k = pairKey(e.coords);
    const same = byEnds.get(k) ?? [];
    if (same.some((o) => hausdorff(o.coords, e.coords) < DUPLICATE_M)) {
      dropped++;
      continue;
    }
    same.push(e);
    byEnds.set(k, same);
    out.push(e);
  }
  return { edges: out, dropped };
}
const deduped = dedupe(split);
split = deduped.edges;

// ---- Largest connected component ----------------------------------------------------------------------------
const cParent = new Map<string, string>();
const cFind = (x: string): string => {
  if (!cParent.has(x)) cParent.set(x, x);
  while (cParent.get(x) !== x) x = cParent.get(x)!;
  return x;
};
for (const e of split) cParent.set(cFind(key(e.coords[0])), cFind(key(e.coords.at(-1)!)));
const components = new Map<string, Edge[]>();
for (const e of split) {
  const r = cFind(key(e.coords[0]));
  components.set(r, [...(components.get(r) ?? []), e]);
}
const ranked = [...components.values()].sort((a, b) => b.length - a.length);
const main = ranked[0];
const islands = ranked.slice(1);

// ---- Simplify (Douglas–Peucker in local metres; endpoints fixed; loops split at their farthest vertex) ------
function dp(c: Pt[]): Pt[] {
  if (c.length <= 2) return c;
  const projected = lineString(c.map((p) => [(p[0] - box[0]) * KX, (p[1] - box[1]) * KY]));
  const s = simplify(projected, { tolerance: SIMPLIFY_M, highQuality: true }).geometry.coordinates;
  return s.map((p) => [p[0] / KX + box[0], p[1] / KY + box[1]] as Pt);
}
function simplifyEdge(c: Pt[]): Pt[] {
  if (key(c[0]) !== key(c.at(-1)!)) return dp(c);
  let far = 1;
  for (let i = 1; i < c.length - 1; i++) if (metres(c[0], c[i]) > metres(c[0], c[far])) far = i;
  return [...dp(c.slice(0, far + 1)), ...dp(c.slice(far)).slice(1)];
}
const round = (x: number) => Math.round(x * 1e6) / 1e6;
let verticesBefore = 0;
let verticesAfter = 0;
let finalEdges: Edge[] = main.map((e) => {
  verticesBefore += e.coords.length;
  const c: Pt[] = [];
  for (const p of simplifyEdge(e.coords)) {
    const q: Pt = [round(p[0]), round(p[1])];
    if (!c.length || key(c.at(-1)!) !== key(q)) c.push(q);
  }
  verticesAfter += c.length;
  return { way: e.way, coords: c };
});
finalEdges = finalEdges.filter((e) => e.coords.length >= 2);
const afterRounding = dedupe(finalEdges);
finalEdges = afterRounding.edges;

// ---- Properties -------------------------------------------------------------------------------------------
const LANE_ENDINGS = ['巷', '弄', '里', '坊', '河下', '前', '头', '局', '署', '岭'];
function unnamed(w: Way): [string, string] {
  const foot = ['footway', 'pedestrian', 'path', 'track', 'cycleway'].includes(w.fclass);
  if (w.fclass === 'steps') return ['台阶', 'steps'];
  if (w.bridge && foot) return ['人行桥', 'footbridge'];
  if (w.bridge) return ['无名桥', 'unnamed bridge'];
  if (w.tunnel && foot) return ['地下通道', 'underpass'];
  if (w.fclass === 'footway') return ['人行道', 'footway'];
  if (w.fclass === 'pedestrian') return ['步行道', 'pedestrian way'];
  if (w.fclass === 'cycleway') return ['非机动车道', 'cycle path'];
  if (w.fclass === 'path' || w.fclass === 'track') return ['无名小路', 'unnamed path'];
  if (w.fclass === 'service') return ['无名支路', 'unnamed service lane'];
  if (['residential', 'unclassified', 'living_street'].includes(w.fclass))
    return ['无名巷道', 'unnamed lane'];
  return ['无名道路', 'unnamed road'];
}
function kindOf(w: Way, named: boolean, name: string): string {
  const laneName = !named || LANE_ENDINGS.some((s) => name.endsWith(s));
  if (w.fclass === 'steps') return 'steps';
  if (w.bridge) return 'bridge';
  if (w.fclass === 'pedestrian') return 'pedestrian';
  if (w.fclass === 'footway') return 'footway';
  if (['path', 'track', 'cycleway'].includes(w.fclass)) return 'path';
  if (w.fclass === 'living_street') return 'lane';
  if (w.fclass === 'residential' || w.fclass === 'unclassified') return laneName ? 'lane' : 'street';
  if (w.fclass === 'service') return named ? (laneName ? 'lane' : 'street') : 'service';
  return 'street';
}

// North to south by each edge's first vertex, then west to east.
finalEdges.sort((a, b) => b.coords[0][1] - a.coords[0][1] || a.coords[0][0] - b.coords[0][0]);
const lines = finalEdges.map((e, i) => {
  const zh = chineseName(e.way.name);
  const [name_zh, name_en] = zh ? [zh, roadPinyin(zh)] : unnamed(e.way);
  const properties = {
    id: `e-${i + 1}`,
    name_zh,
    name_en,
    kind: kindOf(e.way, Boolean(zh), zh),
    steps: e.way.fclass === 'steps',
    bridge: e.way.bridge,
    osm_id: e.way.osm_id,
  };
  return JSON.stringify({
    type: 'Feature',
    properties,
    geometry: { type: 'LineString', coordinates: e.coords },
  });
});
const text = `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
if (!args.includes('--dry')) writeFileSync(outPath, text);

// ---- Report -------------------------------------------------------------------------------------------------
const km = (edges: Edge[]) => (edges.reduce((s, e) => s + lengthOf(e.coords), 0) / 1000).toFixed(2);
const byKind = new Map<string, Edge[]>();
finalEdges.forEach((e, i) => {
  const k = (JSON.parse(lines[i]) as { properties: { kind: string } }).properties.kind;
  byKind.set(k, [...(byKind.get(k) ?? []), e]);
});
const nodes = new Set(finalEdges.flatMap((e) => [key(e.coords[0]), key(e.coords.at(-1)!)]));
console.log(
  JSON.stringify(
    {
      box,
      files: files.length,
      lineStrings: raw,
      ways: ways.size,
      touching: touching.length,
      kept: kept.length,
      otherClassesDropped: Object.fromEntries(otherClasses),
      excluded: excluded.map(
        (x) =>
          `${x.reason} ${x.way.osm_id} ${x.way.fclass} ${x.way.name} ${Math.round(lengthOf(x.way.coords))} m`,
      ),
      split: splitCount,
      clipped: clippedCount,
      snapped,
      zero,
      spikes: spikes.map((e) => e.way.osm_id),
      duplicates: deduped.dropped,
      duplicatesAfterRounding: afterRounding.dropped,
      components: components.size,
      islands: islands.map((c) => ({
        edges: c.length,
        m: Math.round(c.reduce((s, e) => s + lengthOf(e.coords), 0)),
        fclass: [...new Set(c.map((e) => e.way.fclass))].join(','),
        near: c[0].coords[0].map((x) => x.toFixed(4)).join(','),
        names: [...new Set(c.map((e) => chineseName(e.way.name)).filter(Boolean))].join(','),
      })),
      islandEdges: islands.reduce((s, c) => s + c.length, 0),
      islandKm: (islands.flat().reduce((s, e) => s + lengthOf(e.coords), 0) / 1000).toFixed(2),
      verticesBefore,
      verticesAfter,
      edges: finalEdges.length,
      nodes: nodes.size,
      km: km(finalEdges),
      kinds: Object.fromEntries([...byKind].map(([k, es]) => [k, `${es.length} / ${km(es)} km`])),
      steps: `${finalEdges.filter((e) => e.way.fclass === 'steps').length} / ${km(finalEdges.filter((e) => e.way.fclass === 'steps'))} km`,
      bridges: finalEdges.filter((e) => e.way.bridge).length,
      bytes: Buffer.byteLength(text),
    },
    null,
    1,
  ),
);
