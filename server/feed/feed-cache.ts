/**
 * The public feed, compiled by the build's own `compileFeed` from the approved events (plus the demo samples
 * when the service runs with SAMPLES=1), and kept compiled: rebuilt only when the published set changes. The
 * compiled feed holds every occurrence, past ones too; what a reader is sent is cut to a window at read time
 * (feed-filter.ts), by the reader's `from` or by the service's clock. The published set is checked with one
 * small query per request, so several instances on one PostgreSQL never serve each other's stale feed.
 */
import { etagOf } from '../base/security.ts';
import { compileFeed, type Feed } from '../../src/listings/feed.ts';
import type { ListingEvent } from '../../src/listings/schema.ts';
import type { Geodata } from '../base/geodata.ts';
import type { EventStore } from '../store/events.ts';
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
  events: Map<string, ListingEvent>;
  /** The admin venues the feed was compiled with. */
  venues: Venue[];
  /** Compile time by the service's clock, whole seconds (Last-Modified has second precision). */
  generated: number;
  etag: string;
}

export class FeedCache {
  private current: CompiledFeedState | undefined;
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
    const published = await this.store.publishedEvents();
    const events = [
      ...this.geodata.listings,
      ...(this.options.samples ? this.geodata.samples : []),
      ...published,
    ];
    const generated = Math.floor(t / 1000) * 1000;
    const venues = (await this.options.venues?.all()) ?? [];
    const compiled = compileFeed(events, this.geodata.places, { stamp: generated, otherVenues: venues });
    this.version = version;
    this.current = {
      feed: JSON.parse(compiled.json) as Feed,
      json: compiled.json,
      ics: compiled.ics,
      perEvent: compiled.perEvent,
      events: new Map(events.map((e) => [e.id, e])),
      venues,
      generated,
      etag: etagOf(compiled.json),
    };
    return this.current;
  }

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
