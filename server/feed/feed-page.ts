/**
 * Paging of GET /api/events (API.md, “Paging”): opt-in with `limit`, so a reader that sends only `from` (the
 * app) still gets the whole window in one answer. A page holds up to `limit` occurrences of the window in
 * the order (start, event id); it keeps the feed's shape (each event carries the page's occurrences of it,
 * a season of a listed event is kept with `occurrences: []`) and adds `next`, the cursor of the following
 * page, or null on the last one.
 *
 * A cursor is the key of the last occurrence sent (its start instant and event id), opaque to clients
 * (base64url). The next page starts after that key, not at an offset, so events added or removed elsewhere
 * in the window neither repeat nor skip an occurrence on the pages still to come.
 */
import type { Feed, FeedEvent, FeedOccurrence } from '../../src/listings/feed.ts';
import { isId } from '../../src/data/ids.ts';
import { ApiError } from '../base/errors.ts';
import type { FeedFilter } from './feed-filter.ts';

/** The most occurrences one page may hold (`limit` above it is a 400). */
export const MAX_PAGE = 500;

export type FeedPage = Feed & { next: string | null };

interface Key {
  start: number;
  id: string;
}

export interface PageQuery {
  limit: number;
  after?: Key;
}

const CURSOR_PREFIX = 'o1:';

export const encodeCursor = (k: Key) =>
  Buffer.from(`${CURSOR_PREFIX}${k.start}:${k.id}`, 'utf8').toString('base64url');

function decodeCursor(cursor: string): Key {
  const bad = () =>
    new ApiError(400, 'bad_cursor', 'cursor: not a cursor this service gave (send `next` as is)');
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) throw bad();
  const m = /^o1:(-?\d{1,15}):(.+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m || !isId(m[2])) throw bad();
  return { start: Number(m[1]), id: m[2] };
}

/**
 * Takes `limit` and `cursor` out of the query (the rest goes to parseFilter); undefined when the request
 * does not page.
 */
export function parsePage(query: Record<string, unknown>): {
  page: PageQuery | undefined;
  rest: Record<string, unknown>;
} {
  const { limit, cursor, ...rest } = query;
  if (limit === undefined && cursor === undefined) return { page: undefined, rest };
  if (limit === undefined) throw new ApiError(400, 'bad_request', 'cursor: give it with limit');
  if (typeof limit !== 'string' || !/^\d{1,6}$/.test(limit) || +limit < 1 || +limit > MAX_PAGE)
    throw new ApiError(400, 'bad_request', `limit: a whole number from 1 to ${MAX_PAGE}`);
  if (cursor !== undefined && typeof cursor !== 'string')
    throw new ApiError(400, 'bad_cursor', 'cursor: once');
  return { page: { limit: +limit, ...(cursor === undefined ? {} : { after: decodeCursor(cursor) }) }, rest };
}

interface Entry {
  start: number;
  end: number;
  event: FeedEvent;
  occurrence: FeedOccurrence;
}

const before = (a: Key, b: Key) => a.start < b.start || (a.start === b.start && a.id < b.id);

/** Every occurrence of a compiled feed in key order, computed once per compiled feed. */
const sorted = new WeakMap<Feed, Entry[]>();
function entries(feed: Feed): Entry[] {
  let list = sorted.get(feed);
  if (!list) {
    list = feed.events.flatMap((event) =>
      event.occurrences.map((occurrence) => ({
        start: Date.parse(occurrence.start),
        end: Date.parse(occurrence.end),
        event,
        occurrence,
      })),
    );
    list.sort((a, b) =>
      before({ start: a.start, id: a.event.id }, { start: b.start, id: b.event.id }) ? -1 : 1,
    );
    sorted.set(feed, list);
  }
  return list;
}

/** The first index whose key comes after `k` (binary search). */
function firstAfter(list: Entry[], k: Key): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(k, { start: list[mid].start, id: list[mid].event.id })) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** One page of the compiled feed's occurrences in the filter's window and filters. */
export function pageFeed(feed: Feed, f: FeedFilter, page: PageQuery): FeedPage {
  const list = entries(feed);
  const taken: Entry[] = [];
  let more = false;
  for (let i = page.after ? firstAfter(list, page.after) : 0; i < list.length; i++) {
    const x = list[i];
    if (f.to !== undefined && x.start >= f.to) break;
    if (f.from !== undefined && x.end <= f.from) continue;
    const e = x.event;
    if (f.categories && !f.categories.has(e.category)) continue;
    if (f.venues && !(e.venue && f.venues.has(e.venue))) continue;
    if (f.areas && !(e.place && f.areas.has(e.place.area))) continue;
    if (taken.length === page.limit) {
      more = true;
      break;
    }
    taken.push(x);
  }
  const cut = new Map<string, FeedEvent>();
  for (const x of taken) {
    const e = cut.get(x.event.id);
    if (e) e.occurrences.push(x.occurrence);
    else cut.set(x.event.id, { ...x.event, occurrences: [x.occurrence] });
  }
  const byId = new Map(feed.events.map((e) => [e.id, e]));
  const seasons = new Map<string, FeedEvent>();
  for (const e of cut.values())
    if (e.parent && !cut.has(e.parent) && !seasons.has(e.parent) && byId.has(e.parent))
      seasons.set(e.parent, { ...byId.get(e.parent)!, occurrences: [] });
  const events = [...cut.values(), ...seasons.values()];
  const last = taken.at(-1);
  return {
    ...feed,
    sample_only: events.length > 0 && events.every((e) => e.sample),
    events,
    next: more && last ? encodeCursor({ start: last.start, id: last.event.id }) : null,
  };
}
