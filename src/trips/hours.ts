/**
 * Opening hours on the trip's date, read from a place's `hours_en` only when it has one of the shapes the
 * data uses today, e.g. "Tue–Sun 9:30–17:00, last entry 16:30, closed Mondays" or "8:30–16:30, closed
 * Mondays except public holidays". Anything else is not parsed: the text is shown and marked "check".
 * Public holidays are not known to us, so a holiday caveat in the text is carried through, never resolved.
 */

export interface Hours {
  /** Minutes after midnight. */
  open: number;
  close: number;
  lastEntry?: number;
  /** 0 Sunday … 6 Saturday. */
  closedDays: number[];
  /** The text mentions public holidays: the rule may differ then. */
  holidayCaveat: boolean;
}

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const time = (s: string) => {
  const [h, m] = s.split(':').map(Number);
  return h * 60 + m;
};

/** Parses the structured forms; undefined when the text says anything else. */
export function parseHours(text: string | undefined): Hours | undefined {
  if (!text) return undefined;
  const body = text
    .replace(/^As of [\d–-]+:\s*/, '')
    .replace(/\s*\(as of \d{4}, verify before visiting\)/, '')
    .replace(/\.?\s*Verify before visiting\.?$/, '')
    .trim();
  const m =
    /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun)–(Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?(\d{1,2}:\d{2})–(\d{1,2}:\d{2})(?:, last entry (\d{1,2}:\d{2}))?(?:, closed (Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*days?( except public holidays| \(public-holiday arrangements announced separately\))?)?$/.exec(
      body,
    );
  if (!m) return undefined;
  const [, fromDay, toDay, open, close, last, closedDay, holiday] = m;
  const closed = new Set<number>();
  if (closedDay) closed.add(DAYS.indexOf(closedDay.toLowerCase()));
  if (fromDay && toDay) {
    const a = DAYS.indexOf(fromDay.toLowerCase());
    const b = DAYS.indexOf(toDay.toLowerCase());
    for (let d = 0; d < 7; d++) {
      const inRange = a <= b ? d >= a && d <= b : d >= a || d <= b;
      if (!inRange) closed.add(d);
    }
  }
  return {
    open: time(open),
    close: time(close),
    lastEntry: last ? time(last) : undefined,
    closedDays: [...closed].sort(),
    holidayCaveat: !!holiday,
  };
}

export type HoursStatus =
  /** Open for the whole visit by the stated hours. */
  | 'open'
  | 'closed-day'
  /** The visit starts before opening, or after last entry, or runs past closing. */
  | 'outside'
  /** There are hours, but not in a form we read: show the text, ask to check. */
  | 'check'
  /** The data has no hours for this place. */
  | 'unknown';

/** The status of a visit [arrive, leave] (minutes) on a weekday (0 Sunday). */
export function hoursStatus(
  text: string | undefined,
  weekday: number,
  arrive: number,
  leave: number,
): HoursStatus {
  if (!text) return 'unknown';
  const h = parseHours(text);
  if (!h) return 'check';
  if (h.closedDays.includes(weekday)) return 'closed-day';
  if (arrive < h.open || arrive > (h.lastEntry ?? h.close) || leave > h.close) return 'outside';
  return 'open';
}

/** Day of the week of a local date `YYYY-MM-DD` (0 Sunday), independent of the device's time zone. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
