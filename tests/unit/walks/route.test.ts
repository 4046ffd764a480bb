import { readFileSync } from 'node:fs';
import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { buildGraph, type NetworkCollection } from '../../../src/walks/graph.ts';
import { edgeFilter, pathCoordinates, shortestPath, snapFor } from '../../../src/walks/route.ts';
import { planWalk } from '../../../src/walks/plan.ts';
import { expectGolden } from '../golden.ts';

const network = JSON.parse(readFileSync('tests/fixtures/network/grid.geojson', 'utf8')) as NetworkCollection;
const g = buildGraph(network);
// Grid corner (0,0) and its nodes, ~100 m apart.
const P = (i: number, j: number): [number, number] => [120.16 + i * 0.00104, 30.235 + j * 0.0009];

/** A seeded pseudo-random generator, so property tests are repeatable. */
function random(seed: number) {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

describe('shortestPath', () => {
  it('takes the stepped shortcut on the standard profile and avoids it step-free', () => {
    const from = P(0, 0);
    const to = P(1, 1);
    const std = planWalk(
      g,
      [
        { id: 'a', lonLat: from },
        { id: 'b', lonLat: to },
      ],
      'standard',
    );
    const free = planWalk(
      g,
      [
        { id: 'a', lonLat: from },
        { id: 'b', lonLat: to },
      ],
      'step-free',
    );
    expect(std.distance).toBeCloseTo(distance(from, to, { units: 'meters' }), -1);
    expect(std.steppedSections).toBe(1);
    expect(free.steppedSections).toBe(0);
    expect(free.distance).toBeGreaterThan(190);
    expect(free.stepFree).toBe(true);
  });

  it('says a place reachable only by steps is unreachable step-free', () => {
    const plan = planWalk(
      g,
      [
        { id: 'start', lonLat: P(0, 0) },
        { id: 'terrace', lonLat: P(6, 5) },
      ],
      'step-free',
    );
    expect(plan.unreachable).toEqual(['terrace']);
    expect(plan.stepFree).toBe(false);
  });

  it('routes between points in the middle of lanes, not only at junctions', () => {
    // A quarter and three quarters along the same 100 m street: 50 m apart along it.
    const a: [number, number] = [120.16026, 30.235];
    const b: [number, number] = [120.16078, 30.235];
    const same = planWalk(
      g,
      [
        { id: 'a', lonLat: a },
        { id: 'b', lonLat: b },
      ],
      'standard',
    );
    expect(same.distance).toBeCloseTo(distance(a, b, { units: 'meters' }), 0);
    expect(same.legs[0].coordinates[0]).toEqual([expect.closeTo(a[0], 6), expect.closeTo(a[1], 6)]);
    // Half-way along a street to half-way along the street two blocks up: 50 + 200 + 50 m.
    const c: [number, number] = [120.16052, 30.235];
    const d: [number, number] = [120.16052, 30.2368];
    const up = planWalk(
      g,
      [
        { id: 'c', lonLat: c },
        { id: 'd', lonLat: d },
      ],
      'standard',
    );
    expect(up.distance).toBeGreaterThan(295);
    expect(up.distance).toBeLessThan(310);
  });

  it('gives turn-by-turn directions grouped by street name', () => {
    const plan = planWalk(
      g,
      [
        { id: 'a', lonLat: P(0, 2) },
        { id: 'b', lonLat: P(3, 4) },
      ],
      'standard',
    );
    const total = plan.legs[0].directions.reduce((s, d) => s + d.distance, 0);
    expect(total).toBeCloseTo(plan.distance, 0);
    for (let i = 1; i < plan.legs[0].directions.length; i++) {
      expect(plan.legs[0].directions[i].name_zh).not.toBe(plan.legs[0].directions[i - 1].name_zh);
    }
  });

  it('is never shorter than the straight line, and never uses steps step-free (200 random pairs)', () => {
    const rnd = random(7);
    for (let i = 0; i < 200; i++) {
      const a: [number, number] = [120.16 + rnd() * 0.0042, 30.235 + rnd() * 0.0036];
      const b: [number, number] = [120.16 + rnd() * 0.0042, 30.235 + rnd() * 0.0036];
      for (const profile of ['standard', 'step-free'] as const) {
        const s = snapFor(g, a, profile)!;
        const t = snapFor(g, b, profile)!;
        const path = shortestPath(g, s, t, edgeFilter(g, profile))!;
        expect(path.distance + 0.01).toBeGreaterThanOrEqual(distance(s.point, t.point, { units: 'meters' }));
        if (profile === 'step-free') expect(path.pieces.every((p) => g.steps[p.edge] === 0)).toBe(true);
      }
    }
  });
});

describe('route fixtures', () => {
  // Input: two points; output: the route line as a GeoJSON file a person can open. UPDATE=1 rewrites outputs.
  const cases: [string, [number, number], [number, number], 'standard' | 'step-free'][] = [
    ['corner-to-corner', P(0, 0), P(4, 4), 'standard'],
    ['corner-to-corner-step-free', P(0, 0), P(4, 4), 'step-free'],
  ];
  for (const [name, a, b, profile] of cases) {
    it(`${name} matches tests/fixtures/network/${name}.out.geojson`, () => {
      const s = snapFor(g, a, profile)!;
      const t = snapFor(g, b, profile)!;
      const path = shortestPath(g, s, t, edgeFilter(g, profile))!;
      const out = {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { profile, distance_m: Math.round(path.distance * 10) / 10, stroke: '#b0231b' },
            geometry: {
              type: 'LineString',
              coordinates: pathCoordinates(g, path).map(([x, y]) => [+x.toFixed(6), +y.toFixed(6)]),
            },
          },
          { type: 'Feature', properties: { role: 'from' }, geometry: { type: 'Point', coordinates: a } },
          { type: 'Feature', properties: { role: 'to' }, geometry: { type: 'Point', coordinates: b } },
        ],
      };
      const file = `tests/fixtures/network/${name}.out.geojson`;
      const text = `${JSON.stringify(out, null, 1)}\n`;
      expectGolden(file, text);
    });
  }
});
