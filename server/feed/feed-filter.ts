/**
 * Query filters of GET /api/events and /api/events.ics (API.md, “Public feed”): from/to (Hangzhou days,
 * inclusive), area, category, venue; several values comma-separated. The result keeps the feed's shape:
 * events without an occurrence in the range are left out and `occurrences` is cut to the range; the season
 * (`parent`) of a kept event stays, so the list can still name it. Without `from`, the range starts at the
 * service's clock (`withDefaultWindow`): a reader that keeps its own time, as the app does, sends `from`.
 */
import type { Feed, FeedEvent } from '../../src/listings/feed.ts';
import { CATEGORIES } from '../../src/listings/schema.ts';
import { AREA_IDS } from '../../src/data/areas.ts';
import { DAY_MS, parseLocal } from '../../src/listings/time.ts';
import { ApiError } from '../base/errors.ts';
import { isId } from '../../src/data/ids.ts';

export interface FeedFilter {
  /** Epoch ms: occurrences that end after it. */
  from?: number;
  to?: number;
  areas?: Set<string>;
  categories?: Set<string>;
  venues?: Set<string>;
}

const bad = (m: string) => new ApiError(400, 'bad_request', m);

function list(value: unknown, name: string, allowed?: readonly string[]): Set<string> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !value) throw bad(`${name}: give one or more comma-separated values`);
  const items = value.split(',');
  for (const x of items) {
    if (allowed ? !allowed.includes(x) : !isId(x))
      throw bad(`${name}: "${x}" is not ${allowed ? `one of ${allowed.join(', ')}` : 'an id'}`);
  }
  return new Set(items);
}

function day(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  const ms =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseLocal(`${value}T00:00`) : undefined;
  if (ms === undefined) throw bad(`${name}: must be a date like 2026-12-05 (Hangzhou day)`);
  return ms;
}

const KNOWN = new Set(['from', 'to', 'area', 'category', 'venue']);

export function parseFilter(query: Record<string, unknown>): FeedFilter | undefined {
  const unknown = Object.keys(query).filter((k) => !KNOWN.has(k));
  if (unknown.length) throw bad(`unknown parameter ${unknown.join(', ')}`);
  const from = day(query.from, 'from');
  const toDay = day(query.to, 'to');
  const to = toDay === undefined ? undefined : toDay + DAY_MS;
  if (from !== undefined && to !== undefined && to <= from)
    throw new ApiError(400, 'bad_range', 'to: must not be before from');
  const f: FeedFilter = {
    from,
    to,
    areas: list(query.area, 'area', AREA_IDS),
    categories: list(query.category, 'category', CATEGORIES),
    venues: list(query.venue, 'venue'),
  };
  return Object.values(f).some((x) => x !== undefined) ? f : undefined;
}

/** The filter a request asked for, its range starting at `now` (epoch ms) unless it gave `from`. */
export const withDefaultWindow = (f: FeedFilter | undefined, now: number): FeedFilter => ({
  ...f,
  from: f?.from ?? now,
});

/**
 * The feed cut to the filter. `candidates`, when given, says which events may have an occurrence in the
 * window (the service asks its occurrences table, FeedCache.inWindow): the others are skipped unread.
 */
export function filterFeed(feed: Feed, f: FeedFilter, candidates?: (id: string) => boolean): Feed {
  const cut = new Map<string, FeedEvent>();
  for (const e of feed.events) {
    if (candidates && !candidates(e.id)) continue;
    if (f.categories && !f.categories.has(e.category)) continue;
    if (f.venues && !(e.venue && f.venues.has(e.venue))) continue;
    if (f.areas && !(e.place && f.areas.has(e.place.area))) continue;
    const occurrences = e.occurrences.filter(
      (o) =>
        (f.to === undefined || Date.parse(o.start) < f.to) &&
        (f.from === undefined || Date.parse(o.end) > f.from),
    );
    if (occurrences.length) cut.set(e.id, { ...e, occurrences });
  }
  const seasons = new Set(
    [...cut.values()].flatMap((e) => (e.parent && !cut.has(e.parent) ? [e.parent] : [])),
  );
  const events = feed.events.flatMap((e) =>
    cut.has(e.id) ? [cut.get(e.id)!] : seasons.has(e.id) ? [{ ...e, occurrences: [] }] : [],
  );
  return { ...feed, sample_only: events.length > 0 && events.every((e) => e.sample), events };
}
