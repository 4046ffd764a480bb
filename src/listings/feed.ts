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
  /**
   * Every occurrence, ascending, EXDATEs removed: past ones too. The feed does not know what time it is;
   * the reader keeps the occurrences that have not ended by its own clock (filters.ts, the server's window).
   */
  occurrences: FeedOccurrence[];
  /** Path of the event's own .ics, relative to events.json. */
  ics: string;
};

export interface Feed {
  version: typeof FEED_VERSION;
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

export interface FeedOptions {
  /**
   * Epoch ms written as each VEVENT's DTSTAMP: when the listings last changed (the static build takes the
   * last commit of geodata/events/, the events service its own clock). Nothing else in the feed depends on it.
   */
  stamp: number;
  /** The events service's admin venues, which are not heritage places. */
  otherVenues?: readonly Venue[];
}

/**
 * Builds the feed from validated events and the places of geodata/layers/. Every event and every occurrence
 * goes in, whatever the time: the same data gives the same feed on any day, and the reader decides what is
 * past. Expansion is bounded per event (rule.ts, MAX_OCCURRENCES).
 */
export function compileFeed(
  events: readonly ListingEvent[],
  places: readonly PlaceFeature[],
  options: FeedOptions,
): CompiledFeed {
  const venues = feedVenues(places, options.otherVenues);
  const kept = feedOrder(events);
  const feed = feedOf(kept.map((e) => feedEventOf(e, e.venue ? venues.get(e.venue) : undefined)));
  return {
    json: JSON.stringify(feed),
    ics: eventsToIcs(kept, venues, { now: options.stamp }),
    perEvent: new Map(kept.map((e) => [e.id, eventToIcs(e, venues, { now: options.stamp })])),
  };
}

/** Every venue an event may name: geodata's places and the service's own venues. */
export const feedVenues = (places: readonly PlaceFeature[], other: readonly Venue[] = []) =>
  new Map<string, Venue>([...venuesFromPlaces(places), ...other].map((v) => [v.id, v]));

/** The feed's order: by start, then id. */
export const feedOrder = (events: readonly ListingEvent[]) =>
  [...events].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));

/**
 * One event as the feed carries it: its venue's name, position and area, and every occurrence — expanded
 * from its rule, or, when given, the ones already expanded (the events service stores them: epoch ms).
 */
export function feedEventOf(
  e: ListingEvent,
  v: Venue | undefined,
  expanded?: readonly { start: number; end: number }[],
): FeedEvent {
  const place = v && { name_zh: v.name_zh, name_en: v.name_en, position: v.position, area: v.area };
  const occurrences = expanded
    ? expanded.map((o) => ({ start: formatOffset(o.start), end: formatOffset(o.end) }))
    : feedOccurrences(e);
  return { ...e, ...(place ? { place } : {}), occurrences, ics: icsPath(e.id) };
}

/** The feed around its events (already in feedOrder). */
export const feedOf = (events: FeedEvent[]): Feed => ({
  version: FEED_VERSION,
  time_zone: TIME_ZONE,
  utc_offset: UTC_OFFSET,
  sample_only: events.length > 0 && events.every((e) => e.sample),
  events,
});

function feedOccurrences(e: ListingEvent): FeedOccurrence[] {
  const { start, end } = eventSpan(e);
  return occurrenceStarts(e).map((s) => ({ start: formatOffset(s), end: formatOffset(s + end - start) }));
}
