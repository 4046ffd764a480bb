/**
 * The organizer's form as plain values (what the inputs hold), and the two ways across: `draftFromEvent`
 * fills the form from a stored event, `eventFromDraft` builds the event the server receives. The form keeps
 * everything the person typed, valid or not, so a validation error or a failed request never loses text.
 *
 * Recurrence is edited through a small builder (frequency, interval, weekdays, count or end date) that
 * writes an RFC 5545 RRULE; a weekly repeat can instead last a span of months from the start, chosen in
 * words ("every Saturday for 3 months"), and a monthly one can fall on the start's weekday ("the first
 * Saturday of each month"); a rule the builder cannot express (e.g. from an imported .ics) stays as typed in
 * `rruleCustom`. Times are Asia/Shanghai wall-clock `YYYY-MM-DDTHH:mm`, the value of <input type=datetime-local>.
 */
import type { Source } from '../../data/schema.ts';
import type { Audience, Category, ListingEvent, Organizer, Route, Status } from '../../listings/schema.ts';
import { DAY_MS, MINUTE_MS, formatLocal, parseLocal } from '../../listings/time.ts';

export const FREQS = ['none', 'DAILY', 'WEEKLY', 'MONTHLY', 'custom'] as const;
export type Freq = (typeof FREQS)[number];
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
/** The months a weekly repeat may last from its start, offered as one choice each ('' = the end is chosen). */
export const SPANS = ['1', '3', '6'] as const;
export type Span = (typeof SPANS)[number] | '';

export interface EventDraft {
  /** The stored event's id; empty for a new event (the service makes one when it is first saved). */
  id: string;
  title_zh: string;
  title_en: string;
  description_zh: string;
  description_en: string;
  category: Category | '';
  /** Where: a venue (place id) or a route (drawn on the map, or typed as lines). */
  where: 'venue' | 'route';
  venue: string;
  /** One vertex per line: `lon, lat` (WGS84), optionally `, minutes` after the start (see readRoute). */
  route: string;
  start: string;
  end: string;
  /** Minutes the event lasts as chosen from the short list ('' = the end time is typed); sets `end`. */
  duration: string;
  freq: Freq;
  /** Weekly only: the repeat lasts this many months from the start (its last date follows the start). */
  span: Span;
  /** Monthly only: on the start's day of the month (the 5th), or on its weekday (the first Saturday). */
  monthBy: 'day' | 'weekday';
  interval: string;
  byday: Weekday[];
  /** How the rule ends: after `count` occurrences, or on the local date `until` (YYYY-MM-DD). */
  ends: 'count' | 'until';
  count: string;
  until: string;
  rruleCustom: string;
  /** Local starts of occurrences that do not take place. */
  exdates: string[];
  free: boolean;
  price: string;
  booking_url: string;
  /** Stored language codes, as ticked in the picker (see listings/language-names.ts). */
  languages: string[];
  suitable_for: Audience[];
  accessibility_zh: string;
  accessibility_en: string;
  organizer_zh: string;
  organizer_en: string;
  organizer_url: string;
  parent: string;
  status: Status;
  /** The first source (where the details come from); further sources of a stored event are kept as they are. */
  source_title: string;
  source_url: string;
  moreSources: Source[];
}

/** The source an organizer's own listing names unless they give another. */
export const ORGANIZER_SOURCE = '主办方发布 · Published by the organizer';

/** A blank form; the organizer's names and website are filled in from their organization. */
export function emptyDraft(organizer?: Organizer): EventDraft {
  return {
    id: '',
    title_zh: '',
    title_en: '',
    description_zh: '',
    description_en: '',
    category: '',
    where: 'venue',
    venue: '',
    route: '',
    start: '',
    end: '',
    duration: '120',
    freq: 'none',
    span: '',
    monthBy: 'day',
    interval: '1',
    byday: [],
    ends: 'until',
    count: '',
    until: '',
    rruleCustom: '',
    exdates: [],
    free: true,
    price: '',
    booking_url: '',
    languages: ['zh'],
    suitable_for: [],
    accessibility_zh: '',
    accessibility_en: '',
    organizer_zh: organizer?.name_zh ?? '',
    organizer_en: organizer?.name_en ?? '',
    organizer_url: organizer?.url ?? '',
    parent: '',
    status: 'scheduled',
    source_title: ORGANIZER_SOURCE,
    source_url: organizer?.url ?? '',
    moreSources: [],
  };
}

