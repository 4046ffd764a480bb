import { describe, expect, it } from 'vitest';
import {
  GAP_MIN,
  MAX_WAIT_MIN,
  groupSizes,
  reversedMiddle,
  rotatedVariants,
  staggerGroups,
} from '../../../src/trips/stagger.ts';
import type { Hold, Route, RouteLeg } from '../../../src/trips/schedule.ts';

function random(seed: number) {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** A random route: 3–8 stops in a 1.5 km square, some narrow, some legs through shared narrow lanes. */
function randomRoute(seed: number): { route: Route; reversed: Route; variants: Route[] } {
  const rnd = random(seed);
  const n = 3 + Math.floor(rnd() * 6);
  const pts = Array.from({ length: n }, () => [rnd() * 1500, rnd() * 1500]);
  const stops = pts.map((_, i) => ({
    id: `s${i}`,
    dwell: 5 + Math.floor(rnd() * 30),
    narrow: i > 0 && i < n - 1 && rnd() < 0.6,
  }));
  const laneOf = new Map<string, RouteLeg['lanes']>();
  const legBetween = (a: number, b: number): RouteLeg => {
    const distance = Math.hypot(pts[a][0] - pts[b][0], pts[a][1] - pts[b][1]);
    const k = [Math.min(a, b), Math.max(a, b)].join('-');
    if (!laneOf.has(k)) {
      const lanes = rnd() < 0.5 ? [{ key: `lane:${k}`, from: distance * 0.2, to: distance * 0.6 }] : [];
      laneOf.set(k, lanes);
    }
    // The same lane walked the other way lies at the mirrored distance along the leg.
    const lanes = laneOf.get(k)!;
    return {
      distance,
      lanes: a < b ? lanes : lanes.map((l) => ({ key: l.key, from: distance - l.to, to: distance - l.from })),
    };
  };
  const route: Route = { stops, legs: stops.slice(1).map((_, i) => legBetween(i, i + 1)) };
  return { route, reversed: reversedMiddle(route, legBetween), variants: rotatedVariants(route, legBetween) };
}

/** Independent check: pairs of holds of different groups on one key that overlap or come within GAP_MIN. */
function clashes(holds: Hold[][]): string[] {
  const out: string[] = [];
  for (let i = 0; i < holds.length; i++)
    for (let j = i + 1; j < holds.length; j++)
      for (const a of holds[i])
        for (const b of holds[j])
          if (a.key === b.key && !(a.to + GAP_MIN <= b.from || b.to + GAP_MIN <= a.from))
            out.push(`groups ${i + 1}/${j + 1} at ${a.key}`);
  return out;
}

describe('groupSizes', () => {
  it('splits as evenly as possible, larger groups first', () => {
    expect(groupSizes(41, 3)).toEqual([14, 14, 13]);
    expect(groupSizes(3, 6)).toEqual([1, 1, 1]);
  });
});

describe('staggerGroups', () => {
  it(
    'property: for 2–5 groups no group waits more than 15 minutes at the start or the end (200 routes)',
    { timeout: 30_000 },
    () => {
      for (let seed = 1; seed <= 200; seed++) {
        const { variants } = randomRoute(seed);
        const rnd = random(seed * 7);
        const groups = 2 + Math.floor(rnd() * 4);
        const pupils = groups + Math.floor(rnd() * 60);
        const { groups: plans, clashes: reported } = staggerGroups(variants, pupils, groups, {
          start: 540,
          age: 'primary',
          breakEvery: [0, 45, 60, 90][Math.floor(rnd() * 4)],
          breakMinutes: 10,
        });
        expect(plans.reduce((s, p) => s + p.pupils, 0)).toBe(pupils);
        const starts = plans.map((p) => p.schedule.start);
        const ends = plans.map((p) => p.schedule.end);
        expect(Math.max(...starts) - Math.min(...starts), `seed ${seed} start`).toBeLessThanOrEqual(
          MAX_WAIT_MIN,
        );
        for (const e of ends)
          expect(Math.max(...ends) - e, `seed ${seed} end`).toBeLessThanOrEqual(MAX_WAIT_MIN);
        // Every clash left is reported, and nothing else: an independent check of the holds.
        expect(reported.length, `seed ${seed}`).toBe(clashes(plans.map((p) => p.schedule.holds)).length);
      }
    },
  );

  it('starts the second group at once on the reversed loop when that avoids every narrow stop', () => {
    const route: Route = {
      stops: [
        { id: 'gate', dwell: 0, narrow: false },
        { id: 'museum', dwell: 30, narrow: true },
        { id: 'square', dwell: 10, narrow: false },
        { id: 'hall', dwell: 30, narrow: true },
        { id: 'gate', dwell: 0, narrow: false },
      ],
      legs: [500, 500, 500, 500].map((distance) => ({ distance, lanes: [] })),
    };
    const reversed = reversedMiddle(route, () => ({ distance: 500, lanes: [] }));
    const { groups: plans } = staggerGroups([route, reversed], 20, 2, {
      start: 540,
      age: 'junior',
      breakEvery: 0,
      breakMinutes: 10,
    });
    expect(plans.map((p) => [p.variant, p.offset])).toEqual([
      [0, 0],
      [1, 0],
    ]);
  });

  it('with one way round and a long narrow stop, keeps the 15-minute limit and reports the clash', () => {
    const route: Route = {
      stops: [
        { id: 'a', dwell: 0, narrow: false },
        { id: 'museum', dwell: 40, narrow: true },
        { id: 'z', dwell: 0, narrow: false },
      ],
      legs: [
        { distance: 500, lanes: [] },
        { distance: 500, lanes: [] },
      ],
    };
    const { groups: plans, clashes: c } = staggerGroups([route], 30, 2, {
      start: 540,
      age: 'senior',
      breakEvery: 0,
      breakMinutes: 10,
    });
    expect(plans[1].offset).toBe(15);
    expect(c.map((x) => [x.key, x.groups])).toEqual([['stop:museum', [1, 2]]]);
  });
});
