/**
 * The events service's feed is read a window at a time (`/api/events?from&to`, Hangzhou days, both
 * inclusive): the app asks first for the days it opens on, and for later days only when the visitor looks
 * at them. A later window is merged into what is held: an event in both keeps the newer copy of its fields
 * and the occurrences of both windows.
 */
import type { Feed, FeedEvent } from './feed.ts';
import { addDays } from './calendar.ts';

/** Days in the first window and in each later one: this month and the next two in the month view. */
export const WINDOW_DAYS = 92;
/** No window reaches further than this from today (the feed expands rules two years ahead). */
export const HORIZON_DAYS = 731;

/** The first window, from `today`: `[from, to]`. */
export const firstWindow = (today: string): [string, string] => [today, addDays(today, WINDOW_DAYS - 1)];

/**
 * The window after `through` that reaches `needed` (at least WINDOW_DAYS long), or undefined when
 * `through` already covers it or the horizon has been reached.
 */
export function nextWindow(through: string, needed: string, today: string): [string, string] | undefined {
  const horizon = addDays(today, HORIZON_DAYS);
  if (needed <= through || through >= horizon) return undefined;
  const to = [needed, addDays(through, WINDOW_DAYS)].sort()[1];
  return [addDays(through, 1), to < horizon ? to : horizon];
}

/** `later` merged into `held`; events keep the order of first appearance. */
export function mergeFeeds(held: Feed, later: Feed): Feed {
  const byId = new Map<string, FeedEvent>(held.events.map((e) => [e.id, e]));
  for (const e of later.events) {
    const before = byId.get(e.id);
    if (!before) {
      byId.set(e.id, e);
      continue;
    }
    const starts = new Set(e.occurrences.map((o) => o.start));
    const occurrences = [...before.occurrences.filter((o) => !starts.has(o.start)), ...e.occurrences].sort(
      (a, b) => Date.parse(a.start) - Date.parse(b.start),
    );
    byId.set(e.id, { ...e, occurrences });
  }
  const events = [...byId.values()];
  return { ...later, sample_only: events.length > 0 && events.every((e) => e.sample), events };
}
