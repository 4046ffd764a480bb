/**
 * The venue form's plain values ⇄ the admin API's venue body, and the form's field problems: the same
 * check the server runs (`checkVenueInput`), worded by code so strings can say it in zh and en.
 */
import type { AreaId } from '../../data/areas.ts';
import type { Datum } from '../../data/datum.ts';
import type { Confidence, PlaceFeature, Position } from '../../data/schema.ts';
import { checkVenueInput, type AdminVenue } from '../../listings/admin-venue.ts';
import type { ApiFieldIssue } from '../../api/contract.ts';

export interface VenueDraft {
  id: string;
  name_zh: string;
  name_en: string;
  /** The coordinate system `lon`/`lat` are typed in; '' until the admin chooses. */
  datum: Datum | '';
  lon: string;
  lat: string;
  /** '' = derive from the position. */
  area: AreaId | '';
  address_zh: string;
  address_en: string;
  access_zh: string;
  access_en: string;
  sources: { title: string; url: string }[];
  confidence: Confidence | '';
}

export const emptyVenueDraft = (): VenueDraft => ({
  id: '',
  name_zh: '',
  name_en: '',
  datum: '',
  lon: '',
  lat: '',
  area: '',
  address_zh: '',
  address_en: '',
  access_zh: '',
  access_en: '',
  sources: [{ title: '', url: '' }],
  confidence: '',
});

/** A stored venue as the form shows it: a converted point is shown as it was typed (GCJ-02). */
export function draftFromVenue(v: AdminVenue): VenueDraft {
  const typed = v.gcj02 ?? v.position;
  return {
    id: v.id,
    name_zh: v.name_zh,
    name_en: v.name_en,
    datum: v.gcj02 ? 'gcj02' : 'wgs84',
    lon: String(typed[0]),
    lat: String(typed[1]),
    area: v.area,
    address_zh: v.address_zh ?? '',
    address_en: v.address_en ?? '',
    access_zh: v.access_zh ?? '',
    access_en: v.access_en ?? '',
    sources: v.sources.map((s) => ({ ...s })),
    confidence: v.confidence,
  };
}

/** A decimal degree typed by a person ("120.1652", " 30.24 "), or undefined. */
export function degrees(s: string): number | undefined {
  const t = s.trim();
  return /^-?\d{1,3}(?:\.\d+)?$/.test(t) ? Number(t) : undefined;
}

export const typedPoint = (d: VenueDraft): Position | undefined => {
  const lon = degrees(d.lon);
  const lat = degrees(d.lat);
  return lon === undefined || lat === undefined ? undefined : [lon, lat];
};

/** The API body (POST with `id` when `isNew`, PUT without). Empty optional texts are left out. */
export function bodyFromDraft(d: VenueDraft, isNew: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {
    ...(isNew ? { id: d.id.trim() } : {}),
    name_zh: d.name_zh,
    name_en: d.name_en,
    position: typedPoint(d) ?? [Number.NaN, Number.NaN],
    datum: d.datum || 'wgs84',
    sources: d.sources.map((s) => ({ title: s.title, url: s.url.trim() })),
    confidence: d.confidence,
  };
  if (d.area) body.area = d.area;
  for (const k of ['address_zh', 'address_en', 'access_zh', 'access_en'] as const)
    if (d[k].trim()) body[k] = d[k];
  return body;
}

export type VenueProblemCode =
  | 'required'
  | 'tooLong'
  | 'kebab'
  | 'number'
  | 'chooseDatum'
  | 'outside'
  | 'swapped'
  | 'url'
  | 'sources'
  | 'html'
  | 'taken'
  | 'other';

export interface VenueProblem {
  code: VenueProblemCode;
  max?: number;
}

/** Form fields a problem shows at: body paths, with `position` shown at the coordinates. */
export type VenueProblems = Record<string, VenueProblem>;

/** A field issue of the checker or the server (`codes` of a 422) at `path`, as the form's problem. */
export function venueProblemOf(path: string, i: ApiFieldIssue): VenueProblem {
  switch (i.code) {
    case 'tooLong':
      return { code: 'tooLong', max: i.limit };
    case 'required':
    case 'option':
      return { code: path === 'sources' ? 'sources' : 'required' };
    case 'tooShort':
      return { code: path === 'sources' ? 'sources' : 'other' };
    case 'id':
      return { code: 'kebab' };
    case 'idTaken':
      return { code: 'taken' };
    case 'swapped':
    case 'outside':
    case 'url':
    case 'html':
    case 'number':
      return { code: i.code };
    default:
      return { code: 'other' };
  }
}

/** Every problem of the draft, keyed by body path (`name_en`, `position`, `sources.0.url`, `datum`). */
export function venueProblems(d: VenueDraft, isNew: boolean, places: readonly PlaceFeature[]): VenueProblems {
  const out: VenueProblems = {};
  if (!d.datum) out.datum = { code: 'chooseDatum' };
  if (degrees(d.lon) === undefined) out.lon = { code: d.lon.trim() ? 'number' : 'required' };
  if (degrees(d.lat) === undefined) out.lat = { code: d.lat.trim() ? 'number' : 'required' };
  const r = checkVenueInput(bodyFromDraft(d, isNew), places, isNew ? 'create' : 'update');
  if (!r.ok)
    for (const [path, issue] of Object.entries(r.fields)) {
      if (path.startsWith('position') && (out.lon || out.lat)) continue;
      out[path.startsWith('position') ? 'position' : path] ??= venueProblemOf(path, issue);
    }
  return out;
}
