import { describe, expect, it } from 'vitest';
import { arrivalMinutes, departureFor } from '../../../src/walks/appointment.ts';

const stop = (id: string, dwell_min: number) => ({
  id,
  name_zh: id,
  name_en: id,
  lonLat: [0, 0] as [number, number],
  dwell_min,
});
const leg = (minutes: number) => ({ distance_m: minutes * 75, minutes, directions: [] });
// a (15 min) → 8 min → b (20 min) → 12.4 min → c
const view = { stops: [stop('a', 15), stop('b', 20), stop('c', 15)], legs: [leg(8), leg(12.4)] };

describe('walk appointment', () => {
  it('adds the walking and the time spent at each earlier stop', () => {
    expect(arrivalMinutes(view)).toEqual([0, 23, 55.4]);
  });

  it('sets off early enough to be at the venue for the start, rounding the walk up', () => {
    const start = Date.parse('2026-12-05T19:30+08:00');
    const d = departureFor(view, 'c', start)!;
    expect(d.stop).toBe(2);
    expect(new Date(d.leave).toISOString()).toBe(
      new Date(Date.parse('2026-12-05T18:34+08:00')).toISOString(),
    );
  });

  it('has no departure when the venue is not a stop', () => {
    expect(departureFor(view, 'x', 0)).toBeUndefined();
  });
});
