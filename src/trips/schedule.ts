/**
 * One group's timed day along a route: arrival and departure at each stop, rest/toilet breaks inserted so
 * that no stretch between breaks runs longer than the interval (when a single leg plus stop allows it), and
 * the times the group occupies each narrow resource (a small venue, a narrow lane).
 *
 * All times are minutes after midnight, Hangzhou time, as plain numbers (no Date: the day is one local day).
 */
import type { AgeGroup } from '../learning/schema.ts';
import { GROUP_SPEED_M_PER_MIN, legMinutes, lineLength } from './pace.ts';

export interface RouteStop {
  /** Place id. */
  id: string;
  /** Minutes at the stop. */
  dwell: number;
  /** Only one group at a time (a small venue or a narrow lane): see narrow.ts. */
  narrow: boolean;
}

/** A stretch of a narrow lane walked between two stops: metres from the leg's start. */
export interface LaneSpan {
  /** Identifies the lane (a network edge). */
  key: string;
  from: number;
  to: number;
}

export interface RouteLeg {
  distance: number;
  lanes: LaneSpan[];
}

/** A route: stops in walking order and the legs between neighbours (legs.length = stops.length - 1). */
export interface Route {
  stops: RouteStop[];
  legs: RouteLeg[];
}

export interface ScheduleOptions {
  /** Start, minutes after midnight. */
  start: number;
  pupils: number;
  age: AgeGroup;
  /** Longest stretch between breaks, minutes; 0 turns breaks off. */
  breakEvery: number;
  breakMinutes: number;
  /** A snack or lunch break after the visit at this stop (a place with room for a class), [id, minutes]. */
  meal?: { at: string; minutes: number };
  /**
   * Extra minutes at stops: to let another group clear a narrow place ahead, or so that a group that would
   * finish early does not wait at the end.
   */
  extra?: { at: string; minutes: number }[];
}

export interface Visit {
  stop: number;
  id: string;
  arrive: number;
  /** End of the visit itself (arrive + dwell). */
  leave: number;
  /** A break taken here after the visit, [start, end); absent if none. */
  rest?: [number, number];
  /** What the break is: a rest/toilet stop, or the snack or lunch break. */
  restKind?: 'rest' | 'meal';
  /** Extra minutes spent here (included in leave) to even out the groups' ends. */
  extra?: number;
  /** When the group walks on. */
  depart: number;
}

/** A time a group holds a narrow resource, [from, to) in minutes. */
export interface Hold {
  key: string;
  from: number;
  to: number;
}

export interface Schedule {
  visits: Visit[];
  /** Minutes walking each leg. */
  legMinutes: number[];
  holds: Hold[];
  start: number;
  end: number;
  walkMinutes: number;
  /** The longest stretch without a break (start to first break, between breaks, last break to end). */
  longestStretch: number;
}

export function scheduleRoute(route: Route, o: ScheduleOptions): Schedule {
  const visits: Visit[] = [];
  const holds: Hold[] = [];
  const legs = route.legs.map((l) => legMinutes(l.distance, o.pupils, o.age));
  let t = o.start;
  let lastBreak = o.start;
  let longest = 0;
  const v = GROUP_SPEED_M_PER_MIN[o.age];
  // The line's tail is this many minutes behind its head.
  const tail = lineLength(o.pupils) / v;
  route.stops.forEach((s, i) => {
    if (i > 0) {
      const leg = route.legs[i - 1];
      // A lane is held from the head's entry until the tail has left it.
      for (const span of leg.lanes)
        holds.push({ key: span.key, from: t + span.from / v, to: t + span.to / v + tail });
      t += legs[i - 1];
    }
    const arrive = t;
    const extra = i > 0 ? (o.extra ?? []).filter((x) => x.at === s.id).reduce((m, x) => m + x.minutes, 0) : 0;
    const leave = arrive + s.dwell + extra;
    const last = i === route.stops.length - 1;
    // Rest here if waiting for the next stop would run past the interval.
    const nextDone = last ? leave : leave + legs[i] + route.stops[i + 1].dwell;
    let rest: [number, number] | undefined;
    let restKind: Visit['restKind'];
    if (o.meal && o.meal.at === s.id && i > 0) {
      rest = [leave, leave + o.meal.minutes];
      restKind = 'meal';
    } else if (!last && i > 0 && o.breakEvery > 0 && nextDone - lastBreak > o.breakEvery) {
      rest = [leave, leave + o.breakMinutes];
      restKind = 'rest';
    }
    if (rest) {
      longest = Math.max(longest, leave - lastBreak);
      lastBreak = rest[1];
    }
    const depart = rest ? rest[1] : leave;
    // A narrow stop is held from the head's arrival (arrive is the tail's) until the tail has walked off.
    if (s.narrow) holds.push({ key: `stop:${s.id}`, from: arrive - tail, to: depart + tail });
    visits.push({ stop: i, id: s.id, arrive, leave, rest, restKind, depart, ...(extra ? { extra } : {}) });
    t = depart;
  });
  longest = Math.max(longest, t - lastBreak);
  return {
    visits,
    legMinutes: legs,
    holds,
    start: o.start,
    end: t,
    walkMinutes: legs.reduce((a, b) => a + b, 0),
    longestStretch: longest,
  };
}
