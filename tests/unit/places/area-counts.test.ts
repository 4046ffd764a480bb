import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AREA_MINIMUMS, countPointPlaces } from '../../../src/places/area-counts.ts';

const dir = 'geodata/layers';
const layers = readdirSync(dir)
  .filter((f) => f.endsWith('.geojson'))
  .map(
    (f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Parameters<typeof countPointPlaces>[0][number],
  );
const counts = countPointPlaces(layers);
const total = counts.reduce((n, c) => n + c.ids.length, 0);
const fangxiang = counts.find((c) => c.area === 'fangxiang')!.ids.length;

/** The "Counts" table of geodata/research/seed-coverage.md, read back as area → number. */
function tableCounts(): Record<string, number> {
  const md = readFileSync('geodata/research/seed-coverage.md', 'utf8');
  const section = md.slice(md.indexOf('## Counts'));
  const rows = [...section.matchAll(/^\| ([a-z-]+)\s+\| (\d+)\s+\|$/gm)];
  return Object.fromEntries(rows.map((m) => [m[1], Number(m[2])]));
}

describe('point places inside the four heritage areas (polygon containment)', () => {
  it('counts a point once per outline that contains it, and no Song reconstruction', () => {
    const outline = {
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [120, 30],
            [120.01, 30],
            [120.01, 30.01],
            [120, 30.01],
            [120, 30],
          ],
        ],
      },
      properties: { id: 'fangxiang-area-taimiao' },
    };
    const pt = (id: string, lon: number, extra = {}) => ({
      geometry: { type: 'Point', coordinates: [lon, 30.005] },
      properties: { id, ...extra },
    });
    const others = ['imperial-city-outline', 'deshou-area', 'qinghefang-area'].map((id) => ({
      ...outline,
      geometry: {
        ...outline.geometry,
        coordinates: [outline.geometry.coordinates[0].map(([x, y]) => [x + 1, y])],
      },
      properties: { id },
    }));
    const got = countPointPlaces([
      {
        features: [
          outline,
          ...others,
          pt('in', 120.005),
          pt('out', 120.02),
          pt('song', 120.004, { reconstruction: true }),
        ],
      },
    ]);
    expect(got.find((c) => c.area === 'fangxiang')!.ids).toEqual(['in']);
    expect(got.find((c) => c.area === 'deshou')!.ids).toEqual([]);
  });

  it('matches the counts table in geodata/research/seed-coverage.md', () => {
    const expected = Object.fromEntries(counts.map((c) => [c.area, c.ids.length]));
    expect(tableCounts()).toEqual({ ...expected, total });
  });

  it("never falls below the counts reached so far (24 in all, 5 in the 二十三坊巷), on the way to #18's 40 and 10", () => {
    // Raise these as sourced places are added; when they reach AREA_MINIMUMS, test against AREA_MINIMUMS instead.
    const reached = { total: 24, fangxiang: 5 };
    expect(total).toBeGreaterThanOrEqual(reached.total);
    expect(fangxiang).toBeGreaterThanOrEqual(reached.fangxiang);
    expect(reached.total).toBeLessThanOrEqual(AREA_MINIMUMS.total);
  });

  it("says in seed-coverage.md whether issue #18's minimums are met, and they hold once met", () => {
    const md = readFileSync('geodata/research/seed-coverage.md', 'utf8');
    const met = total >= AREA_MINIMUMS.total && fangxiang >= AREA_MINIMUMS.fangxiang;
    expect(md).toContain(met ? 'minimums are **met**' : 'minimums are **not met**');
  });
});
