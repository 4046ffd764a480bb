/**
 * The whole trip from settings and routes: the class's timed plan, each sub-group's staggered plan, the
 * meeting points with times, a flag per stop (booking, opening hours on the date, toilets) and the headcount
 * checkpoints. Pure: routes come in already built (route-build.ts), places as their properties.
 */
import type { PlaceProperties } from '../data/schema.ts';
import { bookingFlag, type BookingFlag } from './booking.ts';
import { hoursStatus, weekdayOf, type HoursStatus } from './hours.ts';
import { BREAK_MIN } from './pace.ts';
import type { Route, Schedule } from './schedule.ts';
import { staggerGroups, type GroupPlan } from './stagger.ts';
import type { TripSettings } from './trip-settings.ts';

const HOURS_RANK: HoursStatus[] = ['open', 'unknown', 'check', 'outside', 'closed-day'];

export interface StopFlags {
  id: string;
  booking: BookingFlag;
  /** The worst status over every group's visit; `unknown` without a date. */
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
  /** The longest stretch without a break in any group's plan. */
  longestStretch: number;
}

export function planTrip(
  settings: TripSettings,
  variants: Route[],
  place: (id: string) => PlaceProperties | undefined,
): TripPlan {
  const groups = staggerGroups(variants, settings.pupils, settings.groups, {
    start: settings.start,
    age: settings.age,
    breakEvery: settings.rest,
    breakMinutes: BREAK_MIN,
  });
  const route = variants[0];
  const first = route.stops[0].id;
  const last = route.stops[route.stops.length - 1].id;
  const end = Math.max(...groups.map((g) => g.schedule.end));
  const weekday = settings.date ? weekdayOf(settings.date) : undefined;
  const flags = route.stops.map((s): StopFlags => {
    const p = place(s.id);
    let hours: HoursStatus = 'unknown';
    if (p && weekday !== undefined) {
      for (const g of groups) {
        const v = g.schedule.visits.find((x) => x.id === s.id);
        if (!v) continue;
        const st = hoursStatus(p.hours_en, weekday, v.arrive, v.leave);
        if (HOURS_RANK.indexOf(st) > HOURS_RANK.indexOf(hours)) hours = st;
      }
    } else if (p?.hours_en) hours = 'check';
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
