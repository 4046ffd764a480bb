/**
 * "Open now?" for a place card: the state of a place's hours at one instant, and when that changes next.
 *
 * Contract: `at` is an instant (epoch ms) read by the caller from its clock; the answer is in Hangzhou
 * wall-clock minutes. The next opening is looked for over the following week; a place with no opening in that
 * week answers `closed` without `opens`. `uncertain` is carried over from the hours model for the day asked
 * about (a public holiday the data has no rule for, or a year whose holidays are not known).
 */
import { CN_HOLIDAYS, type HolidayYear } from './holidays-cn.ts';
import { hoursOn, lastEntry } from './opening-hours.ts';
import type { DayHours, HoursSpec } from './hours-spec.ts';

export type OpenNow =
  | {
      state: 'open';
      /** Minutes after today's midnight (may exceed 1440 for an overnight closing). */
      closesAt: number;
      /** The last entry of this opening, when it is earlier than closing. */
      lastEntry?: number;
      /** The last entry has passed: people inside may stay, nobody new gets in. */
      entryClosed: boolean;
      uncertain?: DayHours['uncertain'];
    }
  | {
      state: 'closed';
      /** The next opening: days after today (0 = later today) and its minute after that day's midnight. */
      opens?: { inDays: number; at: number; weekday: number };
      uncertain?: DayHours['uncertain'];
    }
  | { state: 'unknown' };

const WEEK = 7;
const DAY_MS = 86_400_000;
/** Hangzhou is UTC+8 all year (no daylight saving since 1991); src/listings/time.ts says the same for events. */
const HANGZHOU_MS = 8 * 3_600_000;

/** The Hangzhou calendar date `YYYY-MM-DD` `days` after the one holding the instant `at`. */
const localDate = (at: number, days = 0) =>
  new Date(at + HANGZHOU_MS + days * DAY_MS).toISOString().slice(0, 10);

/** The state of `spec` at the instant `at`; `unknown` without hours. */
export function openNow(
  spec: HoursSpec | undefined,
  at: number,
  holidays: readonly HolidayYear[] = CN_HOLIDAYS,
): OpenNow {
  if (!spec) return { state: 'unknown' };
  const today = localDate(at);
  const minute = Math.floor(((at + HANGZHOU_MS) % DAY_MS) / 60_000);
  const day = hoursOn(spec, today, holidays);
  const inside = day.intervals.find(([a, b]) => minute >= a && minute < b);
  if (inside) {
    const entry = lastEntry(spec, inside);
    return {
      state: 'open',
      closesAt: inside[1],
      lastEntry: entry < inside[1] ? entry : undefined,
      entryClosed: minute > entry,
      uncertain: day.uncertain,
    };
  }
  for (let inDays = 0; inDays <= WEEK; inDays++) {
    const date = localDate(at, inDays);
    // On a later day an interval from 0 is the evening before running on, not an opening (hoursOn's contract).
    const next = hoursOn(spec, date, holidays).intervals.find(([a]) => a > (inDays ? 0 : minute));
    if (next) {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      return { state: 'closed', opens: { inDays, at: next[0], weekday }, uncertain: day.uncertain };
    }
  }
  return { state: 'closed', uncertain: day.uncertain };
}
