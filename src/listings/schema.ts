/**
 * The schema of one listed event (geodata/events/*.json holds arrays of these). Field names follow
 * schema.org `Event` and iCalendar `VEVENT` where they exist: a title is `SUMMARY`/`name`, `start`/`end` are
 * `DTSTART`/`DTEND`/`startDate`/`endDate`, `rrule`/`exdates` are `RRULE`/`EXDATE`, `status` is
 * `STATUS`/`eventStatus`, `parent` is `superEvent`, `organizer` is `organizer`.
 *
 * Times: every date-time is wall-clock time in Asia/Shanghai (UTC+8 all year, no daylight saving), written
 * `YYYY-MM-DDTHH:mm` without an offset; see time.ts. The validator (validate.ts) adds the checks a schema
 * cannot make: end after start, venue and parent exist, the rule parses and is bounded, no HTML.
 */
import * as v from 'valibot';
import { SourceSchema, noControlCharacters } from '../data/schema.ts';
import { IdSchema } from '../data/ids.ts';
import { codedRegex } from '../data/issues.ts';

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const id = IdSchema;
/** A BCP 47 language tag, as spoken or written at an event (`zh`, `en`, `zh-Hant`). */
export const LanguageTag = v.pipe(
  v.string(),
  codedRegex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'language', 'must be a BCP 47 tag'),
);
/** An http(s) URL. */
export const HttpUrl = v.pipe(
  v.string(),
  noControlCharacters,
  v.url('must be a URL'),
  codedRegex(/^https?:\/\//, 'url', 'must be http(s)'),
);
const url = HttpUrl;

/** Local date-time in Asia/Shanghai, minutes precision: `2026-12-05T19:30`. */
export const LocalDateTimeSchema = v.pipe(
  v.string(),
  codedRegex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,
    'datetime',
    'must be a local date-time like 2026-12-05T19:30 (Asia/Shanghai)',
  ),
);

/** Plain text: line breaks and bare http(s) links only; the validator rejects HTML tags and entities. */
const plain = v.pipe(text, v.maxLength(4000, 'at most 4000 characters'));

export const CATEGORIES = [
  'performance',
  'exhibition',
  'yaji',
  'festival',
  'market',
  'workshop',
  'guided-walk',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** schema.org EventScheduled / EventCancelled / EventPostponed (postponed: no new date is known yet). */
export const STATUSES = ['scheduled', 'cancelled', 'postponed'] as const;
export type Status = (typeof STATUSES)[number];

export const AUDIENCES = ['family', 'school'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** A route in WGS84 for roaming shows and processions: a GeoJSON LineString of [lon, lat]. */
export const RouteSchema = v.strictObject({
  type: v.literal('LineString'),
  coordinates: v.pipe(
    v.array(v.tuple([v.number(), v.number()])),
    v.minLength(2, 'a route needs at least 2 positions'),
    v.maxLength(200, 'a route has at most 200 positions'),
  ),
  /**
   * Optional minutes after the start of each occurrence at which the procession passes each vertex
   * (same length as coordinates, non-decreasing, `null` where unknown). Offsets, not clock times, so a
   * recurring or postponed procession keeps its timetable.
   */
  times_min: v.optional(v.array(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))))),
});
export type Route = v.InferOutput<typeof RouteSchema>;

export const OrganizerSchema = v.strictObject({
  name_zh: text,
  name_en: text,
  url: v.optional(url),
});
export type Organizer = v.InferOutput<typeof OrganizerSchema>;

export const ListingEventSchema = v.strictObject({
  id,
  title_zh: v.pipe(text, v.maxLength(120)),
  /** Optional: without it English-speaking visitors see the Chinese title, marked as such (event-text.ts). */
  title_en: v.optional(v.pipe(text, v.maxLength(160))),
  description_zh: plain,
  /** Optional: without it English-speaking visitors read the Chinese description, marked as such. */
  description_en: v.optional(plain),
  category: v.picklist(CATEGORIES),
  /** A place id from geodata/layers/ where the event happens (or gathers, for a procession). */
  venue: v.optional(id),
  route: v.optional(RouteSchema),
  /** First occurrence, local time in Asia/Shanghai. */
  start: LocalDateTimeSchema,
  /** End of the first occurrence; every occurrence of a recurring event lasts end − start. */
  end: LocalDateTimeSchema,
  /**
   * RFC 5545 RRULE value without the `RRULE:` prefix, e.g. `FREQ=WEEKLY;BYDAY=FR,SA;COUNT=12`. Must carry
   * COUNT or UNTIL; UNTIL without `Z` is local time. `start` must be its first occurrence. See rule.ts for
   * the subset accepted.
   */
  rrule: v.optional(v.pipe(v.string(), v.maxLength(300))),
  /** Starts (local) of occurrences of `rrule` that do not take place. */
  exdates: v.optional(v.pipe(v.array(LocalDateTimeSchema), v.maxLength(400))),
  /** true: no ticket needed. false: give `price_cny` when known. */
  free: v.boolean(),
  /** Lowest full ticket price in yuan (CNY). */
  price_cny: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100000))),
  booking_url: v.optional(url),
  /** BCP 47 language tags of what is spoken or written at the event, e.g. ['zh', 'en']. */
  languages: v.pipe(v.array(LanguageTag), v.minLength(1, 'name at least one language')),
  suitable_for: v.optional(v.array(v.picklist(AUDIENCES))),
  accessibility_zh: v.optional(plain),
  accessibility_en: v.optional(plain),
  organizer: OrganizerSchema,
  /** Id of the festival season (an event of category `festival`) this event belongs to. */
  parent: v.optional(id),
  status: v.picklist(STATUSES),
  /** true: invented demo data, never presented as a real schedule. Titles must say so (示例 / sample). */
  sample: v.boolean(),
  /** Where a real event's details come from; required unless `sample` is true. */
  sources: v.optional(v.array(SourceSchema)),
});
export type ListingEvent = v.InferOutput<typeof ListingEventSchema>;
export type ListingEventInput = v.InferInput<typeof ListingEventSchema>;
