/**
 * The public feed, compiled from the approved events (plus the demo samples when the service runs with
 * SAMPLES=1) by the same pieces as the build's `compileFeed` (same bytes), and kept compiled: rebuilt only
 * when the published set changes, and then only the events that changed are compiled again (an event's
 * occurrences and VEVENT are kept by its content and venue). The rebuild gives the event loop back every
 * YIELD_EVERY events, so thousands of events never freeze the service (health checks, sign-ins). The
 * compiled feed holds every occurrence, past ones too; what a reader is sent is cut to a window at read time
 * (feed-filter.ts), by the reader's `from` or by the service's clock. The published set is checked with one
 * small query per request, so several instances on one PostgreSQL never serve each other's stale feed.
 */
import { etagOf } from '../base/security.ts';
import {
  feedEventOf,
  feedOf,
  feedOrder,
  feedVenues,
  type Feed,
  type FeedEvent,
} from '../../src/listings/feed.ts';
import { calendarText, eventCalendarText, veventText } from '../../src/listings/ical.ts';
import { icsUtc } from '../../src/listings/time.ts';
import type { ListingEvent } from '../../src/listings/schema.ts';
import type { Geodata } from '../base/geodata.ts';
import type { EventStore } from '../store/events.ts';
import type { FeedFilter } from './feed-filter.ts';
import type { Venue } from '../../src/listings/venues.ts';
import { systemClock, type Clock } from '../../src/data/clock.ts';

/** The admin venues the feed resolves besides geodata's places (store/venues.ts). */
export interface OtherVenues {
  /** Every admin venue, retired ones included: an event already published there still names it. */
  all(): Promise<Venue[]>;
  version(): Promise<string>;
}

export interface CompiledFeedState {
  feed: Feed;
  json: string;
  ics: string;
  perEvent: Map<string, string>;
  /** Each event's VEVENT as it stands in `ics`, for calendars cut to a window (calendarText). */
  vevents: Map<string, string>;
  events: Map<string, ListingEvent>;
  /** The admin venues the feed was compiled with. */
  venues: Venue[];
  /** The longest duration (ms) of a published event's stored occurrence (the window query's bound). */
  longest: number;
  /** Compile time by the service's clock, whole seconds (Last-Modified has second precision). */
  generated: number;
  etag: string;
}

/** Events compiled between two turns of the event loop (about 10–30 ms of work on the bench machine). */
const YIELD_EVERY = 50;
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * VEVENTs are kept with this DTSTAMP and given the feed's own when it is put together (DTSTAMP is the time
 * the listings last changed, the same for every event). Anchored at a line start: no text an organizer
 * types can make a line that starts with it (their text is folded into DESCRIPTION and friends).
 */
const KEPT_STAMP = `\r\nDTSTAMP:${icsUtc(0)}\r\n`;

interface CompiledEvent {
  /** The event's content and venue as compiled: a change compiles it again. */
  signature: string;
  feedEvent: FeedEvent;
  vevent: string;
}

