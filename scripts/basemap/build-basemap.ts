/**
 * Builds the offline vector basemap, public/tiles/{z}/{x}/{y}.pbf (Mapbox Vector Tiles) and
 * public/tiles/manifest.json, from the OpenStreetMap layers (Geofabrik "free" export) republished in
 * liuyanchen1994/mapthree and the OpenStreetMap metro lines (an overpass-turbo export) republished in
 * foglet/transit, by the rules in geodata/research/basemap.md. Reads local git mirrors only; it never touches the
 * network and is not part of `npm test` (the tiles are committed, so CI needs no mirror).
 *
 *   npx tsx scripts/basemap/build-basemap.ts <mapthree-git-dir> --transit=<transit-git-dir> [--out=public/tiles]
 *
 * It prints the counts and the byte totals the research note quotes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bboxClip, simplify } from '@turf/turf';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { chineseName, roadPinyin } from '../network/road-names.ts';

const COMMIT = '998f5b3cb0e0c020862a1fc3f697a0a56884508f';
/** foglet/transit: OSM metro lines per city, overpass-turbo export of 2016-01-19 (ODbL, stated in the file). */
const TRANSIT_COMMIT = '5ee2914b723578a9b81237e7a345869ca4aad380';
const TRANSIT_FILE = 'metro/cn-hangzhou-metro.geojson';
/** The walking network's box (geodata/research/network.md): every place in geodata/layers plus 300 m. */
export const BOX: [number, number, number, number] = [120.134, 30.209, 120.222, 30.282];
export const MIN_Z = 12;
export const MAX_Z = 16;
/** Douglas–Peucker tolerance before tiling, about 2 m; geojson-vt simplifies further per zoom. */
const SIMPLIFY_DEG = 0.00002;
const EXTENT = 4096;

type Geometry = GeoJSON.Polygon | GeoJSON.MultiPolygon | GeoJSON.LineString | GeoJSON.MultiLineString;
type Props = Record<string, string | number>;
interface Out {
  geometry: Geometry;
  properties: Props;
  /** The lowest zoom whose tiles carry the feature. */
  minzoom: number;
}

const WATER = new Set(['water', 'river', 'reservoir', 'riverbank', 'wetland', 'dock']);
const WATERWAY = new Set(['river', 'canal', 'stream', 'drain']);
/** Landuse a walker reads as green, open or closed ground; the rest (residential, commercial …) is left out. */
const LANDUSE: Record<string, string> = {
  park: 'park',
  recreation_ground: 'park',
  nature_reserve: 'park',
  forest: 'forest',
  scrub: 'forest',
  grass: 'grass',
  meadow: 'grass',
  heath: 'grass',
  farmland: 'farm',
  orchard: 'farm',
  allotments: 'farm',
  vineyard: 'farm',
  cemetery: 'cemetery',
  military: 'closed',
};
/** Road rank: 1 main, 2 through streets, 3 residential and service, 4 footways, paths and steps. */
const ROAD_RANK: Record<string, number> = {
  motorway: 1,
  motorway_link: 1,
  trunk: 1,
  trunk_link: 1,
  primary: 1,
  primary_link: 1,
  secondary: 2,
  secondary_link: 2,
  tertiary: 2,
  tertiary_link: 2,
  unclassified: 3,
  residential: 3,
  living_street: 3,
  service: 3,
  pedestrian: 4,
  footway: 4,
  path: 4,
  steps: 4,
  track: 4,
  cycleway: 4,
  bridleway: 4,
};
const RAIL = new Set(['rail', 'light_rail', 'subway', 'tram', 'narrow_gauge', 'monorail']);
/** The lowest zoom at which a road of each rank is in the tiles. */
const ROAD_MINZOOM = [0, 12, 12, 14, 15];

// ---- Read ------------------------------------------------------------------------------------------------
interface RawFeature {
  geometry: GeoJSON.Geometry | null;
  properties: Record<string, string | number | null>;
}
function readDir(mirror: string, dir: string, pattern: RegExp): RawFeature[] {
  const git = (...a: string[]) =>
    execFileSync('git', [`--git-dir=${mirror}`, ...a], { encoding: 'utf8', maxBuffer: 1 << 29 });
  const files = git('ls-tree', '--name-only', COMMIT, `${dir}/`)
    .split('\n')
    .filter((p) => pattern.test(p));
  const out: RawFeature[] = [];
  for (const path of files)
    out.push(...(JSON.parse(git('show', `${COMMIT}:${path}`).replace(/^\uFEFF/, '')) as RawFeature[]));
  console.log(`${dir}: ${files.length} files, ${out.length} features`);
  return out;
}

