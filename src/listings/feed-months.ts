/**
 * The built feed split by month, for a static host: `data/feed/<YYYY-MM>.json` holds every event with an
 * occurrence in that Hangzhou month (its occurrences cut to those that overlap the month), and
 * `data/feed/index.json` lists the months there are. The app then reads the months of the window it shows,
 * as it reads windows from the events service (feed-window.ts); `data/events.json` stays whole for those
 * who want everything at once.
 */
import type { Feed, FeedEvent } from './feed.ts';
import { addDays } from './calendar.ts';

/** A feed with no events, to merge month files into. */
export const EMPTY_FEED: Feed = {
  version: 1,
  time_zone: 'Asia/Shanghai',
  utc_offset: '+08:00',
  sample_only: false,
  events: [],
};

export interface MonthIndex {
  version: 1;
  months: string[];
}

/** `YYYY-MM` after `month`. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The Hangzhou months an occurrence overlaps: from its start's to the one its last minute falls in. */
function monthsOf(start: string, end: string): string[] {
  // Feed times are local wall-clock with the +08:00 offset: the first 7 characters are the local month.
  // An end exactly at midnight on the 1st belongs to the month before.
  const last = end.slice(8, 16) === '01T00:00' ? addDays(end.slice(0, 10), -1).slice(0, 7) : end.slice(0, 7);
  const out = [start.slice(0, 7)];
  while (out[out.length - 1] < last) out.push(nextMonth(out[out.length - 1]));
  return out;
}

/** Month → the feed of that month. */
export function splitByMonth(feed: Feed): Map<string, Feed> {
  const byMonth = new Map<string, Map<string, FeedEvent>>();
  for (const e of feed.events)
    for (const o of e.occurrences)
      for (const month of monthsOf(o.start, o.end)) {
        const events = byMonth.get(month) ?? new Map<string, FeedEvent>();
        byMonth.set(month, events);
        const held = events.get(e.id) ?? { ...e, occurrences: [] };
        held.occurrences.push(o);
        events.set(e.id, held);
      }
  const byId = new Map(feed.events.map((e) => [e.id, e]));
  const out = new Map<string, Feed>();
  for (const month of [...byMonth.keys()].sort()) {
    const held = byMonth.get(month)!;
    // A season an event belongs to stays with it, as in the service's windows, so the list can name it.
    for (const e of [...held.values()])
      if (e.parent && !held.has(e.parent) && byId.has(e.parent))
        held.set(e.parent, { ...byId.get(e.parent)!, occurrences: [] });
    const events = [...held.values()];
    out.set(month, { ...feed, sample_only: events.every((e) => e.sample), events });
  }
  return out;
}

/** The months of `index` that the days `from`…`to` (inclusive) touch. */
export function monthsBetween(index: MonthIndex, from: string, to: string): string[] {
  return index.months.filter((m) => m >= from.slice(0, 7) && m <= to.slice(0, 7));
}
