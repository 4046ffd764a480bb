/**
 * A field trip's settings and their form in the URL hash (`#trip=1&date=…`). Nothing about pupils but how
 * many there are and their school stage: no names, ever. Parsing never throws; garbled values are dropped
 * and the planner falls back to defaults.
 */
import { AGE_GROUPS, type AgeGroup } from '../learning/age-groups.ts';
import { ID_PATTERN } from '../data/ids.ts';
import { clockText } from '../hours/clock-text.ts';

export const SHEETS = ['teacher', 'worksheet', 'key'] as const;
export type Sheet = (typeof SHEETS)[number];

export interface TripSettings {
  /** Local date `YYYY-MM-DD` (Hangzhou). */
  date?: string;
  /** Start, minutes after midnight. */
  start: number;
  pupils: number;
  age: AgeGroup;
  /** Minutes available from start to pick-up. */
  budget: number;
  /** A curated walk's id, or OWN for the stops in `stops`. */
  route: string;
  stops: string[];
  /** Start and end point (place ids); absent: the route's first and last stop. */
  from?: string;
  to?: string;
  groups: number;
  /** Longest stretch between rest/toilet breaks, minutes; 0: no planned breaks. */
  rest: number;
  stepFree: boolean;
  /** The printable shown (and printed). */
  sheet: Sheet;
}

export const OWN = 'own';
export const MAX_PUPILS = 200;
export const MAX_GROUPS = 6;
export const MAX_TRIP_STOPS = 12;

export const DEFAULT_TRIP: TripSettings = {
  start: 9 * 60,
  pupils: 40,
  age: 'primary',
  budget: 240,
  route: 'school-walk',
  stops: [],
  groups: 1,
  rest: 60,
  stepFree: false,
  sheet: 'teacher',
};

const int = (s: string | null, min: number, max: number) =>
  s && /^\d{1,4}$/.test(s) && Number(s) >= min && Number(s) <= max ? Number(s) : undefined;

function validDate(s: string | null): string | undefined {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined;
  const [y, m, d] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? s : undefined;
}

/** Minutes after midnight as `HH:MM` (the hours model's clock text). */
export const formatClock = clockText;

/** Reads trip settings when the hash has `trip=1`; undefined otherwise. */
export function parseTripParams(params: URLSearchParams): TripSettings | undefined {
  if (params.get('trip') !== '1') return undefined;
  const t: TripSettings = { ...DEFAULT_TRIP, stops: [] };
  t.date = validDate(params.get('date'));
  const start = /^(\d{2}):(\d{2})$/.exec(params.get('start') ?? '');
  if (start && Number(start[1]) < 24 && Number(start[2]) < 60)
    t.start = Number(start[1]) * 60 + Number(start[2]);
  t.pupils = int(params.get('pupils'), 1, MAX_PUPILS) ?? t.pupils;
  const age = params.get('age');
  if ((AGE_GROUPS as readonly string[]).includes(age ?? '')) t.age = age as AgeGroup;
  t.budget = int(params.get('budget'), 30, 720) ?? t.budget;
  const route = params.get('route');
  if (route && route.length <= 80 && ID_PATTERN.test(route)) t.route = route;
  const stops = params.get('tstops')?.split(',') ?? [];
  if (stops.length <= MAX_TRIP_STOPS && stops.every((s) => s.length <= 80 && ID_PATTERN.test(s)))
    t.stops = stops;
  for (const k of ['from', 'to'] as const) {
    const v = params.get(k);
    if (v && v.length <= 80 && ID_PATTERN.test(v)) t[k] = v;
  }
  t.groups = int(params.get('groups'), 1, MAX_GROUPS) ?? t.groups;
  t.rest = int(params.get('rest'), 0, 240) ?? t.rest;
  t.stepFree = params.get('stepfree') === '1';
  const sheet = params.get('sheet');
  if ((SHEETS as readonly string[]).includes(sheet ?? '')) t.sheet = sheet as Sheet;
  return t;
}

/** The URL parameters of a trip, in a fixed order (joined with `&` by the caller). */
export function tripParams(t: TripSettings): string[] {
  const out = ['trip=1'];
  if (t.date) out.push(`date=${t.date}`);
  out.push(`start=${formatClock(t.start)}`, `pupils=${t.pupils}`, `age=${t.age}`, `budget=${t.budget}`);
  out.push(`route=${t.route}`);
  if (t.route === OWN && t.stops.length) out.push(`tstops=${t.stops.join(',')}`);
  if (t.from) out.push(`from=${t.from}`);
  if (t.to) out.push(`to=${t.to}`);
  out.push(`groups=${t.groups}`, `rest=${t.rest}`);
  if (t.stepFree) out.push('stepfree=1');
  out.push(`sheet=${t.sheet}`);
  return out;
}