/** The builder's reading of a rule, or undefined when only the raw text can hold it. */
export function ruleToBuilder(
  rrule: string,
): Pick<EventDraft, 'freq' | 'monthBy' | 'interval' | 'byday' | 'ends' | 'count' | 'until'> | undefined {
  const parts = new Map(rrule.split(';').map((p) => p.split('=', 2) as [string, string | undefined]));
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY') return undefined;
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'COUNT', 'UNTIL']);
  if ([...parts.keys()].some((k) => !known.has(k))) return undefined;
  const byday = (parts.get('BYDAY') ?? '').split(',').filter(Boolean);
  // Monthly on a weekday of the month (BYDAY=1SA, -1SU): one position, checked against the start by the caller.
  const monthWeekday = freq === 'MONTHLY' && byday.length === 1 && /^(-1|[1-4])[A-Z]{2}$/.test(byday[0]);
  if (monthWeekday && !(WEEKDAYS as readonly string[]).includes(byday[0].slice(-2))) return undefined;
  if (!monthWeekday && byday.some((d) => !(WEEKDAYS as readonly string[]).includes(d))) return undefined;
  if (byday.length && freq !== 'WEEKLY' && !monthWeekday) return undefined;
  const until = parts.get('UNTIL');
  if (until !== undefined && !/^\d{8}$/.test(until)) return undefined;
  if (monthWeekday)
    return {
      freq,
      monthBy: 'weekday',
      interval: parts.get('INTERVAL') ?? '1',
      byday: [],
      ends: until !== undefined ? 'until' : 'count',
      count: parts.get('COUNT') ?? '',
      until: until ? `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}` : '',
    };
  return {
    freq,
    monthBy: 'day',
    interval: parts.get('INTERVAL') ?? '1',
    byday: byday as Weekday[],
    ends: until !== undefined ? 'until' : 'count',
    count: parts.get('COUNT') ?? '',
    until: until ? `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}` : '',
  };
}

/** The RRULE value the draft describes, or undefined for a one-off event. */
export function draftRule(d: EventDraft): string | undefined {
  if (d.freq === 'none') return undefined;
  if (d.freq === 'custom') return d.rruleCustom.trim().replace(/^RRULE:/i, '') || undefined;
  const parts = [`FREQ=${d.freq}`];
  if (d.interval.trim() && d.interval.trim() !== '1') parts.push(`INTERVAL=${d.interval.trim()}`);
  if (d.freq === 'WEEKLY' && d.byday.length)
    parts.push(`BYDAY=${WEEKDAYS.filter((w) => d.byday.includes(w)).join(',')}`);
  const nth = d.freq === 'MONTHLY' && d.monthBy === 'weekday' ? weekOfMonth(d.start) : undefined;
  if (nth) parts.push(`BYDAY=${nth.position}${nth.day}`);
  if (d.ends === 'count') parts.push(`COUNT=${d.count.trim()}`);
  else parts.push(`UNTIL=${d.until.replace(/-/g, '')}`);
  return parts.join(';');
}

/**
 * The start's weekday and its place in the month: the 1st–4th, or -1 for a fifth one (said "the last"),
 * so that the start is the rule's first date. Undefined when the start is not a date yet.
 */
export function weekOfMonth(start: string): { position: 1 | 2 | 3 | 4 | -1; day: Weekday } | undefined {
  const day = weekdayOf(start);
  if (!day) return undefined;
  const n = Math.ceil(Number(start.slice(8, 10)) / 7);
  return { position: n > 4 ? -1 : (n as 1 | 2 | 3 | 4), day };
}

/** The weekday of a local date (`YYYY-MM-DD` or a date-time), or undefined if it is not a date. */
export function weekdayOf(local: string): Weekday | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(local);
  if (!m) return undefined;
  const days = Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS);
  // 1970-01-01 was a Thursday; WEEKDAYS starts on Monday.
  return WEEKDAYS[(((days + 3) % 7) + 7) % 7];
}

const trimmed = (s: string) => (s.trim() ? s : undefined);

/** The durations offered instead of an end time, in minutes. */
export const DURATIONS = ['60', '90', '120', '180'] as const;

/** The offered duration from `start` to `end`, or '' when the end is not one of them after the start. */
export function durationOf(start: string, end: string): string {
  const a = parseLocal(start);
  const b = parseLocal(end);
  if (a === undefined || b === undefined) return '';
  const minutes = String((b - a) / MINUTE_MS);
  return (DURATIONS as readonly string[]).includes(minutes) ? minutes : '';
}

/** The end `minutes` after a local start, or undefined when the start is not a date-time yet. */
export function endAfter(start: string, minutes: string): string | undefined {
  const a = parseLocal(start);
  return a === undefined || !minutes ? undefined : formatLocal(a + Number(minutes) * MINUTE_MS);
}

/**
 * Reads the route text: one vertex per line, `lon, lat` or `lon, lat, minutes` (minutes after the start at
 * which the procession passes it). A line that is not two or three numbers is kept as [NaN, NaN] so the
 * schema reports it; `times_min` is given only when some line has minutes.
 */
export function readRoute(text: string): Route {
  const coordinates: [number, number][] = [];
  const times: (number | null)[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line) continue;
    const m = /^(-?\d+(?:\.\d+)?)\s*[, ]\s*(-?\d+(?:\.\d+)?)(?:\s*[, ]\s*(\S+))?$/.exec(line);
    coordinates.push(m ? [Number(m[1]), Number(m[2])] : [NaN, NaN]);
    times.push(m?.[3] !== undefined ? Number(m[3]) : null);
  }
  const route: Route = { type: 'LineString', coordinates };
  if (times.some((t) => t !== null)) route.times_min = times;
  return route;
}

