/**
 * The whole trip from settings and routes: the class's timed plan, each sub-group's staggered plan, the
 * meeting points with times, a flag per stop (booking, opening hours on the date, toilets) and the headcount
 * checkpoints. Pure: routes come in already built (route-build.ts), places as their properties.
 */
import type { PlaceProperties } from '../data/schema.ts';
import { bookingFlag, type BookingFlag } from './booking.ts';
import { hoursStatus, type HoursStatus } from './hours.ts';
import { BREAK_MIN } from './pace.ts';
import { scheduleRoute, type Route, type Schedule } from './schedule.ts';
import { staggerGroups, type Clash, type GroupPlan } from './stagger.ts';
import type { TripSettings } from './trip-settings.ts';

const HOURS_RANK: HoursStatus[] = ['open', 'unknown', 'no-date', 'check', 'outside', 'closed-day'];

export interface StopFlags {
  id: string;
  booking: BookingFlag;
  /** The worst status over every group's visit; `no-date` without a date. */
  hours: HoursStatus;
  narrow: boolean;
  /** A toilet here is stated by a sourced feature of kind `toilet`; otherwise unknown. */
  toilet: 'stated' | 'unknown';
}

export interface Checkpoint {
  time: number;
  group: number;
  pupils: number;
  place: string;
  kind: 'start' | 'depart' | 'rest' | 'meet';
}

export interface TripPlan {
  groups: GroupPlan[];
  /** Routes the groups walk (variant index → route). */
  variants: Route[];
  /** Everyone gathers here at the start, and meets here at the end once the last group is in. */
  meetStart: { place: string; time: number };
  meetEnd: { place: string; time: number };
  flags: StopFlags[];
  checkpoints: Checkpoint[];
  /** Minutes from start to the end meeting; over `budget` is flagged by the caller. */
  minutes: number;
  overBudget: boolean;
  /** Minutes over the budget (0 within it): said first on the planner and the teacher sheet. */
  overrun: number;
  /** The longest stretch without a break in any group's plan. */
  longestStretch: number;
  /** The snack or lunch break: where (a stop with room, else the end point), which, how long. */
  meal?: Meal;
  /** Two groups at one narrow place at once, where staggering within 15 minutes could not avoid it. */
  clashes: Clash[];
}

export interface Meal {
  at: string;
  kind: 'snack' | 'lunch';
  minutes: number;
  /** True when no stop on the way has room and the class eats at the end point. */
  atEnd: boolean;
}

/**
 * Break lengths (our planning defaults, no source gives a rule): a snack break 20 minutes; lunch 30 when the
 * break would begin between 11:00 and 13:00. A trip shorter than MEAL_AFTER_MIN gets none.
 */
export const MEAL_MIN = { snack: 20, lunch: 30 } as const;
export const MEAL_AFTER_MIN = 90;
const LUNCH_FROM = 11 * 60;
const LUNCH_TO = 13 * 60;
/** Kinds of place with room for a class to sit and eat, best first; any stop that is not narrow comes next. */
const ROOMY_KINDS = ['park', 'square', 'rest'];

/**
 * Where the class takes its break: the stop with room whose arrival (first group, no break yet) is nearest
 * the middle of the day; a park or square before any other stop that is not narrow; the end point if none.
 */
export function placeMeal(
  settings: TripSettings,
  route: Route,
  place: (id: string) => PlaceProperties | undefined,
): Meal | undefined {
  const base = scheduleRoute(route, {
    start: settings.start,
    pupils: settings.pupils,
    age: settings.age,
    breakEvery: 0,
    breakMinutes: 0,
  });
  if (base.end - base.start < MEAL_AFTER_MIN) return undefined;
  const middle = (base.start + base.end) / 2;
  const roomy = base.visits.slice(1, -1).filter((v) => !route.stops[v.stop].narrow);
  const rank = (id: string) => {
    const k = ROOMY_KINDS.indexOf(place(id)?.kind ?? '');
    return k < 0 ? ROOMY_KINDS.length : k;
  };
  const best = roomy.sort(
    (a, b) => rank(a.id) - rank(b.id) || Math.abs(a.leave - middle) - Math.abs(b.leave - middle),
  )[0];
  const v = best ?? base.visits[base.visits.length - 1];
  const kind = v.leave >= LUNCH_FROM && v.leave <= LUNCH_TO ? 'lunch' : 'snack';
  return { at: v.id, kind, minutes: MEAL_MIN[kind], atEnd: !best };
}

export function planTrip(
  settings: TripSettings,
  variants: Route[],
  place: (id: string) => PlaceProperties | undefined,
): TripPlan {
  const meal = placeMeal(settings, variants[0], place);
  const { groups, clashes } = staggerGroups(variants, settings.pupils, settings.groups, {
    start: settings.start,
    age: settings.age,
    breakEvery: settings.rest,
    breakMinutes: BREAK_MIN,
    meal: meal && { at: meal.at, minutes: meal.minutes },
  });
  const route = variants[0];
  const first = route.stops[0].id;
  const last = route.stops[route.stops.length - 1].id;
  const end = Math.max(...groups.map((g) => g.schedule.end));
  const flags = route.stops.map((s): StopFlags => {
    const p = place(s.id);
    // The worst status over the groups that visit the stop; a stop no group reaches keeps the place's own.
    const seen = groups
      .map((g) => g.schedule.visits.find((x) => x.id === s.id))
      .filter((v): v is NonNullable<typeof v> => !!v)
      .map((v) => hoursStatus(p, settings.date, v.arrive, v.leave));
    const hours = seen.length
      ? seen.reduce((a, b) => (HOURS_RANK.indexOf(b) > HOURS_RANK.indexOf(a) ? b : a))
      : hoursStatus(p, settings.date, settings.start, settings.start);
    return {
      id: s.id,
      booking: p ? bookingFlag(p) : { status: 'unknown', sources: [] },
      hours,
      narrow: s.narrow,
      toilet: p?.kind === 'toilet' ? 'stated' : 'unknown',
    };
  });
  return {
    groups,
    variants,
    meetStart: { place: first, time: settings.start },
    meetEnd: { place: last, time: end },
    flags,
    checkpoints: checkpoints(groups, first, last, end),
    minutes: end - settings.start,
    overBudget: end - settings.start > settings.budget,
    overrun: Math.max(0, Math.ceil(end - settings.start - settings.budget)),
    meal,
    clashes,
    longestStretch: Math.max(...groups.map((g) => g.schedule.longestStretch)),
  };
}

/** Head counts: at the start, leaving every stop, after every break, and at the end meeting; by time. */
export function checkpoints(groups: GroupPlan[], first: string, last: string, meet: number): Checkpoint[] {
  const out: Checkpoint[] = [];
  for (const g of groups) {
    const s: Schedule = g.schedule;
    const base = { group: g.group, pupils: g.pupils };
    out.push({ ...base, time: s.start, place: first, kind: 'start' });
    for (const v of s.visits.slice(1, -1)) {
      if (v.rest) out.push({ ...base, time: v.rest[1], place: v.id, kind: 'rest' });
      else out.push({ ...base, time: v.depart, place: v.id, kind: 'depart' });
    }
    out.push({ ...base, time: meet, place: last, kind: 'meet' });
  }
  return out.sort((a, b) => a.time - b.time || a.group - b.group);
}
