/**
 * The last feed the app fetched, kept on the device (localStorage) so that What's on works offline with what
 * it last saw, and says when that was. One entry: the feed, where it came from and when (epoch ms, by the
 * app's clock). Nothing leaves the device.
 */
import type { Feed } from './feed.ts';

export const FEED_KEY = 'song-heritage-map:feed';

/** `live`: the events service's feed (approved events); `static`: the feed built with the app. */
export type FeedSource = 'live' | 'static';

export interface StoredFeed {
  feed: Feed;
  source: FeedSource;
  fetchedAt: number;
  /** The service's feed is held a window at a time: the last day this copy holds (feed-window.ts). */
  through?: string;
}

export function readStoredFeed(
  storage: Storage | undefined = globalThis.localStorage,
): StoredFeed | undefined {
  try {
    const s = JSON.parse(storage?.getItem(FEED_KEY) ?? 'null') as Partial<StoredFeed> | null;
    if (
      s?.feed?.version === 1 &&
      Array.isArray(s.feed.events) &&
      (s.source === 'live' || s.source === 'static') &&
      typeof s.fetchedAt === 'number' &&
      (s.through === undefined || typeof s.through === 'string')
    )
      return s as StoredFeed;
  } catch {
    // Unreadable or blocked storage: as if nothing was kept.
  }
  return undefined;
}

/** Keeps `entry`; false when the device refuses (storage full or blocked): What's on then works online only. */
export function storeFeed(
  entry: StoredFeed,
  storage: Storage | undefined = globalThis.localStorage,
): boolean {
  try {
    storage?.setItem(FEED_KEY, JSON.stringify(entry));
    return !!storage;
  } catch {
    return false;
  }
}
