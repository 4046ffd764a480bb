/**
 * What the map draws for the listed events: one point per event at its venue, or, for a roaming show or
 * procession, its route and a point where it is at the given time (at the start of the route before it sets
 * off and at the end after). Plain GeoJSON, computed outside the map so src/map only draws.
 */
import type { FeedEvent } from './feed.ts';
import type { ListedOccurrence } from './filters.ts';
import type { Route } from './schema.ts';
import { metresPerDegree, planarMetres } from '../data/distance.ts';
import { MINUTE_MS } from './time.ts';
import { eventTitle } from './event-text.ts';

export type EventMapState = 'now' | 'soon' | 'later' | 'cancelled';

export interface EventPointProperties {
  /** Occurrence key (`<event id>@<local start>`) of the event's next listed occurrence. */
  key: string;
  event: string;
  title_zh: string;
  /** The English title, or the Chinese one marked "(in Chinese)" (English is optional, event-text.ts). */
  title_en: string;
  category: string;
  state: EventMapState;
  /** `venue`: at a place; `roaming`: a procession's position on its route. */
  kind: 'venue' | 'roaming';
}

export interface EventRouteProperties {
  key: string;
  event: string;
  state: EventMapState;
}

export interface EventPointFeature {
  type: 'Feature';
  properties: EventPointProperties;
  geometry: { type: 'Point'; coordinates: [number, number] };
}

export interface EventRouteFeature {
  type: 'Feature';
  properties: EventRouteProperties;
  geometry: { type: 'LineString'; coordinates: [number, number][] };
}

export type EventMapFeature = EventPointFeature | EventRouteFeature;

export interface EventMapCollection {
  type: 'FeatureCollection';
  features: EventMapFeature[];
}

/**
 * Minutes after the start at which the procession passes each vertex. Known `times_min` are kept; unknown
 * ones (null, or no timetable at all) are filled in proportion to distance between the known ones, with the
 * first vertex at 0 and the last at the end of the occurrence unless the timetable says otherwise.
 */
export function vertexTimes(route: Route, durationMin: number): number[] {
  const c = route.coordinates;
  const k = metresPerDegree(c[0][1]);
  const along = [0];
  for (let i = 1; i < c.length; i++) along.push(along[i - 1] + planarMetres(...c[i - 1], ...c[i], k));
  const given = route.times_min ?? [];
  const times: (number | null)[] = c.map((_, i) => given[i] ?? null);
  if (times[0] === null) times[0] = 0;
  if (times[c.length - 1] === null) times[c.length - 1] = Math.max(durationMin, times[0]!);
  let last = 0;
  for (let i = 1; i < c.length; i++) {
    if (times[i] === null) continue;
    for (let j = last + 1; j < i; j++) {
      const span = along[i] - along[last];
      const f = span > 0 ? (along[j] - along[last]) / span : 0;
      times[j] = times[last]! + f * (times[i]! - times[last]!);
    }
    last = i;
  }
  return times as number[];
}

/** Where a procession is `elapsedMin` after it started: linear between the vertices' times. */
export function routePosition(route: Route, elapsedMin: number, durationMin: number): [number, number] {
  const c = route.coordinates;
  const times = vertexTimes(route, durationMin);
  if (elapsedMin <= times[0]) return c[0];
  for (let i = 1; i < c.length; i++) {
    if (elapsedMin <= times[i]) {
      const span = times[i] - times[i - 1];
      const f = span > 0 ? (elapsedMin - times[i - 1]) / span : 1;
      return [c[i - 1][0] + f * (c[i][0] - c[i - 1][0]), c[i - 1][1] + f * (c[i][1] - c[i - 1][1])];
    }
  }
  return c[c.length - 1];
}

function stateOf(o: ListedOccurrence): EventMapState {
  if (o.cancelled) return 'cancelled';
  if (o.onNow || o.running) return 'now';
  return o.startingSoon ? 'soon' : 'later';
}

/**
 * Map features for listed occurrences at time `now` (epoch ms): one per event, for its first listed
 * occurrence (the list's order puts the soonest first). Events with neither venue nor route are left out.
 */
export function eventMapFeatures(listed: readonly ListedOccurrence[], now: number): EventMapCollection {
  const features: EventMapFeature[] = [];
  const seen = new Set<string>();
  for (const o of listed) {
    const e = o.event as FeedEvent;
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    const state = stateOf(o);
    const point = (coordinates: [number, number], kind: EventPointProperties['kind']) =>
      features.push({
        type: 'Feature',
        properties: {
          key: o.key,
          event: e.id,
          title_zh: e.title_zh,
          title_en: eventTitle(e, 'en'),
          category: e.category,
          state,
          kind,
        },
        geometry: { type: 'Point', coordinates },
      });
    if (e.route) {
      features.push({
        type: 'Feature',
        properties: { key: o.key, event: e.id, state },
        geometry: { type: 'LineString', coordinates: e.route.coordinates },
      });
      const duration = (o.end - o.start) / MINUTE_MS;
      point(routePosition(e.route, (now - o.start) / MINUTE_MS, duration), 'roaming');
    } else if (e.place) {
      point(e.place.position, 'venue');
    }
  }
  return { type: 'FeatureCollection', features };
}
