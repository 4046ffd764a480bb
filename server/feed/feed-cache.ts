/**
 * The public feed, compiled by the build's own `compileFeed` from the approved events plus the bundled
 * samples, and kept compiled: rebuilt when the published set changes and every minute (ended occurrences
 * drop out, as in the static feed). The published set is checked with one small query per request, so
 * several instances on one PostgreSQL never serve each other's stale feed.
 */
import { etagOf } from '../base/security.ts';
import { compileFeed, type Feed } from '../../src/listings/feed.ts';
import type { ListingEvent } from '../../src/listings/schema.ts';
import type { Geodata } from '../base/geodata.ts';
import type { EventStore } from '../store/events.ts';
import type { Venue } from '../../src/listings/venues.ts';

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
  /** Compile time, whole seconds (Last-Modified has second precision). */
  generated: number;
  etag: string;
}

const REBUILD_MS = 60_000;

export class FeedCache {
  private current: CompiledFeedState | undefined;
  private version = '';
  private pending: Promise<CompiledFeedState> | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly geodata: Geodata,
    private readonly options: { samples: boolean; now?: () => number; venues?: OtherVenues },
  ) {}

  /** Forces a rebuild on the next read (after an approval in this process). */
  invalidate() {
    this.version = '';
  }

  async get(): Promise<CompiledFeedState> {
    const t = (this.options.now ?? Date.now)();
    this.pending ??= this.refresh(t).finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async refresh(t: number): Promise<CompiledFeedState> {
    const version = `${await this.store.publishedVersion()}|${(await this.options.venues?.version()) ?? ''}`;
    if (this.current && version === this.version && t - this.current.generated < REBUILD_MS)
      return this.current;
    const published = await this.store.publishedEvents();
    const events = [...(this.options.samples ? this.geodata.samples : []), ...published];
    const generated = Math.floor(t / 1000) * 1000;
    const venues = (await this.options.venues?.all()) ?? [];
    const compiled = compileFeed(events, this.geodata.places, generated, venues);
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
      (this.options.samples ? this.geodata.samples.find((e) => e.id === id) : undefined) ??
      (await this.store.publishedEvent(id))
    );
  }

  /** Ids no organizer may take: the bundled samples'. */
  reserved(id: string): boolean {
    return this.geodata.samples.some((e) => e.id === id);
  }
}
