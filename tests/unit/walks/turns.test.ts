import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph, type NetworkCollection } from '../../../src/walks/graph.ts';
import { planWalk } from '../../../src/walks/plan.ts';

// A street running east (横街) to a corner, where a lane goes north (北巷) and another south (南巷).
const g = buildGraph(
  JSON.parse(readFileSync('tests/fixtures/network/corner.geojson', 'utf8')) as NetworkCollection,
);
const WEST_END: [number, number] = [120.16, 30.235];
const NORTH_END: [number, number] = [120.16208, 30.2368];
const SOUTH_END: [number, number] = [120.16208, 30.2332];
// About 30 m east of the north lane's end, and 30 m west of it.
const EAST_OF_NORTH_END: [number, number] = [120.16239, 30.23675];
const WEST_OF_NORTH_END: [number, number] = [120.16177, 30.23675];

const leg = (to: [number, number]) =>
  planWalk(
    g,
    [
      { id: 'a', lonLat: WEST_END },
      { id: 'b', lonLat: to },
    ],
    'standard',
  ).legs[0];

describe('directions that say where to turn', () => {
  it('east then north is a left turn onto the north lane; the first direction has no turn', () => {
    const d = leg(NORTH_END).directions;
    expect(d.map((x) => [x.name_en, x.turn])).toEqual([
      ['Heng Jie', undefined],
      ['Bei Xiang', 'left'],
    ]);
  });

  it('east then south is a right turn', () => {
    expect(leg(SOUTH_END).directions[1]).toMatchObject({ name_en: 'Nan Xiang', turn: 'right' });
  });

  it('a stop at the end of the way is straight ahead', () => {
    expect(leg(NORTH_END).arrival).toBe('ahead');
  });

  it('walking north, a stop to the east is on the right and one to the west on the left', () => {
    expect(leg(EAST_OF_NORTH_END).arrival).toBe('right');
    expect(leg(WEST_OF_NORTH_END).arrival).toBe('left');
  });
});
