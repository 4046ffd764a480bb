/**
 * A stop's opening hours on the trip's date, from the one hours model (src/hours/opening-hours.ts): the
 * place's `opening_hours` and last entry, China's public holidays as given dates. A place with hours only in
 * words is `check` (the words are shown); one with none is `unknown`; a holiday the data does not settle
 * (a holiday without a holiday rule, a year whose holidays we lack) is `check` too.
 */
import { hoursOn, hoursSpec, visitStatus } from '../hours/opening-hours.ts';
import type { PlaceProperties } from '../data/schema.ts';

export type HoursStatus =
  /** Open for the whole visit by the stated hours. */
  | 'open'
  | 'closed-day'
  /** The visit starts before opening, or after last entry, or runs past closing. */
  | 'outside'
  /** There are hours, but not ones we can check for this date: show the text, ask to check. */
  | 'check'
  /** No date chosen: hours cannot be checked. */
  | 'no-date'
  /** The data has no hours for this place. */
  | 'unknown';

type HoursFields = Pick<PlaceProperties, 'opening_hours' | 'last_entry_min' | 'hours_zh' | 'hours_en'>;

/** The status of a visit [arrive, leave] (minutes after midnight) on a local date `YYYY-MM-DD`. */
export function hoursStatus(
  p: HoursFields | undefined,
  date: string | undefined,
  arrive: number,
  leave: number,
): HoursStatus {
  const spec = p && hoursSpec(p);
  if (!spec) return p?.hours_en || p?.hours_zh ? (date ? 'check' : 'no-date') : 'unknown';
  if (!date) return 'no-date';
  if (hoursOn(spec, date).uncertain) return 'check';
  const s = visitStatus(spec, date, arrive, leave).status;
  return s === 'open' || s === 'closed-day' ? s : 'outside';
}

/** Day of the week of a local date `YYYY-MM-DD` (0 Sunday), independent of the device's time zone. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
