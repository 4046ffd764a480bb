import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countPointPlaces } from '../../../src/places/area-counts.ts';
import { PLAN_BUDGET_BYTES, sitePlanSvg } from '../../../src/places/site-plan.ts';

type Layer = Parameters<typeof countPointPlaces>[0][number];
const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Layer;
const layers = readdirSync('geodata/layers').map((f) => ({ f, l: read(`geodata/layers/${f}`) }));
const song = layers.find((x) => x.f === 'song-city.geojson')!.l.features;
const places = layers.filter((x) => x.f !== 'song-city.geojson').flatMap((x) => x.l.features);
const basemap = read('geodata/basemap.geojson').features;
const network = read('geodata/network.geojson').features;
const ids = new Set(countPointPlaces(layers.map((x) => x.l)).flatMap((c) => c.ids));
const id = (f: Layer['features'][number]) => (f.properties as { id: string }).id;

describe('site plans drawn for the places inside the four heritage areas', () => {
  const plans = places
    .filter((f) => ids.has(id(f)))
    .map((f) => ({ id: id(f), svg: sitePlanSvg({ place: f, basemap, network, places, song }) }));

  it('draws one for every counted place', () => {
    expect(plans.length).toBe(ids.size);
    expect(plans.length).toBeGreaterThan(0);
  });

  it.each(plans.map((p) => [p.id, p.svg]))(
    '%s: within the budget, with streets, marker, north arrow and scale',
    (placeId, svg) => {
      expect(Buffer.byteLength(svg)).toBeLessThanOrEqual(PLAN_BUDGET_BYTES);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 320 240"/);
      // Streets of the walking network, whenever one of its points lies in the frame (400 × 300 m).
      const [lon, lat] = places.find((f) => id(f) === placeId)!.geometry.coordinates as number[];
      const near = network.some((e) =>
        (e.geometry.coordinates as number[][]).some(
          ([x, y]) => Math.abs(x - lon) * 96_200 < 200 && Math.abs(y - lat) * 110_574 < 150,
        ),
      );
      if (near) expect(svg).toMatch(/stroke="#(9a948a|b5afa5)"/);
      expect(svg).toContain('<circle cx="160" cy="120" r="6"'); // the place, at the centre
      expect(svg).toContain('>N</text>');
      // The scale bar is 100 m long at 400 m across 320 px.
      expect(svg).toContain('h80"');
      expect(svg).toContain('>100 m</text>');
      expect(svg).not.toMatch(/NaN|Infinity/);
    },
  );

  it('draws a low-confidence place hollow, as the map does', () => {
    const p = places.find(
      (f) => ids.has(id(f)) && (f.properties as { confidence: string }).confidence === 'low',
    )!;
    const svg = sitePlanSvg({ place: p, basemap, network, places, song });
    expect(svg).toContain('r="6" fill="#fff"');
  });

  it('keeps nothing outside the frame but a small margin', () => {
    for (const { svg } of plans) {
      for (const m of svg.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)) {
        expect(Number(m[1])).toBeGreaterThanOrEqual(-20);
        expect(Number(m[1])).toBeLessThanOrEqual(340);
        expect(Number(m[2])).toBeGreaterThanOrEqual(-20);
        expect(Number(m[2])).toBeLessThanOrEqual(260);
      }
    }
  });
});
