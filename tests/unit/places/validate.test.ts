import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../../src/data/check.ts';
import { gcjOffsetErrors, validateAll, validateFile, type DataFile } from '../../../src/places/validate.ts';
import { parseReferencePoints } from '../../../src/data/reference.ts';
import { expectGolden } from '../golden.ts';

// Known-bad fixtures, each with the field its error must name. The full error text is kept beside each
// fixture in <name>.errors.txt; run with UPDATE=1 to rewrite those files after a deliberate change.
const DIR = 'tests/fixtures/layers';
const EXPECTED_FIELD: Record<string, string> = {
  'bad-id': ':id:',
  'clockwise-ring': ':geometry: exterior ring must be counter-clockwise',
  'dates-out-of-order': ':dates.1.year: dates must be in chronological order',
  'duplicate-same-kind': ':museum-b:geometry: duplicate place: "museum-a"',
  'duplicate-same-name': ':gate-b:name_zh: same place as "gate-a"',
  'era-mismatch': ':dates.0.era_zh:',
  'gcj02-not-converted': ':geometry: is ',
  'gcj02-same-name': 'm from the GCJ-02 offset of the same-named reference place "guanyao-museum"',
  'lat-lon-swapped': 'outside the Shangcheng bounds',
  multipoint: ':geometry: type must be Point, LineString or Polygon',
  'no-confidence': ':confidence: required',
  'no-sources': ':sources: needs at least one source',
  'not-a-collection': ':type: must be a GeoJSON FeatureCollection',
  'opening-hours-invalid': ':p:opening_hours: Tu-X <--- (Unexpected token',
  'opening-hours-no-source': ':p:hours_source: required with opening_hours',
  'point-without-summary': ':summary_en: required',
  'reconstruction-without-dates': ':song-thing:from: a reconstruction needs the years it stood',
  'schematic-not-low': ':confidence: a schematic geometry must have confidence "low"',
  'unclosed-ring': 'ring 0 is not closed',
  'unknown-field': ':popularity: unknown field',
  'visit-without-basis': ':p:visit_basis: required with visit_min',
  'visitor-aggregator': ':p:sources.0.url: cites the aggregator kpfans.com',
  'visitor-datum-note': ':p:how_zh: mentions a GCJ-02 conversion',
  'visitor-file-name': ':p:note_zh: names the folder "research/"',
  // A visitor's address and summary never cite the map provider; the folded how_en may.
  'visitor-map-provider': ':p:address_zh: names the map provider "高德"',
  'visitor-question-bank': ':p:sources.0.title: cites the question bank zujuan.com',
  'wrong-area': ':area: is "qinghefang" but this file holds area "deshou"',
};

const references = parseReferencePoints(readFileSync('geodata/reference/places.csv', 'utf8'));

function load(file: string): DataFile {
  return { file, kind: 'place', area: 'deshou', json: JSON.parse(readFileSync(file, 'utf8')) };
}

describe('validateFile', () => {
  it('accepts a valid layer with a point, a line, a polygon, a GCJ-02 conversion and era dates', () => {
    expect(validateFile(load(join(DIR, 'good.geojson')))).toEqual([]);
  });

  const badFiles = readdirSync(join(DIR, 'bad')).filter((f) => f.endsWith('.geojson'));

  it('has an expectation for every known-bad fixture', () => {
    expect(badFiles.map((f) => basename(f, '.geojson')).sort()).toEqual(Object.keys(EXPECTED_FIELD).sort());
  });

  for (const name of badFiles) {
    const id = basename(name, '.geojson');
    it(`rejects ${id} with an error naming file, feature and field`, () => {
      const file = join(DIR, 'bad', name);
      // The whole validator, as `npm run data` runs it: per-file checks, duplicates, reference places.
      const lines = validateAll([load(file)], references).map(formatError);
      expect(lines.some((l) => l.startsWith(`${file}:`) && l.includes(EXPECTED_FIELD[id]))).toBe(true);
      const golden = join(DIR, 'bad', `${id}.errors.txt`);
      const text = `${lines.join('\n')}\n`;
      expectGolden(golden, text);
    });
  }
});

describe('validateAll', () => {
  it('reports an id used in two files', () => {
    const a = load(join(DIR, 'good.geojson'));
    const b = { ...load(join(DIR, 'good.geojson')), file: 'copy.geojson' };
    const errors = validateAll([a, b]).map(formatError);
    expect(errors).toContain(`copy.geojson:fixture-museum:id: duplicate of an id in ${a.file}`);
  });
});

describe('gcjOffsetErrors', () => {
  it('rejects a point that sits at the GCJ-02 offset of a reference place', () => {
    const lines = gcjOffsetErrors(load(join(DIR, 'gcj-offset.geojson')), references).map(formatError);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /gcj-offset\.geojson:p:geometry: sits \d+ m from the GCJ-02 offset of reference place "gulou"/,
    );
  });

  it('accepts points at their converted WGS84 positions', () => {
    expect(gcjOffsetErrors(load(join(DIR, 'good.geojson')), references)).toEqual([]);
  });
});
