/**
 * The committed vector basemap (public/tiles, built by scripts/basemap/build-basemap.ts) decodes as Mapbox
 * Vector Tiles and holds what the style draws, at known points. Reads the files only; no mirror needed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { booleanPointInPolygon, point, pointToLineDistance } from '@turf/turf';
import { tileRange } from '../../../scripts/basemap/build-basemap.ts';

const DIR = 'public/tiles';

function tileAt(z: number, [lon, lat]: [number, number]): { tile: VectorTile; x: number; y: number } {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const r = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  const tile = new VectorTile(new PbfReader(readFileSync(join(DIR, String(z), String(x), `${y}.pbf`))));
  return { tile, x, y };
}

/** The kinds of the polygons of `layer` that contain the point. */
function polygonsAt(layer: string, z: number, lonLat: [number, number]): string[] {
  const { tile, x, y } = tileAt(z, lonLat);
  const l = tile.layers[layer];
  const kinds: string[] = [];
  for (let i = 0; l && i < l.length; i++) {
    const f = l.feature(i).toGeoJSON(x, y, z);
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
    if (booleanPointInPolygon(point(lonLat), f as never)) kinds.push(String(f.properties?.kind));
  }
  return kinds;
}

/** West Lake's open water between 断桥 and 湖心亭, and the land at 吴山广场 east of the lake. */
const WEST_LAKE: [number, number] = [120.15, 30.25];
const WUSHAN_SQUARE: [number, number] = [120.1655, 30.2435];
/** A vertex of OSM way 330195605 (杭州地铁1号线) in foglet/transit's export, under 西湖大道 near 建国南路 (8 m from the OSM road). */
const LINE_1_VERTEX: [number, number] = [120.1747359, 30.247753];

describe('the vector basemap tiles', () => {
  it.each([13, 15, 16])('hold West Lake as water at z%i', (z) => {
    expect(polygonsAt('water', z, WEST_LAKE)).toContain('water');
  });

  it('hold no water on land (吴山广场, z15)', () => {
    expect(polygonsAt('water', 15, WUSHAN_SQUARE)).toEqual([]);
  });

  it('carry the landuse, water and roads layers at z13 and z15, and the metro where a line crosses the tile', () => {
    expect(Object.keys(tileAt(13, WEST_LAKE).tile.layers).sort()).toEqual([
      'landuse',
      'railway',
      'roads',
      'water',
    ]);
    expect(Object.keys(tileAt(15, WEST_LAKE).tile.layers).sort()).toEqual(['landuse', 'roads', 'water']);
  });

  it.each([13, 15, 16])('draw Metro Line 1 under 西湖大道 at its OSM position (way 330195605), z%i', (z) => {
    const { tile, x, y } = tileAt(z, LINE_1_VERTEX);
    const rail = tile.layers.railway;
    const near: string[] = [];
    for (let i = 0; rail && i < rail.length; i++) {
      const f = rail.feature(i).toGeoJSON(x, y, z);
      const lines =
        f.geometry.type === 'LineString'
          ? [f.geometry.coordinates]
          : f.geometry.type === 'MultiLineString'
            ? f.geometry.coordinates
            : [];
      const metres = Math.min(
        ...lines.map((l) => pointToLineDistance(point(LINE_1_VERTEX), l as never, { units: 'meters' })),
      );
      if (metres < 15) near.push(`${String(f.properties?.kind)} ${String(f.properties?.name_zh)}`);
    }
    expect(near).toEqual(['subway 杭州地铁1号线']);
  });

  it('name the roads in Chinese with their pinyin (河坊街 → Hefang Jie, z16)', () => {
    const { tile } = tileAt(16, [120.1685, 30.2405]);
    const roads = tile.layers.roads;
    const names = new Set<string>();
    for (let i = 0; i < roads.length; i++) {
      const p = roads.feature(i).properties;
      if (p.name_zh) names.add(`${String(p.name_zh)}|${String(p.name_en)}`);
    }
    expect([...names]).toContain('河坊街|Hefang Jie');
  });

  it('keep footways out of z13 and in z15 (the low zooms stay light)', () => {
    const ranks = (z: number) => {
      const roads = tileAt(z, WUSHAN_SQUARE).tile.layers.roads;
      return new Set(
        Array.from({ length: roads.length }, (_, i) => Number(roads.feature(i).properties.rank)),
      );
    };
    expect([ranks(13).has(4), ranks(15).has(4)]).toEqual([false, true]);
  });

  it('cover the whole box at every zoom, within the precache budget (1.5 MB, no file over 3 MiB)', () => {
    let bytes = 0;
    let largest = 0;
    for (let z = 12; z <= 16; z++) {
      const [x0, y0, x1, y1] = tileRange(z);
      for (let x = x0; x <= x1; x++)
        for (let y = y0; y <= y1; y++) {
          const size = statSync(join(DIR, String(z), String(x), `${y}.pbf`)).size;
          bytes += size;
          largest = Math.max(largest, size);
        }
    }
    expect(readdirSync(DIR).sort()).toEqual(['12', '13', '14', '15', '16', 'manifest.json']);
    expect(bytes).toBeLessThanOrEqual(1.5e6);
    expect(largest).toBeLessThan(3 * 1024 * 1024);
  });
});
