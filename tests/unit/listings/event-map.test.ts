import { describe, expect, it } from 'vitest';
import { eventMapFeatures, routePosition, vertexTimes } from '../../../src/listings/event-map.ts';
import type { FeedEvent } from '../../../src/listings/feed.ts';
import { listOccurrences } from '../../../src/listings/filters.ts';
import type { Occurrence } from '../../../src/listings/occurrences.ts';
import type { Route } from '../../../src/listings/schema.ts';
import { at, goodEvents } from './load.ts';

// Three vertices along one parallel, 0.001° of longitude apart: two equal legs.
const straight: Route = {
  type: 'LineString',
  coordinates: [
    [120.17, 30.24],
    [120.171, 30.24],
    [120.172, 30.24],
  ],
};

describe('routePosition', () => {
  it('waits at the start before the procession sets off and stays at the end after it', () => {
    expect(routePosition(straight, -5, 60)).toEqual([120.17, 30.24]);
    expect(routePosition(straight, 90, 60)).toEqual([120.172, 30.24]);
  });

  it('moves at an even pace along the route when there is no timetable', () => {
    const [lon] = routePosition(straight, 15, 60);
    expect(lon).toBeCloseTo(120.1705, 6);
  });

  it('follows the timetable where one is given', () => {
    // Reaches the middle vertex only after 50 of its 60 minutes.
    const timed = { ...straight, times_min: [0, 50, 60] };
    expect(routePosition(timed, 25, 60)[0]).toBeCloseTo(120.1705, 6);
    expect(routePosition(timed, 55, 60)[0]).toBeCloseTo(120.1715, 6);
  });

  it('fills unknown vertex times in proportion to distance', () => {
    const times = vertexTimes({ ...straight, times_min: [0, null, 40] }, 60);
    expect(times.map((t) => Math.round(t * 1000) / 1000)).toEqual([0, 20, 40]);
  });
});

describe('eventMapFeatures', () => {
  const base = goodEvents().find((e) => e.id === 'fixture-show')!;
  const event = (id: string, extra: Partial<FeedEvent>): FeedEvent => ({
    ...base,
    id,
    occurrences: [],
    ics: '',
    ...extra,
  });
  const occ = (e: FeedEvent, start: string, end: string): Occurrence => ({
    event: e,
    key: `${e.id}@${start}`,
    start: at(`${start}+08:00`),
    end: at(`${end}+08:00`),
    cancelled: false,
  });
  const place = {
    name_zh: '鼓楼',
    name_en: 'Drum Tower',
    position: [120.1705, 30.2405] as [number, number],
    area: 'qinghefang',
  };
  const show = event('show', { place });
  const parade = event('parade', { place, route: straight });
  const now = at('2026-12-05T19:15+08:00');
  const listed = listOccurrences(
    [
      occ(show, '2026-12-05T19:30', '2026-12-05T20:00'),
      occ(show, '2026-12-06T19:30', '2026-12-06T20:00'),
      occ(parade, '2026-12-05T19:00', '2026-12-05T20:00'),
    ],
    { when: { kind: 'all' } },
    now,
  );
  const features = eventMapFeatures(listed, now).features;

  it('draws one point per event, for its next occurrence', () => {
    const shows = features.filter((f) => f.properties.event === 'show');
    expect(shows).toHaveLength(1);
    expect(shows[0].properties.key).toBe('show@2026-12-05T19:30');
    expect(shows[0].geometry.coordinates).toEqual(place.position);
    expect(shows[0].properties).toMatchObject({ state: 'soon', kind: 'venue' });
  });

  it('draws a roaming event’s route and puts it where it is now, not at its venue', () => {
    const parts = features.filter((f) => f.properties.event === 'parade');
    expect(parts.map((f) => f.geometry.type).sort()).toEqual(['LineString', 'Point']);
    const point = parts.find((f) => f.geometry.type === 'Point')!;
    expect(point.properties).toMatchObject({ state: 'now', kind: 'roaming' });
    // 15 of 60 minutes: a quarter of the way along.
    expect((point.geometry.coordinates as number[])[0]).toBeCloseTo(120.1705, 6);
  });
});
