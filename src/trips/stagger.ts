/**
 * Splitting a class into groups that never share a narrow resource at once. Each group walks one of the
 * route variants (the route as planned, or with its middle stops reversed: a "reversed loop") and starts at
 * some offset after the first group. Groups are placed one by one: each takes the earliest offset (in
 * STEP_MIN steps) and, at that offset, the first variant whose holds clash with no group already placed.
 * A late enough offset always works (once every placed group has finished and walked off), so the search ends.
 *
 * Start and end points are deliberately shared (the class gathers there) and are never narrow.
 */
import { scheduleRoute, type Hold, type Route, type Schedule, type ScheduleOptions } from './schedule.ts';

/** Offsets are tried in steps of this many minutes. */
export const STEP_MIN = 5;
/** Minutes kept free between two groups at one narrow resource. */
export const GAP_MIN = 2;

export interface GroupPlan {
  /** 1-based group number. */
  group: number;
  pupils: number;
  /** Index into the variants. */
  variant: number;
  /** Minutes after the first group's start. */
  offset: number;
  schedule: Schedule;
}

/** Pupils per group, as even as possible, larger groups first (41 in 3 → 14, 14, 13). */
export function groupSizes(pupils: number, groups: number): number[] {
  const n = Math.max(1, Math.min(groups, pupils));
  return Array.from({ length: n }, (_, i) => Math.floor(pupils / n) + (i < pupils % n ? 1 : 0));
}

function clash(a: Hold[], b: Hold[]): boolean {
  for (const x of a)
    for (const y of b) if (x.key === y.key && x.from < y.to + GAP_MIN && y.from < x.to + GAP_MIN) return true;
  return false;
}

export function staggerGroups(
  variants: Route[],
  pupils: number,
  groups: number,
  options: Omit<ScheduleOptions, 'pupils'>,
): GroupPlan[] {
  const placed: GroupPlan[] = [];
  groupSizes(pupils, groups).forEach((size, g) => {
    for (let offset = 0; ; offset += STEP_MIN) {
      let found: GroupPlan | undefined;
      for (let v = 0; v < variants.length && !found; v++) {
        const schedule = scheduleRoute(variants[v], {
          ...options,
          pupils: size,
          start: options.start + offset,
        });
        if (!placed.some((p) => clash(p.schedule.holds, schedule.holds)))
          found = { group: g + 1, pupils: size, variant: v, offset, schedule };
      }
      if (found) {
        placed.push(found);
        break;
      }
    }
  });
  return placed;
}

/** The route with its middle stops in reverse order; start and end stay. `reverseLeg` turns a leg around. */
export function reversedMiddle(
  route: Route,
  legBetween: (a: number, b: number) => Route['legs'][number],
): Route {
  const n = route.stops.length;
  if (n < 4) return route;
  const order = [0, ...Array.from({ length: n - 2 }, (_, i) => n - 2 - i), n - 1];
  return {
    stops: order.map((i) => route.stops[i]),
    legs: order.slice(1).map((b, k) => legBetween(order[k], b)),
  };
}
