/**
 * The property schemas of everything in geodata/. The validator (scripts/data.ts) checks the files with these
 * schemas and the app's types are inferred from them, so the data and the code cannot drift apart.
 */
import { PROFILE_IDS } from './profiles.ts';
import * as v from 'valibot';
import { AREA_IDS } from './areas.ts';
import { IdSchema, MAX_WALK_STOPS } from './ids.ts';
import { codedRegex } from './issues.ts';

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const id = IdSchema;
const lonLat = v.tuple([v.number(), v.number()]);

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** How a geometry was obtained. `derived_from_gcj02` requires the original GCJ-02 point in `gcj02`. */
export const GEOMETRY_METHODS = [
  'wgs84_published',
  'derived_from_gcj02',
  'wgs84_third_party_conversion',
  'digitized',
  'schematic',
] as const;

export const PLACE_KINDS = [
  'area',
  'street',
  'lane',
  'site',
  'museum',
  'gate',
  'temple',
  'shop',
  'landmark',
  'bridge',
  'wall',
  'river',
  'park',
  'hill',
  'square',
  'residence',
  'palace',
  'metro',
  'toilet',
  'coach',
  'rest',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * Refuses C0 and C1 control characters (CR, LF, tab, NUL…) and DEL in a URL. Trap: `v.url` parses with
 * the WHATWG URL parser, which silently strips tabs and line breaks, so a URL carrying CR LF passes it and
 * would be stored and written into iCalendar lines as it was sent. Put this before `v.url` in every URL pipe.
 */
export const noControlCharacters = codedRegex(
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  /^[^\u0000-\u001f\u007f-\u009f]*$/,
  'url',
  'must not contain control characters (line breaks, tabs)',
);

/**
 * A citation a visitor can read: who published it, its title, the year and a link. Research trails (file
 * names, index ids, datum conversions) belong in geodata/research/, never here; the validator checks that.
 */
export const SourceSchema = v.strictObject({
  publisher: v.optional(text),
  title: text,
  year: v.optional(v.pipe(v.number(), v.integer('must be a whole year'), v.minValue(900), v.maxValue(2100))),
  url: v.optional(
    v.pipe(v.string(), noControlCharacters, v.url('must be a URL'), v.startsWith('http', 'must be http(s)')),
  ),
});
export type Source = v.InferOutput<typeof SourceSchema>;

/** Common Era (proleptic Gregorian) year. Years before 900 are not used in this data set. */
const year = v.pipe(v.number(), v.integer('must be a whole year'), v.minValue(900), v.maxValue(2100));

export const DatedEventSchema = v.strictObject({
  year,
  /** Chinese reign-era date, e.g. 绍兴三十二年; checked against `year` by the validator. */
  era_zh: v.optional(text),
  event_zh: text,
  event_en: text,
});
export type DatedEvent = v.InferOutput<typeof DatedEventSchema>;

const provenance = {
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source')),
  confidence: v.picklist(CONFIDENCES),
  geometry_method: v.picklist(GEOMETRY_METHODS),
  /** The original GCJ-02 [lon, lat] of a point converted to WGS84. */
  gcj02: v.optional(lonLat),
  /** Something uncertain a visitor should know, in plain words. */
  note_zh: v.optional(text),
  note_en: v.optional(text),
  /** How certain the position is, in plain words ("approximate: the gate's exact site is unknown"). */
  position_zh: v.optional(text),
  position_en: v.optional(text),
  /** How the position and outline were worked out, for those who ask ("how we know"); never printed. */
  how_zh: v.optional(text),
  how_en: v.optional(text),
};

/** A usual visit in minutes, [short, long]. */
const visitRange = v.pipe(
  v.tuple([
    v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(480)),
    v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(480)),
  ]),
  v.check(([a, b]) => a <= b, 'the short visit must not be longer than the long one'),
);

