import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlaceCollection, PlaceProperties } from '../../../src/data/schema.ts';
import type { Route } from '../../../src/trips/schedule.ts';
import { planTrip } from '../../../src/trips/trip-plan.ts';
import { DEFAULT_TRIP } from '../../../src/trips/trip-settings.ts';

const places = new Map<string, PlaceProperties>(
  ['deshou', 'qinghefang'].flatMap((layer) =>
    (JSON.parse(readFileSync(`geodata/layers/${layer}.geojson`, 'utf8')) as PlaceCollection).features.map(
      (f) => [f.properties.id, f.properties] as const,
    ),
  ),
);

const route: Route = {
  stops: [
    { id: 'wushan-square', dwell: 0, narrow: false },
    { id: 'hu-xueyan', dwell: 30, narrow: true },
    { id: 'deshou-museum', dwell: 60, narrow: false },
  ],
  legs: [
    { distance: 1200, lanes: [] },
    { distance: 300, lanes: [] },
  ],
};

describe('planTrip', () => {
  it('flags Deshou Palace as closed on a Monday and as needing booking; toilets stay unknown', () => {
    const plan = planTrip({ ...DEFAULT_TRIP, date: '2026-12-07' }, [route], (id) => places.get(id));
    const deshou = plan.flags.find((f) => f.id === 'deshou-museum')!;
    expect(deshou.hours).toBe('closed-day');
    expect(deshou.booking.status).toBe('required');
    expect(plan.flags.every((f) => f.toilet === 'unknown')).toBe(true);
  });

  it('asks for a date, rather than saying closed, when no date is set', () => {
    const plan = planTrip({ ...DEFAULT_TRIP }, [route], (id) => places.get(id));
    expect(plan.flags.find((f) => f.id === 'deshou-museum')!.hours).toBe('no-date');
  });

  it('says open (not "no hours in the data") when every group visits within the hours', () => {
    const plan = planTrip({ ...DEFAULT_TRIP, date: '2026-12-08', start: 600 }, [route], (id) =>
      places.get(id),
    );
    expect(plan.flags.find((f) => f.id === 'deshou-museum')!.hours).toBe('open');
  });

  it('meets at the end once the last group is in, and counts every group at start, each stop and the end', () => {
    const plan = planTrip({ ...DEFAULT_TRIP, groups: 2, rest: 0 }, [route], (id) => places.get(id));
    expect(plan.meetEnd.time).toBe(Math.max(...plan.groups.map((g) => g.schedule.end)));
    expect(plan.checkpoints.filter((c) => c.group === 2).map((c) => c.kind)).toEqual([
      'start',
      'depart',
      'meet',
    ]);
    expect(plan.overBudget).toBe(plan.minutes > DEFAULT_TRIP.budget);
  });
});