// ---- Clip and simplify -------------------------------------------------------------------------------------
function touchesBox(g: GeoJSON.Geometry): boolean {
  let hit = false;
  const visit = (c: unknown): void => {
    if (hit || !Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as number[];
      hit = x >= BOX[0] && x <= BOX[2] && y >= BOX[1] && y <= BOX[3];
    } else c.forEach(visit);
  };
  if ('coordinates' in g) visit(g.coordinates);
  return hit;
}
/** A polygon larger than the box may touch it with no vertex inside: West Lake and the Qiantang do not, but check. */
function overlapsBox(g: GeoJSON.Geometry): boolean {
  if (touchesBox(g)) return true;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as number[];
      [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
    } else c.forEach(visit);
  };
  if ('coordinates' in g) visit(g.coordinates);
  return w <= BOX[2] && e >= BOX[0] && s <= BOX[3] && n >= BOX[1];
}
function clipAndSimplify(g: GeoJSON.Geometry): Geometry | undefined {
  if (!['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'].includes(g.type)) return undefined;
  const clipped = bboxClip(g as Geometry, BOX).geometry as Geometry;
  const empty = (c: unknown): boolean => Array.isArray(c) && (c.length === 0 || c.every(empty));
  if (empty(clipped.coordinates)) return undefined;
  // Rings or lines cut to nothing by the box are dropped before simplifying.
  if (clipped.type === 'MultiPolygon')
    clipped.coordinates = clipped.coordinates.filter((p) => p[0]?.length >= 4);
  if (clipped.type === 'MultiLineString')
    clipped.coordinates = clipped.coordinates.filter((l) => l.length >= 2);
  if (empty(clipped.coordinates)) return undefined;
  return simplify(clipped, { tolerance: SIMPLIFY_DEG, highQuality: true }) as Geometry;
}

// ---- Select ------------------------------------------------------------------------------------------------
function water(raw: RawFeature[]): Out[] {
  const out: Out[] = [];
  for (const f of raw) {
    const fclass = String(f.properties.fclass ?? '');
    if (!f.geometry || !overlapsBox(f.geometry)) continue;
    const polygon = f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
    if (polygon ? !WATER.has(fclass) : !WATERWAY.has(fclass)) continue;
    const geometry = clipAndSimplify(f.geometry);
    if (!geometry) continue;
    const name = chineseName(String(f.properties.name ?? ''));
    const properties: Props = {
      kind: polygon ? (fclass === 'wetland' ? 'wetland' : 'water') : fclass,
      fclass,
    };
    if (name) Object.assign(properties, { name_zh: name, name_en: roadPinyin(name) });
    out.push({ geometry, properties, minzoom: MIN_Z });
  }
  return out;
}
function landuse(raw: RawFeature[]): Out[] {
  const out: Out[] = [];
  for (const f of raw) {
    const kind = LANDUSE[String(f.properties.fclass ?? '')];
    if (!kind || !f.geometry || !overlapsBox(f.geometry)) continue;
    const geometry = clipAndSimplify(f.geometry);
    if (!geometry) continue;
    const name = chineseName(String(f.properties.name ?? ''));
    const properties: Props = { kind };
    if (name) Object.assign(properties, { name_zh: name, name_en: roadPinyin(name) });
    out.push({ geometry, properties, minzoom: MIN_Z });
  }
  return out;
}
function roads(raw: RawFeature[]): { roads: Out[]; rail: Out[] } {
  const out: Out[] = [];
  const rail: Out[] = [];
  for (const f of raw) {
    const fclass = String(f.properties.fclass ?? '');
    const rank = ROAD_RANK[fclass];
    if ((!rank && !RAIL.has(fclass)) || !f.geometry || !touchesBox(f.geometry)) continue;
    const geometry = clipAndSimplify(f.geometry);
    if (!geometry) continue;
    if (!rank) {
      rail.push({ geometry, properties: { kind: fclass }, minzoom: MIN_Z });
      continue;
    }
    const name = chineseName(String(f.properties.name ?? ''));
    const properties: Props = { kind: fclass, rank };
    if (f.properties.tunnel === 'T') properties.tunnel = 1;
    if (f.properties.bridge === 'T') properties.bridge = 1;
    if (name) Object.assign(properties, { name_zh: name, name_en: roadPinyin(name) });
    out.push({ geometry, properties, minzoom: ROAD_MINZOOM[rank] });
  }
  return { roads: out, rail };
}

/**
 * The metro lines of the overpass export: `railway` ways with their OSM tags. Depot and siding tracks
 * (`service`) are left out; the lines in the box all run in tunnels, which the tiles mark.
 */
