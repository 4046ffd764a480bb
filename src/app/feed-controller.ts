/**
 * The events feed of the tourist app: fetched once, when something first needs it, from the events service
 * (approved events, cut to the window that starts on the app's own day) or, on a static host, from the feed
 * built with the app. Each fetched feed is kept on the device; offline, the kept copy is shown with the time
 * it was fetched. The demo samples are never swapped in for a live feed: a copy is only ever replaced by a
 * newer fetch.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock } from '../data/clock.ts';
import type { Feed } from '../listings/feed.ts';
import { formatLocal } from '../listings/time.ts';
import { readStoredFeed, storeFeed, type FeedSource, type StoredFeed } from '../listings/feed-store.ts';
import { firstWindow, mergeFeeds, nextWindow } from '../listings/feed-window.ts';
import { EMPTY_FEED, monthsBetween, type MonthIndex } from '../listings/feed-months.ts';

export interface FeedHost extends ReactiveControllerHost {
  readonly clock: Clock;
}

export interface FeedState {
  feed: Feed;
  source: FeedSource;
  /** When this copy was fetched (epoch ms). */
  fetchedAt: number;
  /** The network failed: this is the copy kept on the device. */
  offline: boolean;
  /** A window of the service's feed: the last day it holds (`YYYY-MM-DD`); absent when it holds everything. */
  through?: string;
}

/** Network failure (offline, server down) as opposed to an answer that is not a feed. */
class Unreachable extends Error {}

/** The parsed JSON at `url`, or undefined when the answer is not JSON (a static host's index.html). */
async function fetchJson(url: URL): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    throw new Unreachable();
  }
  if (!res.ok) return undefined;
  try {
    return (await res.json()) as unknown;
  } catch {
    // A static host answers unknown paths with index.html.
    return undefined;
  }
}

async function getJson(url: URL): Promise<Feed | undefined> {
  const feed = (await fetchJson(url)) as Feed | undefined;
  return feed?.version === 1 && Array.isArray(feed.events) ? feed : undefined;
}

export class FeedController implements ReactiveController {
  state: FeedState | undefined;
  /** The feed could not be had: `offline` (no network and nothing kept) or `failed`. */
  error: 'offline' | 'failed' | undefined;
  private pending: Promise<FeedState | undefined> | undefined;
  private extending: Promise<void> | undefined;
  /** A later window is being fetched. */
  loadingMore = false;

  constructor(
    private readonly host: FeedHost,
    private readonly base: () => string = () => document.baseURI,
    private readonly storage: () => Storage | undefined = () => globalThis.localStorage,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Where the feed's per-event .ics paths resolve: beside the service's feed, or the static one. */
  get icsBase(): string {
    return this.state?.source === 'live' ? 'api/' : 'data/';
  }

  /** Fetches once; later calls get the same result. After an error, a call tries again. */
  load(): Promise<FeedState | undefined> {
    if (this.state) return Promise.resolve(this.state);
    this.pending ??= this.fetch().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async fetch(): Promise<FeedState | undefined> {
    this.error = undefined;
    const now = this.host.clock();
    const kept = readStoredFeed(this.storage());
    let unreachable = false;
    try {
      const [from, to] = firstWindow(formatLocal(now).slice(0, 10));
      const live = await getJson(new URL(`api/events?from=${from}&to=${to}`, this.base()));
      if (live) return this.settle({ feed: live, source: 'live', fetchedAt: now, through: to }, false);
    } catch (e) {
      if (!(e instanceof Unreachable)) throw e;
      unreachable = true;
    }
    // Offline with a copy of the service's feed: show that copy, never the built one.
    if (unreachable && kept?.source === 'live') return this.settle(kept, true);
    try {
      // Offline, these are the copies the service worker keeps with the app.
      const [from, to] = firstWindow(formatLocal(now).slice(0, 10));
      const built = await this.builtWindow(from, to);
      if (built)
        return this.settle({ feed: built, source: 'static', fetchedAt: now, through: to }, unreachable);
    } catch (e) {
      if (!(e instanceof Unreachable)) throw e;
      unreachable = true;
    }
    if (kept) return this.settle(kept, true);
    this.error = unreachable ? 'offline' : 'failed';
    this.host.requestUpdate();
    return undefined;
  }

  /**
   * Makes sure the held feed covers the days up to `needed`: fetches the next window of the service's feed
   * and merges it in. Nothing to do for the built feed (it holds everything) or offline; a failed fetch
   * leaves what is held, and a later call tries again. One fetch at a time.
   */
  extend(needed: string): Promise<void> {
    this.extending ??= this.fetchLater(needed).finally(() => {
      this.extending = undefined;
      this.loadingMore = false;
      this.host.requestUpdate();
    });
    return this.extending;
  }

  private async fetchLater(needed: string): Promise<void> {
    const held = this.state;
    if (!held?.through || held.offline) return;
    const today = formatLocal(this.host.clock()).slice(0, 10);
    const window = nextWindow(held.through, needed, today);
    if (!window) return;
    this.loadingMore = true;
    this.host.requestUpdate();
    let later: Feed | undefined;
    try {
      later =
        held.source === 'live'
          ? await getJson(new URL(`api/events?from=${window[0]}&to=${window[1]}`, this.base()))
          : await this.builtWindow(...window);
    } catch (e) {
      if (!(e instanceof Unreachable)) throw e;
    }
    if (!later || this.state !== held) return;
    this.settle({ ...held, feed: mergeFeeds(held.feed, later), through: window[1] }, false);
  }

  /**
   * The feed built with the app, for the days `from`…`to`: the month files that cover them, merged
   * (feed-months.ts). Undefined when the host has no built feed.
   */
  private async builtWindow(from: string, to: string): Promise<Feed | undefined> {
    const index = (await fetchJson(new URL('data/feed/index.json', this.base()))) as MonthIndex | undefined;
    if (index?.version !== 1 || !Array.isArray(index.months)) return undefined;
    let feed = EMPTY_FEED;
    for (const month of monthsBetween(index, from, to)) {
      const part = await getJson(new URL(`data/feed/${month}.json`, this.base()));
      if (!part) return undefined;
      feed = mergeFeeds(feed, part);
    }
    return feed;
  }

  private settle(entry: StoredFeed, offline: boolean): FeedState {
    if (!offline || entry.source === 'static') storeFeed(entry, this.storage());
    this.state = { ...entry, offline };
    this.host.requestUpdate();
    return this.state;
  }
}
