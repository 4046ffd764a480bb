/**
 * Reading the published feed in the browser: its events as occurrences for filters.ts. Imports only types,
 * so the UI bundle does not pull in rrule or the iCalendar code.
 */
import type { Feed } from './feed.ts';
import type { Occurrence } from './occurrences.ts';

export function occurrencesFromFeed(feed: Feed): Occurrence[] {
  return feed.events.flatMap((event) =>
    event.occurrences.map((o) => ({
      event,
      key: `${event.id}@${o.start.slice(0, 16)}`,
      start: Date.parse(o.start),
      end: Date.parse(o.end),
      cancelled: event.status === 'cancelled',
    })),
  );
}
