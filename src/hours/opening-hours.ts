/**
 * The one opening-hours model: a place's OpenStreetMap `opening_hours` value (parsed and evaluated by the
 * opening_hours library), its last entry, and China's public holidays as given dates (holidays-cn.ts).
 * Walks, field trips and cards ask this module; nothing else reads hours.
 *
 * Contracts:
 * - Times are minutes after the local midnight of the date asked about, Hangzhou time. An interval that runs
 *   past midnight (18:00–02:00) ends after 1440; one that began the evening before starts at 0.
 * - Public holidays: rules whose selector is exactly `PH` (`PH off`, `PH 09:00-16:30`) must come last. On a
 *   holiday only they apply; a place without such a rule keeps its weekly hours on a holiday and the answer
 *   says that the holiday arrangement is not in the data. A year missing from holidays-cn.ts is unknown.
 * - Last entry is stored as minutes before each closing (`last_entry_min`), since the `opening_hours`
 *   syntax has no field for it.
 *
 * The DayHours returned are shared between callers (memoized per day): read them, never change them.
 *
 * Trap: the library reads and returns local `Date`s of the machine it runs on. Local dates are built from
 * the Hangzhou calendar date and read back with getHours/getMinutes, so the machine's zone does not matter
 * unless it skips or repeats a wall-clock hour on that date (a daylight-saving change).
 */
import OpeningHoursLib from 'opening_hours';
import { isPublicHoliday, CN_HOLIDAYS, type HolidayYear } from './holidays-cn.ts';
import type { DayHours, HoursSpec, Interval, VisitStatus } from './hours-spec.ts';

export type { DayHours, HoursSpec, Interval, VisitStatus } from './hours-spec.ts';
export { hoursSpec } from './hours-spec.ts';

const HOLIDAY_RULE = /^PH\s+(.+)$/;

interface Split {
  regular: string;
  holiday?: string;
}

/** Splits a value into the weekly rules and the body of the `PH` rules; throws on a misplaced `PH`. */
function split(value: string): Split {
  if (value.includes('"')) throw new Error('comments are not used in this data; say it in hours_zh/en');
  const rules = value
    .split(';')
    .map((r) => r.trim())
    .filter(Boolean);
  const firstPh = rules.findIndex((r) => HOLIDAY_RULE.test(r));
  const regular = firstPh < 0 ? rules : rules.slice(0, firstPh);
  const holiday = firstPh < 0 ? [] : rules.slice(firstPh);
  if (regular.some((r) => /\bPH\b|\bSH\b/.test(r)))
    throw new Error('a PH rule must be its own rule ("PH off", "PH 09:00-16:30") after the weekly rules');
  if (holiday.some((r) => !HOLIDAY_RULE.test(r)))
    throw new Error('the PH rules must come last, after every weekly rule');
  if (!regular.length) throw new Error('needs weekly hours before any PH rule');
  return {
    regular: regular.join('; '),
    holiday: holiday.length ? holiday.map((r) => HOLIDAY_RULE.exec(r)![1]).join('; ') : undefined,
  };
}

const cache = new Map<string, { split: Split; regular: OpeningHoursLib; holiday?: OpeningHoursLib }>();

function compiled(value: string) {
  let c = cache.get(value);
  if (!c) {
    const s = split(value);
    c = {
      split: s,
      regular: new OpeningHoursLib(s.regular),
      holiday: s.holiday ? new OpeningHoursLib(s.holiday) : undefined,
    };
    cache.set(value, c);
  }
  return c;
}

/** Messages for an invalid value (empty when it is fine): the validator's check. */
export function openingHoursErrors(value: string): string[] {
  try {
    const c = compiled(value);
    const warnings = [...c.regular.getWarnings(), ...(c.holiday?.getWarnings() ?? [])];
    return warnings.map((w) => w.replace(/\s+/g, ' ').trim());
  } catch (e) {
    return [
      String(e instanceof Error ? e.message : e)
        .replace(/\s+/g, ' ')
        .trim(),
    ];
  }
}

function localDate(date: string, minutes = 0): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d, 0, minutes);
}

/** Minutes of a library Date after the midnight of `date`. */
function minutesAfter(date: string, t: Date): number {
  const [y, m, d] = date.split('-').map(Number);
  const days = (Date.UTC(t.getFullYear(), t.getMonth(), t.getDate()) - Date.UTC(y, m - 1, d)) / 86_400_000;
  return days * 1440 + t.getHours() * 60 + t.getMinutes();
}

/** Intervals of the rule set `oh` that begin on `date`, read over two days so overnight ends are whole. */
function intervalsOn(oh: OpeningHoursLib, date: string): Interval[] {
  return oh
    .getOpenIntervals(localDate(date), localDate(date, 2880))
    .map(([a, b]) => [minutesAfter(date, a), minutesAfter(date, b)] as Interval)
    .filter(([a]) => a < 1440);
}

/**
 * Opening intervals of `date`: the early hours left from the evening before (from 0), the day's own hours,
 * and an interval that runs past midnight (to beyond 1440). The day is evaluated with one rule set, the
 * holiday rules on a holiday and the weekly rules otherwise, overnight part included (trap: an overnight
 * stretch into a holiday keeps the evening's rules; no place in the data is open overnight).
 */
export function hoursOn(
  spec: HoursSpec,
  date: string,
  holidays: readonly HolidayYear[] = CN_HOLIDAYS,
): DayHours {
  const key = `${date} ${spec.opening_hours}`;
  const memo = holidays === CN_HOLIDAYS ? dayMemo.get(key) : undefined;
  if (memo) return memo;
  const c = compiled(spec.opening_hours);
  const h = isPublicHoliday(date, holidays);
  const oh = h && c.holiday ? c.holiday : c.regular;
  let uncertain: DayHours['uncertain'];
  if (h === true && !c.holiday) uncertain = 'holiday-rule-missing';
  if (h === undefined && c.holiday) uncertain = 'holidays-unknown';
  const out: DayHours = { intervals: intervalsOn(oh, date), holiday: h === true, uncertain };
  if (holidays === CN_HOLIDAYS) dayMemo.set(key, out);
  return out;
}

/** Days already evaluated with the built-in holidays: planners ask about the same day thousands of times. */
const dayMemo = new Map<string, DayHours>();

/** The last entry of an interval. */
export function lastEntry(spec: HoursSpec, interval: Interval): number {
  return Math.max(interval[0], interval[1] - (spec.last_entry_min ?? 0));
}

/**
 * Whether a visit from `arrive` to `leave` (minutes after the midnight of `date`) fits the hours: the
 * visitor gets in at or after opening, no later than the last entry, and is out by closing.
 */
export function visitStatus(
  spec: HoursSpec | undefined,
  date: string,
  arrive: number,
  leave: number,
  holidays: readonly HolidayYear[] = CN_HOLIDAYS,
): VisitStatus {
  if (!spec) return { status: 'unknown' };
  const { intervals } = hoursOn(spec, date, holidays);
  if (!intervals.length) return { status: 'closed-day' };
  const inside = intervals.find(([a, b]) => arrive >= a && arrive < b);
  if (inside) {
    if (arrive > lastEntry(spec, inside))
      return { status: 'after-last-entry', lastEntry: lastEntry(spec, inside) };
    if (leave > inside[1]) return { status: 'closes-during', closesAt: inside[1] };
    return { status: 'open' };
  }
  const later = intervals.find(([a]) => a > arrive);
  if (later) return { status: 'before-opening', opensAt: later[0] };
  return { status: 'after-last-entry', lastEntry: lastEntry(spec, intervals[intervals.length - 1]) };
}
