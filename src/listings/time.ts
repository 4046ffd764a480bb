/**
 * Wall-clock time in Hangzhou. Every date-time in the event data is local time in Asia/Shanghai written as
 * `YYYY-MM-DDTHH:mm` with no offset. China has kept UTC+8 all year since 1991 (no daylight saving), so the
 * conversion to an instant is a fixed 8-hour shift and needs no time-zone database.
 *
 * Trap: `new Date('2026-12-05T19:30')` reads the string in the machine's own zone. Nothing here does that:
 * local strings are parsed into fields and combined with `Date.UTC`, and instants are formatted from the
 * `getUTC*` fields of the instant shifted by +8 h, so results are the same on any machine.
 */
export const TIME_ZONE = 'Asia/Shanghai';
export const UTC_OFFSET = '+08:00';
export const UTC_OFFSET_MS = 8 * 3_600_000;
export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A local date-time string as epoch milliseconds, or undefined if it is malformed or not a calendar date. */
export function parseLocal(s: string): number | undefined {
  const m = LOCAL.exec(s);
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const floating = Date.UTC(y, mo - 1, d, h, mi);
  const back = new Date(floating);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return undefined;
  if (h > 23 || mi > 59) return undefined;
  return floating - UTC_OFFSET_MS;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Epoch milliseconds as a local date-time string (`2026-12-05T19:30`); seconds are dropped. */
export function formatLocal(ms: number): string {
  const f = new Date(ms + UTC_OFFSET_MS);
  return `${pad(f.getUTCFullYear(), 4)}-${pad(f.getUTCMonth() + 1)}-${pad(f.getUTCDate())}T${pad(f.getUTCHours())}:${pad(f.getUTCMinutes())}`;
}

/** Epoch milliseconds as ISO 8601 with the +08:00 offset, which any `Date` parses to the same instant. */
export const formatOffset = (ms: number) => `${formatLocal(ms)}${UTC_OFFSET}`;

/**
 * A "floating" Date: its UTC fields are the Hangzhou wall-clock fields. This is the form the `rrule` package
 * computes in (it reads and writes only UTC fields when no tzid is given).
 */
export const toFloating = (ms: number) => new Date(ms + UTC_OFFSET_MS);
export const fromFloating = (d: Date) => d.getTime() - UTC_OFFSET_MS;

/** Midnight in Hangzhou at the start of the local day holding `ms`. */
export const localDayStart = (ms: number) =>
  Math.floor((ms + UTC_OFFSET_MS) / DAY_MS) * DAY_MS - UTC_OFFSET_MS;

/** Day of the week in Hangzhou: 0 Sunday … 6 Saturday. */
export const localWeekday = (ms: number) => new Date(ms + UTC_OFFSET_MS).getUTCDay();

/** iCalendar local form `20261205T193000` (for DTSTART;TZID=Asia/Shanghai). */
export const icsLocal = (ms: number) => formatLocal(ms).replace(/[-:]/g, '') + '00';

/** iCalendar UTC form `20261205T113000Z`. */
export const icsUtc = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
