/**
 * Writes iCalendar (RFC 5545) for one event or a whole feed. Hand-written rather than with the `ics`
 * package because that package cannot emit a VTIMEZONE with TZID-qualified DTSTART/EXDATE, and a weekly
 * rule must recur in Hangzhou time (BYDAY counted in UTC shifts early-morning events to the previous day).
 *
 * Contract: DTSTART/DTEND/EXDATE carry TZID=Asia/Shanghai with the VTIMEZONE below (UTC+8, no DST); UNTIL
 * is UTC with Z; DTSTAMP is the caller's `now`, so output is deterministic. Lines end in CRLF and are folded
 * at 75 octets without splitting a UTF-8 character. Text is escaped (\\ ; , and newlines).
 * Injection: no property value can end its line. TEXT values escape line breaks; URI values percent-encode
 * control characters and spaces (`uriValue`); and every content line passes `contentLine`, which drops any
 * control character left (CR, LF, C0 but tab, DEL, C1) before folding — so even a value that slipped past
 * validation cannot start a new property or a second VEVENT.
 * The reader of organisers' files is in ical-import.ts.
 */
import type { ListingEvent, Status } from './schema.ts';
import type { Venue } from './venues.ts';
import { readRule, ruleToIcs } from './rule.ts';
import { TIME_ZONE, icsLocal, icsUtc, parseLocal } from './time.ts';

export const PRODID = '-//Song Heritage Map//What is on//EN';
/** UID domain part: UIDs are `<event id>@song-heritage-map`. */
export const UID_SUFFIX = '@song-heritage-map';

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** iCalendar has no "postponed"; TENTATIVE is the nearest (the date shown is not to be relied on). */
const ICS_STATUS: Record<Status, string> = {
  scheduled: 'CONFIRMED',
  cancelled: 'CANCELLED',
  postponed: 'TENTATIVE',
};

export const SAMPLE_NOTICE = '示例数据，并非真实日程 · Sample data, not a real schedule';

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export const escapeText = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/** A URI value (URL, RFC 5545 3.3.13): control characters and spaces percent-encoded, never raw. */
export const uriValue = (uri: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are what must not pass
  uri.replace(/[\u0000-\u0020\u007f-\u009f]/g, (c) =>
    encodeURIComponent(c).replace(/%[0-9a-f]{2}/gi, (x) => x.toUpperCase()),
  );

/** One unfolded content line with every control character but tab removed: it stays one line. */
// eslint-disable-next-line no-control-regex -- control characters are what must not pass
export const contentLine = (line: string) => line.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, '');

/** UTF-8 octets of the code point `c`. */
const octetsOf = (c: number) => (c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4);

/** Folds one content line at 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  // Most lines are short: under 25 UTF-16 units they are under 75 octets whatever they hold.
  if (line.length <= 25) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = octetsOf(ch.codePointAt(0)!);
    if (octets + n > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n');
}

/** `中文 / English`, or the Chinese alone where there is no English (it is optional for events). */
const both = (zh: string, en: string | undefined) => (!en?.trim() || zh === en ? zh : `${zh} / ${en}`);

function description(e: ListingEvent): string {
  const lines = e.description_en?.trim() ? [e.description_zh, '', e.description_en] : [e.description_zh];
  if (e.sample) lines.unshift(`【${SAMPLE_NOTICE}】`, '');
  lines.push('', `主办 Organizer: ${both(e.organizer.name_zh, e.organizer.name_en)}`);
  if (e.free) lines.push('免费 Free');
  else if (e.price_cny !== undefined) lines.push(`票价 Price: ¥${e.price_cny}`);
  if (e.booking_url) lines.push(`预约 Booking: ${e.booking_url}`);
  return lines.join('\n');
}

