import { describe, expect, it } from 'vitest';
import { legMinutes, lineLength } from '../../../src/trips/pace.ts';
import { scheduleRoute, type Route } from '../../../src/trips/schedule.ts';

const stop = (id: string, dwell: number, narrow = false) => ({ id, dwell, narrow });
const leg = (distance: number) => ({ distance, lanes: [] });

describe('group pace', () => {
  it('a class of 40 walks 500 m in (500 + 30 m of line) / 50 m/min = 10.6 min', () => {
    expect(lineLength(40)).toBe(30);
    expect(legMinutes(500, 40, 'primary')).toBeCloseTo(10.6, 10);
  });

  it('a smaller group has a shorter line and so a shorter leg', () => {
    expect(legMinutes(500, 10, 'junior')).toBeLessThan(legMinutes(500, 40, 'junior'));
  });
});

describe('scheduleRoute', () => {
  const route: Route = {
    stops: [stop('a', 10), stop('b', 20), stop('c', 0)],
    legs: [leg(500), leg(1000)],
  };

  it('adds dwell and leg minutes from the start time', () => {
    const s = scheduleRoute(route, {
      start: 540,
      pupils: 40,
      age: 'primary',
      breakEvery: 0,
      breakMinutes: 10,
    });
    expect(s.visits.map((v) => [v.arrive, v.leave])).toEqual([
      [540, 550],
      [560.6, 580.6],
      [601.2, 601.2],
    ]);
    expect(s.end).toBeCloseTo(601.2, 10);
    expect(s.walkMinutes).toBeCloseTo(31.2, 10);
  });

  it('inserts a break where going on would run past the interval, and counts it in the day', () => {
    const long: Route = {
      stops: [stop('a', 0), stop('b', 30), stop('c', 30), stop('d', 30), stop('e', 0)],
      legs: [leg(470), leg(470), leg(470), leg(470)],
    };
    // Each leg is (470 + 30) / 50 = 10 min.
    const s = scheduleRoute(long, {
      start: 600,
      pupils: 40,
      age: 'senior',
      breakEvery: 60,
      breakMinutes: 10,
    });
    expect(s.visits.map((v) => v.rest)).toEqual([undefined, [640, 650], [690, 700], undefined, undefined]);
    expect(s.end).toBe(600 + 4 * 10 + 90 + 20);
    expect(s.longestStretch).toBeLessThanOrEqual(60);
  });

  it('holds a narrow stop from the head of the line arriving until its tail has left', () => {
    const r: Route = { stops: [stop('a', 0), stop('m', 15, true), stop('z', 0)], legs: [leg(470), leg(470)] };
    const s = scheduleRoute(r, { start: 0, pupils: 40, age: 'primary', breakEvery: 0, breakMinutes: 10 });
    // Tail lags 30 m / 50 m/min = 0.6 min.
    expect(s.holds).toEqual([{ key: 'stop:m', from: 9.4, to: 25.6 }]);
  });
});
