import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NetworkCollection } from '../../../src/walks/graph.ts';
import { WalkPlanner, type StopInput } from '../../../src/walks/planner.ts';

const network = JSON.parse(readFileSync('tests/fixtures/network/grid.geojson', 'utf8')) as NetworkCollection;
const planner = WalkPlanner.fromNetwork(network);
const P = (i: number, j: number): [number, number] => [120.16 + i * 0.00104, 30.235 + j * 0.0009];
const stop = (id: string, lonLat: [number, number], dwell_min?: number): StopInput => ({
  id,
  name_zh: id,
  name_en: id,
  lonLat,
  dwell_min,
});
const names = { zh: '我的步道', en: 'My walk' };

describe('a visitor’s own walk', () => {
  it('gives each stop its own usual visit, and the profile default only where a stop has none', () => {
    const view = planner.plan(
      [stop('museum', P(0, 0), 45), stop('lane', P(2, 0))],
      'standard',
      'open',
      names,
    );
    expect(view.stops.map((s) => s.dwell_min)).toEqual([45, 15]);
    expect(view.duration_min).toBe(view.walk_min + 60);
  });
});
