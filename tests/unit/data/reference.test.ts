import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon, distance, pointToLineDistance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseReferencePoints } from '../../../src/data/reference.ts';
import type { PlaceCollection, PlaceFeature } from '../../../src/data/schema.ts';

// Every checked reference point must be matched by the project's feature for that place (the one whose
// `ref` names it), and lie within 50 m of it.
const LIMIT_M = 50;
const references = parseReferencePoints(readFileSync('geodata/reference/places.csv', 'utf8'));
const features: PlaceFeature[] = readdirSync('geodata/layers').flatMap(
  (f) => (JSON.parse(readFileSync(join('geodata/layers', f), 'utf8')) as PlaceCollection).features,
);

function metresTo(f: PlaceFeature, p: [number, number]): number {
  const g = f.geometry;
  if (g.type === 'Point') return distance(p, g.coordinates, { units: 'meters' });
  if (g.type === 'LineString')
    return pointToLineDistance(p, { type: 'LineString', coordinates: g.coordinates }, { units: 'meters' });
  if (booleanPointInPolygon(p, { type: 'Polygon', coordinates: g.coordinates })) return 0;
  return pointToLineDistance(p, { type: 'LineString', coordinates: g.coordinates[0] }, { units: 'meters' });
}

describe('reference points', () => {
  it('parses quoted CSV fields with commas and doubled quotes', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\n1,2,3\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['1', '2', '3'],
    ]);
  });

  it('holds the checked points of places.csv', () => {
    expect(references.length).toBeGreaterThanOrEqual(18);
    for (const r of references) expect(Number.isFinite(r.lon) && Number.isFinite(r.lat), r.id).toBe(true);
  });

  // imperial-street-poi is a point ~136 m off the street OpenStreetMap draws; no feature claims it (see
  // geodata/research/qinghefang.md); hefang-scenic was a second point for Hefang Street, removed as a duplicate
  // (geodata/research/corrections-18.md). Both are checked as exceptions rather than silently skipped.
  const UNCLAIMED = new Set(['imperial-street-poi', 'hefang-scenic']);

  for (const r of references) {
    it(`has the project's feature for ${r.id} (${r.name_zh}) within ${LIMIT_M} m`, () => {
      const mine = features.filter((f) => f.properties.ref === r.id);
      if (UNCLAIMED.has(r.id)) {
        expect(mine).toEqual([]);
        return;
      }
      expect(mine.length, `no feature has ref "${r.id}"`).toBe(1);
      const d = metresTo(mine[0], [r.lon, r.lat]);
      expect(
        d,
        `${r.id} (${r.name_zh}) is ${d.toFixed(0)} m from ${mine[0].properties.id}`,
      ).toBeLessThanOrEqual(LIMIT_M);
    });
  }
});
