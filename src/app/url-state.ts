/**
 * The shareable part of the app's state, kept in the URL hash so a static host needs no server routing:
 *
 *   #lang=en&map=15.5/30.24035/120.16673&place=gulou&layers=deshou,qinghefang&year=1200&fade=40
 *   #lang=zh&event=dongpo-five-flavours@2026-12-05T19:30
 *   #lang=en&ev=week:all&evday=2026-12-07&cat=music   (What's on: view:when, filters)
 *
 * `year` is the year the time control shows (absent: today); `fade` (0–100) turns on the then/now comparison.
 * `map` is zoom/lat/lon (the order people read in other web maps). Parsing never throws: anything garbled,
 * out of range or unknown is dropped, and the caller falls back to its defaults for what is missing.
 */
import { AREA_IDS, isAreaId, type AreaId } from '../data/areas.ts';
import { DATA_BOUNDS, MAX_ZOOM, MIN_ZOOM, type MapView } from '../data/bounds.ts';
import { isLang, type Lang } from '../i18n/lang.ts';
import { FIRST_YEAR, presentYear } from '../history/time-view.ts';
import { PROFILE_IDS } from '../data/profiles.ts';
import type { Profile } from '../walks/route.ts';
import type { Tour } from '../walks/order.ts';
import { parseTripParams, tripParams, type TripSettings } from '../trips/trip-settings.ts';
import { ID_PATTERN, MAX_WALK_STOPS } from '../data/ids.ts';
import { listingQueryParams, parseListingQuery, type ListingQuery } from '../listings/listing-query.ts';

export interface UrlState {
  lang?: Lang;
  view?: MapView;
  place?: string;
  /** Visible areas; undefined means "all". An empty list is kept: the visitor hid every area. */
  layers?: AreaId[];
  year?: number;
  /** 0–1: the then/now comparison is on, at this fade. */
  fade?: number;
  /** The open walk: a curated walk's id, or "mine" for the visitor's own. */
  walk?: string;
  /** The visitor's own walk: place ids in order (at most 15), how they walk, and the kind of tour. */
  stops?: string[];
  profile?: Profile;
  tour?: Tour;
  /** The event occurrence shown in What's on: `<event id>@<local start>`. */
  event?: string;
  /** An event occurrence the visitor's own walk is timed to reach (same form). */
  at?: string;
  /** The field-trip view is open with these settings (`trip=1&…`, see src/trips/trip-settings.ts). */
  trip?: TripSettings;
  /** What's on's view and filters (`ev=…&cat=…`, see src/listings/listing-query.ts). */
  listing?: ListingQuery;
}

const MAX_HASH_LENGTH = 1000;
const OCCURRENCE = new RegExp(`${ID_PATTERN.source.slice(0, -1)}@\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$`);

function parseView(value: string): MapView | undefined {
  const parts = value.split('/');
  if (parts.length !== 3 || !parts.every((p) => /^-?\d+(\.\d+)?$/.test(p))) return undefined;
  const [zoom, lat, lon] = parts.map(Number);
  const [w, s, e, n] = DATA_BOUNDS;
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM || lon < w || lon > e || lat < s || lat > n) return undefined;
  return { center: [lon, lat], zoom };
}

export function parseUrlState(hash: string): UrlState {
  const state: UrlState = {};
  if (hash.length > MAX_HASH_LENGTH) return state;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return state;
  }
  const lang = params.get('lang');
  if (isLang(lang)) state.lang = lang;
  const map = params.get('map');
  if (map) state.view = parseView(map);
  const place = params.get('place');
  if (place && place.length <= 80 && ID_PATTERN.test(place)) state.place = place;
  const layers = params.get('layers');
  if (layers !== null) {
    const ids = layers === '' ? [] : layers.split(',');
    if (ids.every(isAreaId)) state.layers = AREA_IDS.filter((a) => ids.includes(a));
  }
  const year = params.get('year');
  if (year && /^\d{4}$/.test(year) && Number(year) >= FIRST_YEAR && Number(year) <= presentYear()) {
    state.year = Number(year);
  }
  const fade = params.get('fade');
  if (fade && /^\d{1,3}$/.test(fade) && Number(fade) <= 100) state.fade = Number(fade) / 100;
  const walk = params.get('walk');
  if (walk && walk.length <= 80 && ID_PATTERN.test(walk)) state.walk = walk;
  const stops = params.get('stops');
  if (stops) {
    const ids = stops.split(',');
    if (ids.length <= MAX_WALK_STOPS && ids.every((x) => x.length <= 80 && ID_PATTERN.test(x)))
      state.stops = ids;
  }
  const profile = params.get('profile');
  if ((PROFILE_IDS as readonly string[]).includes(profile ?? '')) state.profile = profile as Profile;
  const tour = params.get('tour');
  if (tour === 'open' || tour === 'round') state.tour = tour;
  const event = params.get('event');
  if (event && event.length <= 120 && OCCURRENCE.test(event)) state.event = event;
  const at = params.get('at');
  if (at && state.stops && at.length <= 120 && OCCURRENCE.test(at)) state.at = at;
  state.trip = parseTripParams(params);
  state.listing = parseListingQuery(params);
  for (const key of Object.keys(state) as (keyof UrlState)[]) if (state[key] === undefined) delete state[key];
  return state;
}

/** Serialises in a fixed key order; omits `layers` when every area is visible. */
export function serializeUrlState(state: UrlState): string {
  const parts: string[] = [];
  if (state.lang) parts.push(`lang=${state.lang}`);
  if (state.view) {
    const { zoom, center } = state.view;
    parts.push(`map=${zoom.toFixed(2)}/${center[1].toFixed(5)}/${center[0].toFixed(5)}`);
  }
  if (state.place) parts.push(`place=${encodeURIComponent(state.place)}`);
  if (state.layers && state.layers.length < AREA_IDS.length) parts.push(`layers=${state.layers.join(',')}`);
  if (state.year !== undefined && (state.year !== presentYear() || state.fade !== undefined)) {
    parts.push(`year=${state.year}`);
  }
  if (state.fade !== undefined) parts.push(`fade=${Math.round(state.fade * 100)}`);
  if (state.walk) parts.push(`walk=${state.walk}`);
  if (state.stops?.length) parts.push(`stops=${state.stops.join(',')}`);
  if (state.stops?.length && state.profile && state.profile !== 'standard')
    parts.push(`profile=${state.profile}`);
  if (state.stops?.length && state.tour === 'round') parts.push('tour=round');
  if (state.stops?.length && state.at) parts.push(`at=${state.at}`);
  if (state.event) parts.push(`event=${state.event}`);
  if (state.listing) parts.push(...listingQueryParams(state.listing));
  if (state.trip) parts.push(...tripParams(state.trip));
  return parts.length ? `#${parts.join('&')}` : '';
}
