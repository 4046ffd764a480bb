import { describe, expect, it } from 'vitest';
import { destination, point } from '@turf/turf';
import { ARRIVE_M, OFF_ROUTE_M, compassOf, guide, type GuidedRoute } from '../../../src/walks/guide.ts';

/** A point `m` metres from `from` on a compass bearing. */
const go = (from: [number, number], m: number, deg: number): [number, number] =>
  destination(point(from), m, deg, { units: 'meters' }).geometry.coordinates as [number, number];

const a: [number, number] = [120.17, 30.25];
const corner = go(a, 200, 90);
const b = go(corner, 100, 0);
const route: GuidedRoute = {
  stops: [
    { id: 'a', name_zh: '甲', name_en: 'A', lonLat: a },
    { id: 'b', name_zh: '乙', name_en: 'B', lonLat: b },
  ],
  legs: [
    {
      directions: [
        { name_zh: '东街', name_en: 'East St', distance_m: 200, steps: false },
        { name_zh: '北巷', name_en: 'North Ln', distance_m: 100, steps: false },
      ],
    },
  ],
  line: [a, corner, b],
};

describe('guide', () => {
  it('names the compass point nearest a bearing', () => {
    expect([0, 44, 46, 90, 180, -90, -135, 359].map(compassOf)).toEqual([
      'N',
      'NE',
      'NE',
      'E',
      'S',
      'W',
      'SW',
      'N',
    ]);
  });

  it('on the first stretch says the metres left on it and the stretch that follows', () => {
    const s = guide(route, 1, go(a, 50, 90));
    expect(s.step?.direction.name_en).toBe('East St');
    expect(s.step?.left_m).toBeCloseTo(150, 0);
    expect(s.then?.name_en).toBe('North Ln');
    expect(s.compass).toBe('NE');
    expect(s.offRoute).toBe(false);
    expect(s.arrived).toBe(false);
  });

  it('past the corner is on the last stretch with nothing after it', () => {
    const s = guide(route, 1, go(corner, 40, 0));
    expect(s.step?.direction.name_en).toBe('North Ln');
    expect(s.step?.left_m).toBeCloseTo(60, 0);
    expect(s.then).toBeUndefined();
    expect(s.compass).toBe('N');
  });

  it('arrives within ARRIVE_M of the next stop and not before', () => {
    expect(guide(route, 1, go(b, ARRIVE_M - 5, 180)).arrived).toBe(true);
    expect(guide(route, 1, go(b, ARRIVE_M + 10, 180)).arrived).toBe(false);
  });

  it('is off the route further than OFF_ROUTE_M from the line', () => {
    const s = guide(route, 1, go(go(a, 100, 90), OFF_ROUTE_M + 30, 180));
    expect(s.offRoute).toBe(true);
    expect(s.off_m).toBeGreaterThan(OFF_ROUTE_M);
    expect(guide(route, 1, go(go(a, 100, 90), OFF_ROUTE_M - 30, 180)).offRoute).toBe(false);
  });

  it('walking to the start gives its direction and no stretch', () => {
    const s = guide(route, 0, go(a, 100, 270));
    expect(s.compass).toBe('E');
    expect(s.distance_m).toBeCloseTo(100, 0);
    expect(s.step).toBeUndefined();
  });
});
