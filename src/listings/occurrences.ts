/**
 * Expands events into the concrete occurrences that fall in a window of time. Pure and independent of the
 * machine's time zone: instants are epoch milliseconds, local times are Asia/Shanghai (time.ts), and
 * recurrence is computed on floating Hangzhou wall-clock dates (rule.ts).
 *
 * Bounded: one event has at most MAX_OCCURRENCES occurrences, a window spans at most MAX_WINDOW_MS, and a
 * call returns at most `limit` occurrences.
 */
import type { ListingEvent } from './schema.ts';
import { MAX_OCCURRENCES, parseRule } from './rule.ts';
import { DAY_MS, formatLocal, parseLocal } from './time.ts';

/** Two years (731 days): the longest window one call expands. */
export const MAX_WINDOW_MS = 731 * DAY_MS;
export const DEFAULT_LIMIT = 5000;

export interface Occurrence {
  event: ListingEvent;
  /** Stable id of this occurrence: `<event id>@<local start>`, e.g. `dongpo@2026-12-05T19:30`. */
  key: string;
  /** Epoch milliseconds. */
  start: number;
  end: number;
  /** The event was cancelled (it stays listed, marked, so that visitors who planned to go learn of it). */
  cancelled: boolean;
}

export interface TimeWindow {
  /** Epoch milliseconds; an occurrence is in the window if it ends after `from` and starts before `to`. */
  from: number;
  to: number;
}

/** Local start and end of an event as instants; throws on a malformed date (validate first). */
export function eventSpan(event: ListingEvent): { start: number; end: number } {
  const start = parseLocal(event.start);
  const end = parseLocal(event.end);
  if (start === undefined || end === undefined) throw new Error(`${event.id}: malformed start or end`);
  return { start, end };
}

/** Starts of every occurrence of an event (EXDATEs removed), ascending; throws on a rule validate rejects. */
export function occurrenceStarts(event: ListingEvent): number[] {
  const { start } = eventSpan(event);
  if (!event.rrule) return [start];
  const parsed = parseRule(event.rrule, start);
  if (!parsed.ok) throw new Error(`${event.id}: rrule ${parsed.message}`);
  const excluded = new Set((event.exdates ?? []).map(parseLocal));
  return parsed.rule.starts.filter((s) => !excluded.has(s));
}

function checkWindow(window: TimeWindow): void {
  if (!(window.to > window.from)) throw new RangeError('the window must end after it starts');
  if (window.to - window.from > MAX_WINDOW_MS) throw new RangeError('the window spans more than two years');
}

export function expandEvent(event: ListingEvent, window: TimeWindow, limit = MAX_OCCURRENCES): Occurrence[] {
  checkWindow(window);
  const { start, end } = eventSpan(event);
  const duration = end - start;
  const out: Occurrence[] = [];
  for (const s of occurrenceStarts(event)) {
    if (out.length >= limit || s >= window.to) break;
    if (s + duration <= window.from) continue;
    out.push({
      event,
      key: `${event.id}@${formatLocal(s)}`,
      start: s,
      end: s + duration,
      cancelled: event.status === 'cancelled',
    });
  }
  return out;
}

/** Occurrences of all events in the window, by start then event id; at most `limit`. */
export function expandEvents(
  events: readonly ListingEvent[],
  window: TimeWindow,
  limit = DEFAULT_LIMIT,
): Occurrence[] {
  checkWindow(window);
  const all = events.flatMap((e) => expandEvent(e, window, limit));
  all.sort((a, b) => a.start - b.start || a.event.id.localeCompare(b.event.id));
  return all.slice(0, limit);
}
