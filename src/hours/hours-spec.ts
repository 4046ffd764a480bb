/**
 * The shapes of the one opening-hours model (opening-hours.ts), without the library that evaluates them: a
 * module that only reads or passes on hours imports these, so that the opening_hours library (about 680 kB of
 * script, holiday tables of many countries included) stays out of the first view and loads with
 * hours-model.ts when something is shown that needs it.
 */
export interface HoursSpec {
  /** OpenStreetMap `opening_hours`, e.g. `Tu-Su 09:30-17:00; Mo off`. */
  opening_hours: string;
  /** Entry stops this many minutes before closing. */
  last_entry_min?: number;
}

/** [open, close) in minutes after the day's midnight; close may exceed 1440. */
export type Interval = [number, number];

export interface DayHours {
  intervals: Interval[];
  /** The date is a public holiday. */
  holiday: boolean;
  /**
   * Why the answer for this date is not certain: the date is a holiday and the data has no holiday rule,
   * or the data has a holiday rule and we do not know that year's holidays.
   */
  uncertain?: 'holiday-rule-missing' | 'holidays-unknown';
}

export type VisitStatus =
  | { status: 'open' }
  /** Closed all day. */
  | { status: 'closed-day' }
  /** Arrives before opening; `opensAt` is the next opening that day. */
  | { status: 'before-opening'; opensAt: number }
  /** Arrives after the last entry (or after closing); `lastEntry` is the last one that day, if any. */
  | { status: 'after-last-entry'; lastEntry?: number }
  /** Gets in, but the visit runs past closing. */
  | { status: 'closes-during'; closesAt: number }
  /** The data has no hours. */
  | { status: 'unknown' };

/** A place's hours spec from its properties, when the data has one. */
export function hoursSpec(p: { opening_hours?: string; last_entry_min?: number }): HoursSpec | undefined {
  return p.opening_hours ? { opening_hours: p.opening_hours, last_entry_min: p.last_entry_min } : undefined;
}
