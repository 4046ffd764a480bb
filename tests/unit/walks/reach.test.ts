import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph, type NetworkCollection } from '../../../src/walks/graph.ts';
import { validateReach, type ReachPlace } from '../../../src/walks/reach.ts';
import { formatError } from '../../../src/data/check.ts';

const g = buildGraph(
  JSON.parse(readFileSync('tests/fixtures/network/grid.geojson', 'utf8')) as NetworkCollection,
);
// The grid's south street runs along lat 30.235 from lon 120.16; its blocks are ~100 m.
const place = (id: string, coordinates: [number, number], extra: Partial<ReachPlace> = {}): ReachPlace => ({
  file: 'layers/deshou.geojson',
  id,
  coordinates,
  ...extra,
});
const check = (places: ReachPlace[]) => validateReach(places, g).map(formatError);

describe('validateReach', () => {
  it('accepts a place 10 m from a street', () => {
    expect(check([place('near', [120.16052, 30.23509])])).toEqual([]);
  });

  it('reports a place more than 30 m from every edge, in file:feature:field form', () => {
    const errors = check([place('far', [120.16052, 30.2347])]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^layers\/deshou\.geojson:far:geometry: is 33 m from the walking network/);
  });

  it('accepts a far place that says why in off_network_zh and off_network_en', () => {
    const why = { off_network_zh: '数据中此处没有路。', off_network_en: 'The data maps no way here.' };
    expect(check([place('far', [120.16052, 30.2347], why)])).toEqual([]);
  });

  it('accepts a stated distance that matches the data, and refuses one that has gone stale', () => {
    const says = (m: number) => ({
      off_network_zh: `最近的路约 ${m} 米。`,
      off_network_en: `The nearest way is about ${m} m away.`,
    });
    expect(check([place('far', [120.16052, 30.2347], says(33))])).toEqual([]);
    const stale = check([place('far', [120.16052, 30.2347], says(57))]);
    expect(stale).toHaveLength(2);
    expect(stale[0]).toMatch(
      /^layers\/deshou\.geojson:far:off_network_zh: says the nearest way is 57 m away, but edge e-\d+ .* is 33 m away/,
    );
  });

  it('refuses the off_network mark on a place within 30 m', () => {
    const why = { off_network_zh: '数据中此处没有路。', off_network_en: 'The data maps no way here.' };
    expect(check([place('near', [120.16052, 30.23509], why)])).toEqual([
      expect.stringMatching(
        /^layers\/deshou\.geojson:near:off_network_en: the place is 10 m from edge e-\d+/,
      ),
    ]);
  });

  it('refuses an off_network reason in one language only', () => {
    const errors = check([
      place('far', [120.16052, 30.2347], { off_network_en: 'The data maps no way here.' }),
    ]);
    expect(errors).toContain(
      'layers/deshou.geojson:far:off_network_zh: needs both off_network_zh and off_network_en',
    );
  });

  it('reports two places on either side of a street that meet it at the same point (a 0 m walk)', () => {
    const errors = check([place('north', [120.16052, 30.23515]), place('south', [120.16052, 30.23485])]);
    expect(errors).toEqual([
      expect.stringMatching(
        /^layers\/deshou\.geojson:south:geometry: meets the walking network at the same point as "north"/,
      ),
    ]);
  });

  it('lets two places drawn at the very same spot share their point on the network', () => {
    expect(check([place('gate', [120.16052, 30.23509]), place('marker', [120.16052, 30.23509])])).toEqual([]);
  });
});