function metro(mirror: string): Out[] {
  const text = execFileSync('git', [`--git-dir=${mirror}`, 'show', `${TRANSIT_COMMIT}:${TRANSIT_FILE}`], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const raw = (JSON.parse(text) as { features: RawFeature[] }).features;
  const out: Out[] = [];
  for (const f of raw) {
    const kind = String(f.properties.railway ?? '');
    if (!RAIL.has(kind) || f.properties.service || !f.geometry || !touchesBox(f.geometry)) continue;
    const geometry = clipAndSimplify(f.geometry);
    if (!geometry) continue;
    const properties: Props = { kind };
    const name = String(f.properties.name ?? '');
    if (name) properties.name_zh = name;
    if (f.properties['name:en']) properties.name_en = String(f.properties['name:en']);
    if (f.properties.tunnel === 'yes' || Number(f.properties.layer ?? 0) < 0) properties.tunnel = 1;
    if (f.properties.construction) properties.construction = 1;
    out.push({ geometry, properties, minzoom: MIN_Z });
  }
  console.log(`${TRANSIT_FILE}: ${raw.length} features, ${out.length} metro lines in the box`);
  return out;
}

// ---- Tile --------------------------------------------------------------------------------------------------
export function tileRange(z: number): [number, number, number, number] {
  const n = 2 ** z;
  const x = (lon: number) => Math.floor(((lon + 180) / 360) * n);
  const y = (lat: number) => {
    const r = (lat * Math.PI) / 180;
    return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  };
  return [x(BOX[0]), y(BOX[3]), x(BOX[2]), y(BOX[1])];
}

function main(): void {
  const args = process.argv.slice(2);
  const mirror = args.find((a) => !a.startsWith('--'));
  const transit = args.find((a) => a.startsWith('--transit='))?.slice(10);
  if (!mirror || !transit) {
    console.error(
      'usage: tsx scripts/basemap/build-basemap.ts <mapthree-git-dir> --transit=<transit-git-dir> [--out=public/tiles]',
    );
    process.exit(2);
  }
  const outDir = args.find((a) => a.startsWith('--out='))?.slice(6) ?? 'public/tiles';

  const layers: Record<string, Out[]> = {
    landuse: landuse(readDir(mirror, 'public/hangzhou/landuse', /hangzhou-landuse\d+\.json$/)),
    water: water(readDir(mirror, 'public/hangzhou/water', /hangzhou-water\d+\.json$/)),
    ...(() => {
      const r = roads(readDir(mirror, 'public/hangzhou/road', /hangzhou-roads\d+\.json$/));
      return { roads: r.roads, railway: [...r.rail, ...metro(transit)] };
    })(),
  };
  for (const [name, features] of Object.entries(layers)) {
    const kinds = new Map<string, number>();
    for (const f of features)
      kinds.set(String(f.properties.kind), (kinds.get(String(f.properties.kind)) ?? 0) + 1);
    console.log(`layer ${name}: ${features.length} features`, Object.fromEntries(kinds));
  }
  const named = [...new Set(layers.water.map((f) => f.properties.name_zh).filter(Boolean))];
  console.log(`named water: ${named.join(' ')}`);

  // One index per layer and per distinct minzoom, so low zooms do not carry footways.
  const indexes = new Map<string, GeoJSONVT>();
  const indexFor = (name: string, z: number): GeoJSONVT | undefined => {
    const features = layers[name].filter((f) => f.minzoom <= z);
    if (!features.length) return undefined;
    const minzooms = [...new Set(features.map((f) => f.minzoom))].sort().join(',');
    const key = `${name}:${minzooms}`;
    let index = indexes.get(key);
    if (!index) {
      index = new GeoJSONVT(
        {
          type: 'FeatureCollection',
          features: features.map((f) => ({
            type: 'Feature',
            geometry: f.geometry,
            properties: f.properties,
          })),
        },
        { maxZoom: MAX_Z, indexMaxZoom: MIN_Z, extent: EXTENT, buffer: 64, tolerance: 2 },
      );
      indexes.set(key, index);
    }
    return index;
  };

  rmSync(outDir, { recursive: true, force: true });
  const perZoom: Record<string, { tiles: number; bytes: number; largest: number }> = {};
  let total = 0;
  let count = 0;
  for (let z = MIN_Z; z <= MAX_Z; z++) {
    const [x0, y0, x1, y1] = tileRange(z);
    const stat = { tiles: 0, bytes: 0, largest: 0 };
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const tile: Parameters<typeof fromGeojsonVt>[0] = {};
        for (const name of Object.keys(layers)) {
          const t = indexFor(name, z)?.getTile(z, x, y);
          if (t && t.features.length) tile[name] = t;
        }
        if (!Object.keys(tile).length) continue;
        const bytes = fromGeojsonVt(tile, { version: 2, extent: EXTENT });
        mkdirSync(join(outDir, String(z), String(x)), { recursive: true });
        writeFileSync(join(outDir, String(z), String(x), `${y}.pbf`), bytes);
        stat.tiles++;
        stat.bytes += bytes.length;
        stat.largest = Math.max(stat.largest, bytes.length);
      }
    }
    perZoom[z] = stat;
    total += stat.bytes;
    count += stat.tiles;
  }
  const manifest = {
    source: `OpenStreetMap (Geofabrik free layers) via liuyanchen1994/mapthree@${COMMIT}; metro lines (overpass export 2016-01-19) via foglet/transit@${TRANSIT_COMMIT}`,
    licence: 'ODbL 1.0 — © OpenStreetMap contributors',
    bounds: BOX,
    minzoom: MIN_Z,
    maxzoom: MAX_Z,
    layers: Object.fromEntries(Object.entries(layers).map(([k, v]) => [k, v.length])),
    tiles: count,
    bytes: total,
  };
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.table(perZoom);
  console.log(`${count} tiles, ${total} bytes (${(total / 1024 / 1024).toFixed(2)} MiB)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
