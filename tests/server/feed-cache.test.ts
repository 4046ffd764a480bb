/**
 * The service's compiled feed (server/feed/feed-cache.ts): the same bytes as the build's compileFeed, only
 * changed events compiled again, and a rebuild that gives the event loop back while it works.
 */
import { describe, expect, it } from 'vitest';
import { FeedCache } from '../../server/feed/feed-cache.ts';
import type { EventStore } from '../../server/store/events.ts';
import { compileFeed } from '../../src/listings/feed.ts';
import { calendarText } from '../../src/listings/ical.ts';
import type { ListingEvent } from '../../src/listings/schema.ts';
import { fixtureEvent, geodata } from './harness.ts';
import { occurrencesOf } from '../../server/store/occurrences.ts';

const T = Date.parse('2026-12-04T04:00:00Z');

/** A store holding `events`; its version changes whenever the test says so. */
function store(events: ListingEvent[]) {
  let version = 1;
  const s = {
    events,
    bump: () => version++,
    publishedVersion: async () => String(version),
    publishedEvents: async () => s.events,
    publishedEvent: async (id: string) => s.events.find((e) => e.id === id),
    // The service's occurrences table, as the store's write path fills it (store/occurrences.ts).
    syncOccurrences: async () => 0,
    publishedOccurrences: async () => new Map(s.events.map((e) => [e.id, occurrencesOf(e)])),
  };
  return s;
}

const many = (n: number): ListingEvent[] =>
  Array.from({ length: n }, (_, i) => ({
    ...fixtureEvent(),
    id: `weekly-${i}`,
    title_zh: `每周雅集 ${i}`,
    start: '2027-01-02T19:30',
    end: '2027-01-02T21:00',
    rrule: 'FREQ=WEEKLY;BYDAY=SA;COUNT=10',
  }));

const cacheOf = (s: ReturnType<typeof store>, samples = true) =>
  new FeedCache(s as unknown as EventStore, geodata, { samples, clock: () => T });

describe('the compiled feed of the service', () => {
  it('is byte for byte what the build compiles from the same events', async () => {
    const s = store(many(120));
    const c = await cacheOf(s).get();
    const built = compileFeed([...geodata.listings, ...geodata.samples, ...s.events], geodata.places, {
      stamp: T,
    });
    expect(c.json).toBe(built.json);
    expect(c.ics).toBe(built.ics);
    expect(c.perEvent.get('weekly-7')).toBe(built.perEvent.get('weekly-7'));
    expect(c.perEvent.size).toBe(built.perEvent.size);
    // The VEVENTs kept for windowed calendars are the ones in the whole calendar.
    expect(calendarText([...c.vevents.values()])).toBe(built.ics);
  });

  it('compiles again only the event that changed', async () => {
    const s = store(many(120));
    const cache = cacheOf(s, false);
    await cache.get();
    expect(cache.lastCompiledCount).toBe(120 + geodata.listings.length);
    s.events = s.events.map((e) => (e.id === 'weekly-3' ? { ...e, title_zh: '改过的标题' } : e));
    s.bump();
    const c = await cache.get();
    expect(cache.lastCompiledCount).toBe(1);
    expect(c.json).toContain('改过的标题');
  });

  it('gives the event loop back while it compiles', async () => {
    const cache = cacheOf(store(many(400)), false);
    let done = false;
    const compiling = cache.get().then(() => (done = true));
    // A callback queued now runs at the loop's next turn: before the compile ends only if it yields.
    const seenDone = await new Promise<boolean>((r) => setImmediate(() => r(done)));
    await compiling;
    expect(seenDone).toBe(false);
    expect(done).toBe(true);
  });
});