export const PlacePropertiesSchema = v.strictObject({
  id,
  area: v.picklist(AREA_IDS),
  kind: v.picklist(PLACE_KINDS),
  name_zh: text,
  name_en: text,
  summary_zh: v.optional(text),
  summary_en: v.optional(text),
  period_zh: v.optional(text),
  period_en: v.optional(text),
  dates: v.optional(v.array(DatedEventSchema)),
  address_zh: v.optional(text),
  address_en: v.optional(text),
  hours_zh: v.optional(text),
  hours_en: v.optional(text),
  /**
   * The hours above in OpenStreetMap `opening_hours` syntax, read by src/hours/opening-hours.ts (weekly
   * rules, then `PH` rules last); the human text stays for reading. Needs `hours_source`.
   */
  opening_hours: v.optional(text),
  /** Entry stops this many minutes before each closing time. */
  last_entry_min: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(240))),
  /** Where the hours come from (the museum's or the tourism bureau's page). */
  hours_source: v.optional(SourceSchema),
  /**
   * The usual visit in minutes, [short, long] (a museum 45–90, a lane 10–15), with `visit_basis` saying
   * where the numbers come from. Absent: the kind's default in geodata/visit-times.json.
   */
  visit_min: v.optional(visitRange),
  visit_basis: v.optional(text),
  booking_zh: v.optional(text),
  booking_en: v.optional(text),
  tickets_zh: v.optional(text),
  tickets_en: v.optional(text),
  access_zh: v.optional(text),
  access_en: v.optional(text),
  /** A Song-era shape reconstructed from texts and excavations, not a surveyed outline of something standing. */
  reconstruction: v.optional(v.boolean()),
  /**
   * The years the thing drawn existed, for the time control: `from` the year it was built or first recorded,
   * `to` the year it was lost (absent: it still stands). Common Era years; the validator checks from ≤ to.
   */
  from: v.optional(year),
  to: v.optional(year),
  /** What Song remains lie under this place today ("you are standing above…"). */
  beneath_zh: v.optional(text),
  beneath_en: v.optional(text),
  /** Id of this place's checked point in geodata/reference/places.csv. */
  ref: v.optional(id),
  /** Path of the site plan drawn for this place; set by `npm run data`, never in geodata/ (the validator says so). */
  plan: v.optional(text),
  /**
   * Why a point place lies more than 30 m from every edge of the walking network (say what the network data
   * shows, e.g. no mapped way inside the grounds); a walk to it ends at the nearest edge. The validator
   * refuses the mark on a place within 30 m.
   */
  off_network_zh: v.optional(text),
  off_network_en: v.optional(text),
  /** Toilets and rest spots: usable from a wheelchair. */
  accessible: v.optional(v.boolean()),
  ...provenance,
});
export type PlaceProperties = v.InferOutput<typeof PlacePropertiesSchema>;

export const BASEMAP_KINDS = ['water', 'river', 'road', 'hill', 'park'] as const;

export const BasemapPropertiesSchema = v.strictObject({
  id: v.pipe(id, v.startsWith('bm-', 'must start with "bm-"')),
  kind: v.picklist(BASEMAP_KINDS),
  name_zh: text,
  name_en: text,
  /** 1 = major, 2 = secondary, 3 = minor: drives line width and label priority. */
  rank: v.picklist([1, 2, 3]),
  ...provenance,
});
export type BasemapProperties = v.InferOutput<typeof BasemapPropertiesSchema>;

export type Position = [number, number];
export type Geometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'Polygon'; coordinates: Position[][] };

export interface Feature<P> {
  type: 'Feature';
  geometry: Geometry;
  properties: P;
}
export interface FeatureCollection<P> {
  type: 'FeatureCollection';
  features: Feature<P>[];
}
export type PlaceFeature = Feature<PlaceProperties>;
export type PlaceCollection = FeatureCollection<PlaceProperties>;
export type BasemapCollection = FeatureCollection<BasemapProperties>;

export const EDGE_KINDS = [
  'street',
  'lane',
  'pedestrian',
  'footway',
  'path',
  'steps',
  'bridge',
  'crossing',
  'service',
] as const;

/** One edge of the walking network (geodata/network.geojson). */
export const NetworkEdgeSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^e-\d+$/, 'must look like e-123')),
  name_zh: text,
  name_en: text,
  kind: v.picklist(EDGE_KINDS),
  steps: v.boolean(),
  bridge: v.boolean(),
  surface: v.optional(text),
  osm_id: v.optional(v.pipe(v.string(), v.regex(/^\d+$/))),
});

export { PROFILE_IDS };

/** A curated walk (geodata/walks/<id>.json): stops in order, each with its own short text. */
export const WalkDefinitionSchema = v.strictObject({
  id,
  name_zh: text,
  name_en: text,
  theme_zh: text,
  theme_en: text,
  summary_zh: text,
  summary_en: text,
  profile: v.picklist(PROFILE_IDS),
  stops: v.pipe(
    v.array(
      v.strictObject({
        /** A place id from geodata/layers/; lines and areas are visited at their middle. */
        place: id,
        text_zh: text,
        text_en: text,
        /** Minutes at this stop; the profile's default when absent. */
        dwell: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(180))),
      }),
    ),
    v.minLength(2, 'a walk needs at least 2 stops'),
    v.maxLength(MAX_WALK_STOPS, `a walk has at most ${MAX_WALK_STOPS} stops`),
  ),
});
export type WalkDefinition = v.InferOutput<typeof WalkDefinitionSchema>;

const KindVisitSchema = v.strictObject({ visit_min: visitRange, basis: text });

/**
 * geodata/visit-times.json: the usual visit per kind of place, used where a place has no `visit_min` of its
 * own. Every kind has an entry (checked by the record's key list), so a new kind cannot slip through.
 */
export const VisitTimesSchema = v.strictObject({
  kinds: v.pipe(
    v.record(v.picklist(PLACE_KINDS), KindVisitSchema),
    v.check(
      (r) => PLACE_KINDS.every((k) => k in r),
      `needs an entry for every kind: ${PLACE_KINDS.join(', ')}`,
    ),
  ),
});
export type VisitTimes = { kinds: Record<PlaceKind, v.InferOutput<typeof KindVisitSchema>> };
