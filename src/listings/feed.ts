/**
 * The published feed: what a build step writes to public/data/events.json, public/data/events.ics and
 * public/data/events/<id>.ics. The JSON shape is documented field by field in README.md beside this file.
 */
import type { PlaceFeature } from '../data/schema.ts';
import type { ListingEvent } from './schema.ts';
import { occurrenceStarts, eventSpan } from './occurrences.ts';
import { eventToIcs, eventsToIcs } from './ical.ts';
import { TIME_ZONE, UTC_OFFSET, formatOffset } from './time.ts';
import { venuesFromPlaces, type Venue } from './venues.ts';

export const FEED_VERSION = 1;

export interface FeedOccurrence {
  /** ISO 8601 with offset, e.g. `2026-12-05T19:30+08:00`: `Date.parse` gives the instant on any machine. */
  start: string;
  end: string;
}

export interface FeedPlace {
  name_zh: string;
  name_en: string;
  /** WGS84 [lon, lat]. */
  position: [number, number];
  area: string;
}

export type FeedEvent = ListingEvent & {
  /** The venue's names and position, copied so the list needs no second lookup. */
  place?: FeedPlace;
  /** Occurrences that have not ended at build time, ascending, EXDATEs removed. */
  occurrences: FeedOccurrence[];
  /** Path of the event's own .ics, relative to events.json. */
  ics: string;
};

export interface Feed {
  version: typeof FEED_VERSION;
  /** Build time, ISO 8601 UTC. */
  generated: string;
  time_zone: typeof TIME_ZONE;
  utc_offset: typeof UTC_OFFSET;
  /** True when every event is invented demo data: the UI must then say the schedule is not real. */
  sample_only: boolean;
  events: FeedEvent[];
}

export interface CompiledFeed {
  /** events.json text. */
  json: string;
  /** events.ics text (all events in the feed). */
  ics: string;
  /** events/<id>.ics text per event id. */
  perEvent: Map<string, string>;
}

export const icsPath = (id: string) => `events/${id}.ics`;

/**
 * Builds the feed from validated events and the places of geodata/layers/, plus `otherVenues` (the events
 * service's admin venues, which are not heritage places). Events whose every occurrence ended at or before
 * `now` (epoch ms) are left out, except a festival season that a listed event belongs to.
 */
export function compileFeed(
  events: readonly ListingEvent[],
  places: readonly PlaceFeature[],
  now: number,
  otherVenues: readonly Venue[] = [],
): CompiledFeed {
  const venues = new Map<string, Venue>([...venuesFromPlaces(places), ...otherVenues].map((v) => [v.id, v]));
  const upcoming = new Map<string, FeedOccurrence[]>();
  for (const e of events) {
    const { start, end } = eventSpan(e);
    upcoming.set(
      e.id,
      occurrenceStarts(e)
        .filter((s) => s + (end - start) > now)
        .map((s) => ({ start: formatOffset(s), end: formatOffset(s + end - start) })),
    );
  }
  const keep = new Set(events.filter((e) => upcoming.get(e.id)!.length).map((e) => e.id));
  for (const e of events) if (keep.has(e.id) && e.parent) keep.add(e.parent);
  const kept = events
    .filter((e) => keep.has(e.id))
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  const feedEvents: FeedEvent[] = kept.map((e) => {
    const v = e.venue ? venues.get(e.venue) : undefined;
    const place = v && { name_zh: v.name_zh, name_en: v.name_en, position: v.position, area: v.area };
    return { ...e, ...(place ? { place } : {}), occurrences: upcoming.get(e.id)!, ics: icsPath(e.id) };
  });
  const feed: Feed = {
    version: FEED_VERSION,
    generated: new Date(now).toISOString(),
    time_zone: TIME_ZONE,
    utc_offset: UTC_OFFSET,
    sample_only: kept.length > 0 && kept.every((e) => e.sample),
    events: feedEvents,
  };
  return {
    json: JSON.stringify(feed),
    ics: eventsToIcs(kept, venues, { now }),
    perEvent: new Map(kept.map((e) => [e.id, eventToIcs(e, venues, { now })])),
  };
}
