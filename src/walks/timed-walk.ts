/**
 * A walk set off at a given time: each stop's arrival and leave time, whether the place is open for the
 * visit (the one hours model), and for a stop that is not, the one change that fixes it.
 *
 * Contracts: times are minutes after the midnight of `date` (Hangzhou). A stop is reached after the
 * previous stop's visit and the leg's walking time, in whole minutes (each leg rounded). A fix moves the
 * whole walk's start (earlier or later by whole minutes) or, when no start that day helps (closed all day,
 * or closed for the rest of it), skips the stop. A start moved earlier or later is not checked against the
 * other stops: the panel recomputes the walk and says what remains.
 */
import type { HoursSpec, VisitStatus } from '../hours/hours-spec.ts';
import type { HoursModel } from '../hours/hours-model.ts';
import type { WalkView } from './walk-view.ts';

export type WalkFix = { kind: 'earlier' | 'later'; minutes: number } | { kind: 'skip' };

export interface TimedStop {
  arrive: number;
  leave: number;
  status: VisitStatus;
  fix?: WalkFix;
}

export interface TimedWalk {
  stops: TimedStop[];
  end: number;
}

function fixFor(status: VisitStatus, arrive: number, leave: number): WalkFix | undefined {
  switch (status.status) {
    case 'before-opening':
      return { kind: 'later', minutes: Math.ceil(status.opensAt - arrive) };
    case 'after-last-entry':
      return status.lastEntry !== undefined && status.lastEntry < arrive
        ? { kind: 'earlier', minutes: Math.ceil(arrive - status.lastEntry) }
        : { kind: 'skip' };
    case 'closes-during':
      return { kind: 'earlier', minutes: Math.ceil(leave - status.closesAt) };
    case 'closed-day':
      return { kind: 'skip' };
    default:
      return undefined;
  }
}

export function timeWalk(
  walk: WalkView,
  startAt: number,
  date: string,
  hoursOf: (id: string) => HoursSpec | undefined,
  visitStatus: HoursModel['visitStatus'],
): TimedWalk {
  let t = startAt;
  const stops = walk.stops.map((s, i) => {
    const arrive = t;
    const leave = arrive + s.dwell_min;
    // Whole minutes, as shown: a fix of "N min earlier" then matches the times the visitor reads.
    t = leave + Math.round(walk.legs[i]?.minutes ?? 0);
    const status = visitStatus(hoursOf(s.id), date, arrive, leave);
    return { arrive, leave, status, fix: fixFor(status, arrive, leave) };
  });
  return { stops, end: stops.length ? stops[stops.length - 1].leave : startAt };
}
