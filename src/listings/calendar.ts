/**
 * Calendar arithmetic on Hangzhou dates (`YYYY-MM-DD`, Asia/Shanghai), for the day, week and month views.
 * Pure and independent of the device's zone: dates are turned into instants only through time.ts.
 *
 * Weeks start on Monday, as Chinese calendars print them (ISO 8601).
 */
import type { ListedOccurrence } from './filters.ts';
import { DAY_MS, formatLocal, localDayStart, parseLocal } from './time.ts';

export const CALENDAR_VIEWS = ['list', 'day', 'week', 'month'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The Hangzhou date holding the instant `ms`. */
export const dateOf = (ms: number) => formatLocal(ms).slice(0, 10);

/** Midnight (Hangzhou) at the start of `date`, or undefined for a malformed or impossible date. */
export function dayStart(date: string): number | undefined {
  return DATE.test(date) ? parseLocal(`${date}T00:00`) : undefined;
}

export function isDate(date: string): boolean {
  return dayStart(date) !== undefined;
}

/** `date` moved by whole days (negative: back). */
export function addDays(date: string, days: number): string {
  // Noon keeps the arithmetic clear of any day boundary.
  return dateOf(dayStart(date)! + 12 * 3_600_000 + days * DAY_MS);
}

/** The first day of the month `months` after the month holding `date`. */
export function addMonths(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(dayStart(date)! + 12 * 3_600_000 + 8 * 3_600_000).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday on or before `date`. */
export const weekStart = (date: string) => addDays(date, 1 - isoWeekday(date));

/**
 * The dates a view shows around `anchor`: one day; Monday to Sunday; or the whole weeks covering the month
 * (so the grid always has full rows of seven).
 */
export function viewDates(view: Exclude<CalendarView, 'list'>, anchor: string): string[] {
  let first = anchor;
  let count = 1;
  if (view === 'week') {
    first = weekStart(anchor);
    count = 7;
  } else if (view === 'month') {
    const monthFirst = `${anchor.slice(0, 8)}01`;
    const monthLast = addDays(addMonths(anchor, 1), -1);
    first = weekStart(monthFirst);
    const last = addDays(weekStart(monthLast), 6);
    count = Math.round((dayStart(last)! - dayStart(first)!) / DAY_MS) + 1;
  }
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}

/** The step the ‹ › buttons take in a view. */
export function shiftAnchor(view: Exclude<CalendarView, 'list'>, anchor: string, direction: 1 | -1): string {
  if (view === 'month') return addMonths(anchor, direction);
  return addDays(anchor, direction * (view === 'week' ? 7 : 1));
}

export interface CalendarDay {
  date: string;
  /** Dated events overlapping this day, in the list's order. */
  dated: ListedOccurrence[];
  /** Long-running occurrences (exhibitions, seasons) open on this day: counted, not listed, in a grid cell. */
  running: ListedOccurrence[];
}

/**
 * Puts each occurrence on every Hangzhou day it overlaps. A show from 19:30 to 20:15 lands on one day; an
 * evening running past midnight lands on two; a six-week exhibition on each of its days, as `running`.
 */
export function byDay(occurrences: readonly ListedOccurrence[], dates: readonly string[]): CalendarDay[] {
  return dates.map((date) => {
    const from = dayStart(date)!;
    const to = from + DAY_MS;
    const here = occurrences.filter((o) => o.start < to && o.end > from);
    return { date, dated: here.filter((o) => !o.long), running: here.filter((o) => o.long) };
  });
}

/** The Hangzhou date of `now`. */
export const today = (now: number) => dateOf(localDayStart(now));
