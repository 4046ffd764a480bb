/**
 * Venues an admin adds through the events service: a stage, a bookshop, a courtyard used for a performance —
 * places that are not heritage places and so are not in geodata/layers/. Heritage places stay in geodata/
 * (changed in git, with their research); these live in the service's database, carry their own sources and
 * confidence like geodata does, and can be retired.
 *
 * `checkVenueInput` is the one check of what an admin sends: the server answers its field messages (API.md)
 * and the admin form shows the same checks before sending. The point may be typed in GCJ-02; it is
 * converted to WGS84 here and only the WGS84 point is a position (the original is kept as `gcj02`).
 */
import * as v from 'valibot';
import { AREA_IDS, type AreaId } from '../data/areas.ts';
import { DATA_BOUNDS, inBounds } from '../data/bounds.ts';
import { DATUMS, toWgs84 } from '../data/datum.ts';
import {
  CONFIDENCES,
  noControlCharacters,
  type Confidence,
  type PlaceFeature,
  type Position,
} from '../data/schema.ts';
import { htmlProblem } from './validate.ts';
import { areaAt } from './venue-area.ts';
import { ID_PATTERN } from '../data/ids.ts';
import { codedRegex, issue, issuesOf, type FieldIssues } from '../data/issues.ts';

const text = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(max, `at most ${max} characters`));
/** Optional text: an empty string means "not given". */
const optional = (max: number) =>
  v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.maxLength(max, `at most ${max} characters`),
      v.transform((s) => s || undefined),
    ),
  );

const VenueSourceSchema = v.strictObject({
  title: text(200),
  url: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'required'),
    noControlCharacters,
    v.url('must be a URL'),
    codedRegex(/^https?:\/\//, 'url', 'must be http(s)'),
    v.maxLength(500, 'at most 500 characters'),
  ),
});

const fields = {
  name_zh: text(120),
  name_en: text(160),
  /** [lon, lat] as typed, in `datum`. */
  position: v.tuple([v.number('must be a number'), v.number('must be a number')]),
  datum: v.optional(v.picklist(DATUMS), 'wgs84'),
  /** Absent: the layer the point falls in or is nearest to (venue-area.ts). */
  area: v.optional(v.picklist(AREA_IDS)),
  address_zh: optional(200),
  address_en: optional(300),
  /** Step-free access and other accessibility notes. */
  access_zh: optional(500),
  access_en: optional(800),
  sources: v.pipe(
    v.array(VenueSourceSchema),
    v.minLength(1, 'needs at least one source'),
    v.maxLength(10, 'at most 10 sources'),
  ),
  confidence: v.picklist(CONFIDENCES),
};

export const VenueCreateSchema = v.strictObject({
  id: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'required'),
    v.maxLength(80, 'at most 80 characters'),
    codedRegex(ID_PATTERN, 'id', 'must be lowercase kebab-case'),
  ),
  ...fields,
});
export const VenueUpdateSchema = v.strictObject(fields);
export type VenueInput = v.InferInput<typeof VenueCreateSchema>;

/** An admin venue as stored and as the admin API returns it. */
export interface AdminVenue {
  id: string;
  name_zh: string;
  name_en: string;
  /** WGS84 [lon, lat]. */
  position: Position;
  area: AreaId;
  address_zh?: string;
  address_en?: string;
  access_zh?: string;
  access_en?: string;
  sources: { title: string; url: string }[];
  confidence: Confidence;
  /** The GCJ-02 [lon, lat] the admin typed, when the position was converted from it. */
  gcj02?: Position;
  retired: boolean;
  created_at: string;
  created_by: number | null;
  updated_at: string;
  updated_by: number | null;
}

export type VenueFields = Omit<
  AdminVenue,
  'retired' | 'created_at' | 'created_by' | 'updated_at' | 'updated_by'
>;

export type VenueCheck = { ok: true; venue: VenueFields } | { ok: false; fields: FieldIssues };

const [W, S, E, N] = DATA_BOUNDS;
export const BOUNDS_MESSAGE = `outside the map (lon ${W.toFixed(2)}–${E.toFixed(2)}, lat ${S.toFixed(2)}–${N.toFixed(2)}, WGS84)`;

/**
 * Checks a create (with `id`) or update body. `places` are geodata's (for the default area); field
 * messages are keyed by dot path (`name_en`, `sources.0.url`, `position`).
 */
export function checkVenueInput(
  body: unknown,
  places: readonly PlaceFeature[],
  mode: 'create' | 'update',
): VenueCheck {
  const r = v.safeParse(mode === 'create' ? VenueCreateSchema : VenueUpdateSchema, body);
  const out: FieldIssues = r.success ? {} : issuesOf(r.issues);
  // HTML is looked for in what was sent, so it is named even when another field is wrong too.
  const raw = (typeof body === 'object' && body ? body : {}) as Record<string, unknown>;
  const texts: [string, unknown][] = [
    ...['name_zh', 'name_en', 'address_zh', 'address_en', 'access_zh', 'access_en'].map(
      (k) => [k, raw[k]] as [string, unknown],
    ),
    ...(Array.isArray(raw.sources) ? raw.sources : []).map(
      (x, i) => [`sources.${i}.title`, (x as { title?: unknown } | null)?.title] as [string, unknown],
    ),
  ];
  for (const [path, value] of texts) {
    const problem = typeof value === 'string' ? htmlProblem(value) : undefined;
    if (problem) out[path] ??= issue('html', problem);
  }
  if (!r.success || Object.keys(out).length) return { ok: false, fields: out };
  const input = r.output as v.InferOutput<typeof VenueCreateSchema>;
  const typed = input.position as Position;
  const { position } = toWgs84(typed, input.datum);
  if (!inBounds(position))
    out.position = inBounds([position[1], position[0]])
      ? issue('swapped', `${BOUNDS_MESSAGE}: is it [lat, lon]?`)
      : issue('outside', BOUNDS_MESSAGE);
  if (Object.keys(out).length) return { ok: false, fields: out };
  const venue: VenueFields = {
    id: (body as { id?: string }).id?.trim() ?? '',
    name_zh: input.name_zh,
    name_en: input.name_en,
    position,
    area: input.area ?? areaAt(position, places),
    sources: input.sources,
    confidence: input.confidence,
  };
  for (const key of ['address_zh', 'address_en', 'access_zh', 'access_en'] as const)
    if (input[key] !== undefined) venue[key] = input[key];
  if (input.datum === 'gcj02') venue.gcj02 = typed;
  return { ok: true, venue };
}