/** Reads `lon, lat` lines (the minutes column, if any, is left out). */
export function parseRoute(text: string): [number, number][] {
  return readRoute(text).coordinates;
}

/** Whether every line of the route text reads as a vertex (the map can then show and edit it). */
export function routeTextReadable(text: string): boolean {
  const r = readRoute(text);
  return (
    r.coordinates.every((p) => p.every(Number.isFinite)) &&
    (r.times_min ?? []).every((t) => t === null || Number.isFinite(t))
  );
}

/** The route as the text the form shows: `lon, lat` per vertex, `, minutes` where the time is known. */
export function routeText(route: Route): string {
  return route.coordinates
    .map(([lon, lat], i) => {
      const t = route.times_min?.[i];
      return t === null || t === undefined ? `${lon}, ${lat}` : `${lon}, ${lat}, ${t}`;
    })
    .join('\n');
}

/**
 * The event the draft describes, as the server and the schema expect it. Values are passed on as typed
 * (trimming is the schema's); empty optional fields are left out, and so is the id of a new event (the
 * service makes it). Not validated here: see validate-draft.ts.
 */
export function eventFromDraft(d: EventDraft): Record<string, unknown> {
  const e: Record<string, unknown> = {
    ...(d.id.trim() ? { id: d.id.trim() } : {}),
    title_zh: d.title_zh,
    description_zh: d.description_zh,
    category: d.category,
    start: d.start,
    end: d.end,
    free: d.free,
    languages: [...d.languages],
    organizer: {
      name_zh: d.organizer_zh,
      name_en: d.organizer_en,
      ...(trimmed(d.organizer_url) ? { url: d.organizer_url.trim() } : {}),
    },
    status: d.status,
    sample: false,
    sources: [
      { title: d.source_title, ...(trimmed(d.source_url) ? { url: d.source_url.trim() } : {}) },
      ...d.moreSources,
    ],
  };
  if (d.where === 'venue') {
    if (trimmed(d.venue)) e.venue = d.venue;
  } else {
    e.route = readRoute(d.route);
  }
  const rule = draftRule(d);
  if (rule) {
    e.rrule = rule;
    if (d.exdates.length) e.exdates = [...d.exdates];
  }
  if (!d.free && trimmed(d.price)) e.price_cny = Number(d.price);
  if (trimmed(d.booking_url)) e.booking_url = d.booking_url.trim();
  if (d.suitable_for.length) e.suitable_for = [...d.suitable_for];
  // English is optional: left out when blank (visitors then read the Chinese, marked as such).
  if (trimmed(d.title_en)) e.title_en = d.title_en;
  if (trimmed(d.description_en)) e.description_en = d.description_en;
  if (trimmed(d.accessibility_zh)) e.accessibility_zh = d.accessibility_zh;
  if (trimmed(d.accessibility_en)) e.accessibility_en = d.accessibility_en;
  if (trimmed(d.parent)) e.parent = d.parent.trim();
  return e;
}

/** Fills the form from a stored event. */
export function draftFromEvent(e: ListingEvent): EventDraft {
  const d = emptyDraft();
  let builder = e.rrule ? ruleToBuilder(e.rrule) : undefined;
  // "The first Saturday of each month" is said from the start: another position stays a custom rule.
  if (builder?.monthBy === 'weekday' && draftRule({ ...d, ...builder, start: e.start }) !== e.rrule)
    builder = undefined;
  return {
    ...d,
    id: e.id,
    title_zh: e.title_zh,
    title_en: e.title_en ?? '',
    description_zh: e.description_zh,
    description_en: e.description_en ?? '',
    category: e.category,
    where: e.route && !e.venue ? 'route' : 'venue',
    venue: e.venue ?? '',
    route: e.route ? routeText(e.route) : '',
    start: e.start,
    end: e.end,
    duration: durationOf(e.start, e.end),
    ...(e.rrule ? (builder ?? { freq: 'custom' as const }) : {}),
    rruleCustom: e.rrule && !builder ? e.rrule : '',
    exdates: [...(e.exdates ?? [])],
    free: e.free,
    price: e.price_cny !== undefined ? String(e.price_cny) : '',
    booking_url: e.booking_url ?? '',
    languages: [...e.languages],
    suitable_for: [...(e.suitable_for ?? [])],
    accessibility_zh: e.accessibility_zh ?? '',
    accessibility_en: e.accessibility_en ?? '',
    organizer_zh: e.organizer.name_zh,
    organizer_en: e.organizer.name_en,
    organizer_url: e.organizer.url ?? '',
    parent: e.parent ?? '',
    status: e.status,
    source_title: e.sources?.[0]?.title ?? ORGANIZER_SOURCE,
    source_url: e.sources?.[0]?.url ?? '',
    moreSources: (e.sources ?? []).slice(1),
  };
}
