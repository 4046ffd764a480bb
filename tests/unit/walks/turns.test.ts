import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph, type NetworkCollection } from '../../../src/walks/graph.ts';
import { planWalk, type Landmark } from '../../../src/walks/plan.ts';

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

describe('turns named at landmarks', () => {
  const CORNER: [number, number] = [120.16208, 30.235];
  const at = (landmarks: Landmark[], to: [number, number] = NORTH_END) =>
    planWalk(
      g,
      [
        { id: 'a', lonLat: WEST_END },
        { id: 'b', lonLat: to },
      ],
      'standard',
      landmarks,
    ).legs[0].directions[1].at;

  it('a landmark 10 m from the corner names the turn', () => {
    const gate: Landmark = { id: 'gate', name_zh: '城门', name_en: 'the gate', lonLat: [120.16218, 30.235] };
    expect(at([gate])).toEqual({ name_zh: '城门', name_en: 'the gate' });
  });

  it('a landmark 60 m away does not', () => {
    expect(
      at([{ id: 'far', name_zh: '远塔', name_en: 'far tower', lonLat: [120.1627, 30.235] }]),
    ).toBeUndefined();
  });

  it('the stop the leg is going to is not named as its own landmark', () => {
    expect(at([{ id: 'b', name_zh: '终点', name_en: 'the end', lonLat: CORNER }])).toBeUndefined();
  });
});

describe('steps counted as flights', () => {
  const stairs = buildGraph(
    JSON.parse(readFileSync('tests/fixtures/network/stairs.geojson', 'utf8')) as NetworkCollection,
  );

  it('a stair of two mapped ways (one drawn as two edges) is one direction of two flights', () => {
    const d = planWalk(
      stairs,
      [
        { id: 'a', lonLat: [120.17, 30.23] },
        { id: 'b', lonLat: [120.17, 30.2318] },
      ],
      'standard',
    ).legs[0].directions;
    expect(d.map((x) => [x.name_en, x.steps, x.flights])).toEqual([
      ['Po Lu', false, undefined],
      ['steps', true, 2],
      ['Shan Xiang', false, undefined],
    ]);
  });
});

describe('a landmark named like the way', () => {
  it('is not named at a turn onto that way', () => {
    const sign: Landmark = { id: 's', name_zh: '北巷', name_en: 'Bei Xiang', lonLat: [120.16208, 30.235] };
    const d = planWalk(
      g,
      [
        { id: 'a', lonLat: WEST_END },
        { id: 'b', lonLat: NORTH_END },
      ],
      'standard',
      [sign],
    ).legs[0].directions;
    expect(d[1].at).toBeUndefined();
  });
});