export class FeedCache {
  private current: CompiledFeedState | undefined;
  private compiled = new Map<string, CompiledEvent>();
  /** How many events the last rebuild compiled again (the rest were kept): for tests. */
  lastCompiledCount = 0;
  private version = '';
  private pending: Promise<CompiledFeedState> | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly geodata: Geodata,
    private readonly options: { samples: boolean; clock?: Clock; venues?: OtherVenues },
  ) {}

  /** Forces a rebuild on the next read (after an approval in this process). */
  invalidate() {
    this.version = '';
  }

  /** The service's clock, for the routes' default window. */
  now(): number {
    return (this.options.clock ?? systemClock)();
  }

  async get(): Promise<CompiledFeedState> {
    this.pending ??= this.refresh(this.now()).finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async refresh(t: number): Promise<CompiledFeedState> {
    const version = `${await this.store.publishedVersion()}|${(await this.options.venues?.version()) ?? ''}`;
    if (this.current && version === this.version) return this.current;
    // Occurrences are read from the store's table, not expanded here (store/occurrences.ts); rows missing
    // or stale (written by other means) are expanded first.
    await this.store.syncOccurrences();
    const published = await this.store.publishedEvents();
    const stored = await this.store.publishedOccurrences();
    const own = new Set(published.map((e) => e.id));
    let longest = 0;
    for (const list of stored.values()) for (const o of list) longest = Math.max(longest, o.end - o.start);
    const events = [
      ...this.geodata.listings,
      ...(this.options.samples ? this.geodata.samples : []),
      ...published,
    ];
    const generated = Math.floor(t / 1000) * 1000;
    const other = (await this.options.venues?.all()) ?? [];
    const venues = feedVenues(this.geodata.places, other);
    const kept = feedOrder(events);
    const next = new Map<string, CompiledEvent>();
    let compiledCount = 0;
    for (const [i, e] of kept.entries()) {
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToLoop();
      const venue = e.venue ? venues.get(e.venue) : undefined;
      // A published event's occurrences are the stored ones (none stored: none listed); the bundled
      // listings and samples, which are not in the table, are expanded as the build does.
      const occurrences = own.has(e.id) ? (stored.get(e.id) ?? []) : undefined;
      const signature = `${JSON.stringify([e, venue ?? null])}|${occurrences?.map((o) => `${o.start}+${o.end}`).join(',') ?? '-'}`;
      let c = this.compiled.get(e.id);
      if (c?.signature !== signature) {
        c = { signature, feedEvent: feedEventOf(e, venue, occurrences), vevent: veventText(e, venue, 0) };
        compiledCount++;
      }
      next.set(e.id, c);
    }
    this.compiled = next;
    this.lastCompiledCount = compiledCount;
    const stamp = `\r\nDTSTAMP:${icsUtc(generated)}\r\n`;
    const stamped = (text: string) => text.replaceAll(KEPT_STAMP, stamp);
    const feed = feedOf(kept.map((e) => next.get(e.id)!.feedEvent));
    const json = JSON.stringify(feed);
    const perEvent = new Map<string, string>();
    const vevents = new Map<string, string>();
    for (const [i, e] of kept.entries()) {
      if (i % (YIELD_EVERY * 10) === YIELD_EVERY * 10 - 1) await yieldToLoop();
      const vevent = next.get(e.id)!.vevent;
      perEvent.set(e.id, stamped(eventCalendarText(e, vevent)));
      vevents.set(e.id, stamped(vevent));
    }
    this.version = version;
    this.current = {
      feed,
      json,
      ics: stamped(calendarText(kept.map((e) => next.get(e.id)!.vevent))),
      perEvent,
      vevents,
      events: new Map(events.map((e) => [e.id, e])),
      venues: other,
      generated,
      etag: etagOf(json),
      longest,
    };
    return this.current;
  }

  /**
   * Which events may have an occurrence in the filter's window, for filterFeed's `candidates`: the
   * published ones the occurrences table names (one indexed range query, no rule expanded), and the bundled
   * listings and samples, which the table does not hold. Undefined (every event is a candidate) for a window
   * without an end: the table would name nearly every published event, so the cut reads the feed itself.
   * `c` is the compiled feed being cut (its longest duration bounds the query).
   */
  async inWindow(c: CompiledFeedState, f: FeedFilter): Promise<((id: string) => boolean) | undefined> {
    if (f.to === undefined) return undefined;
    const ids = await this.store.publishedIdsInWindow({
      from: f.from ?? Number.MIN_SAFE_INTEGER,
      to: f.to,
      longest: c.longest,
    });
    this.bundled ??= new Set([...this.geodata.listings, ...this.geodata.samples].map((e) => e.id));
    const bundled = this.bundled;
    return (id) => ids.has(id) || bundled.has(id);
  }

  private bundled: Set<string> | undefined;

  /** An event by id among published ones and samples, listed or not (a `parent` may point to it). */
  async known(id: string): Promise<ListingEvent | undefined> {
    return (
      this.geodata.listings.find((e) => e.id === id) ??
      (this.options.samples ? this.geodata.samples.find((e) => e.id === id) : undefined) ??
      (await this.store.publishedEvent(id))
    );
  }

  /** Ids no organizer may take: those of geodata's listings and samples. */
  reserved(id: string): boolean {
    return [...this.geodata.listings, ...this.geodata.samples].some((e) => e.id === id);
  }
}