/** The VEVENT lines of one event (unfolded). `venue` is the event's venue if it has one. */
export function veventLines(e: ListingEvent, venue: Venue | undefined, now: number): string[] {
  const start = parseLocal(e.start);
  const end = parseLocal(e.end);
  if (start === undefined || end === undefined) throw new Error(`${e.id}: malformed start or end`);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${e.id}${UID_SUFFIX}`,
    `DTSTAMP:${icsUtc(now)}`,
    `DTSTART;TZID=${TIME_ZONE}:${icsLocal(start)}`,
    `DTEND;TZID=${TIME_ZONE}:${icsLocal(end)}`,
  ];
  if (e.rrule) {
    // Read, not expanded: the line needs the rule's parts and UNTIL only (the feed's occurrences are
    // expanded, or read from the service's table, elsewhere).
    const parsed = readRule(e.rrule, start);
    if (!parsed.ok) throw new Error(`${e.id}: rrule ${parsed.message}`);
    lines.push(`RRULE:${ruleToIcs(parsed.rule)}`);
    for (const x of e.exdates ?? []) lines.push(`EXDATE;TZID=${TIME_ZONE}:${icsLocal(parseLocal(x)!)}`);
  }
  lines.push(`SUMMARY:${escapeText(both(e.title_zh, e.title_en))}`);
  lines.push(`DESCRIPTION:${escapeText(description(e))}`);
  if (venue) lines.push(`LOCATION:${escapeText(both(venue.name_zh, venue.name_en))}`);
  const at = venue?.position ?? e.route?.coordinates[0];
  if (at) lines.push(`GEO:${at[1].toFixed(6)};${at[0].toFixed(6)}`);
  lines.push(`CATEGORIES:${e.category.toUpperCase()}`);
  lines.push(`STATUS:${ICS_STATUS[e.status]}`);
  const url = e.booking_url ?? e.organizer.url;
  if (url) lines.push(`URL:${uriValue(url)}`);
  if (e.parent) lines.push(`RELATED-TO;RELTYPE=PARENT:${e.parent}${UID_SUFFIX}`);
  lines.push('END:VEVENT');
  return lines;
}

export interface IcsOptions {
  /** Epoch ms written as DTSTAMP. */
  now: number;
  /** Calendar name shown by clients. */
  name?: string;
}

/** One event's VEVENT as folded text, CRLF between lines (no line end after the last). */
export const veventText = (e: ListingEvent, venue: Venue | undefined, now: number): string =>
  veventLines(e, venue, now)
    .map((l) => foldLine(contentLine(l)))
    .join('\r\n');

/** A VCALENDAR around VEVENT texts (from veventText), CRLF line ends. */
export function calendarText(vevents: readonly string[], name?: string): string {
  const head = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name ?? '宋韵上城 · 活动 / Song Heritage Map · What’s on')}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    ...VTIMEZONE,
  ].map((l) => foldLine(contentLine(l)));
  return [...head, ...vevents, 'END:VCALENDAR'].join('\r\n') + '\r\n';
}

/** A VCALENDAR holding the given events, folded, CRLF line ends. Venues are looked up by id. */
export function eventsToIcs(
  events: readonly ListingEvent[],
  venues: ReadonlyMap<string, Venue>,
  options: IcsOptions,
): string {
  return calendarText(
    events.map((e) => veventText(e, e.venue ? venues.get(e.venue) : undefined, options.now)),
    options.name,
  );
}

/** A VCALENDAR for one event ("add to my calendar"). */
export const eventToIcs = (event: ListingEvent, venues: ReadonlyMap<string, Venue>, options: IcsOptions) =>
  eventsToIcs([event], venues, { name: both(event.title_zh, event.title_en), ...options });

/** eventToIcs around a VEVENT already made by veventText. */
export const eventCalendarText = (event: ListingEvent, vevent: string) =>
  calendarText([vevent], both(event.title_zh, event.title_en));

export { importIcs, type IcsImport, type ImportProblem, type ImportOptions } from './ical-import.ts';
