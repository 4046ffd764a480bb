/**
 * Splitting a class into groups that start at most MAX_WAIT_MIN apart and meet again at the end at most
 * MAX_WAIT_MIN apart, while keeping them out of each other's way at narrow places. Each group walks one of
 * the route variants (the middle stops rotated, forwards or reversed: each group starts the loop at a
 * different stop) and starts 0, 5, 10 or 15 minutes after the first. Groups are placed one by one, each
 * taking the variant and offset with the fewest clashes at narrow places with the groups already placed,
 * then the closest finish to theirs, then the earliest start.
 *
 * Contracts:
 * - No group waits more than MAX_WAIT_MIN at the start (offset ≤ 15) or at the end: a group that would
 *   finish earlier gets the difference (in whole 5 minutes) as extra time at its last stop with room (a
 *   stop that is not narrow), so the waiting is spent at a stop, not at the meeting point.
 * - Waiting is bounded, not clashes: where no arrangement within those limits keeps every narrow place to
 *   one group, the clashes left are returned (who, where, when) for the plan to say up front.
 *
 * Start and end points are deliberately shared (the class gathers there) and are never narrow.
 */
import { scheduleRoute, type Route, type Schedule, type ScheduleOptions } from './schedule.ts';

/** Offsets are tried in steps of this many minutes. */
export const STEP_MIN = 5;
/** Minutes kept free between two groups at one narrow resource. */
export const GAP_MIN = 2;
/** The longest any group waits for the others at the start or at the end. */
export const MAX_WAIT_MIN = 15;

export interface GroupPlan {
  /** 1-based group number. */
  group: number;
  pupils: number;
  /** Index into the variants. */
  variant: number;
  /** Minutes after the first group's start. */
  offset: number;
  /** Extra time at stops (a hold to let a group ahead clear a narrow place; evening out the end). */
  extra?: { at: string; minutes: number }[];
  schedule: Schedule;
}

/** Two groups at one narrow place at once (or closer than GAP_MIN). */
export interface Clash {
  key: string;
  groups: [number, number];
  from: number;
  to: number;
}

export interface Stagger {
  groups: GroupPlan[];
  clashes: Clash[];
}

/** Pupils per group, as even as possible, larger groups first (41 in 3 → 14, 14, 13). */
export function groupSizes(pupils: number, groups: number): number[] {
  const n = Math.max(1, Math.min(groups, pupils));
  return Array.from({ length: n }, (_, i) => Math.floor(pupils / n) + (i < pupils % n ? 1 : 0));
}

function clashesBetween(a: GroupPlan, b: GroupPlan): Clash[] {
  const out: Clash[] = [];
  for (const x of a.schedule.holds)
    for (const y of b.schedule.holds)
      if (x.key === y.key && x.from < y.to + GAP_MIN && y.from < x.to + GAP_MIN)
        out.push({
          key: x.key,
          groups: [a.group, b.group],
          from: Math.max(x.from, y.from),
          to: Math.min(x.to, y.to),
        });
  return out;
}

/** How badly a group clashes with those placed: minutes of overlap (gap included), summed. */
const clashMinutes = (p: GroupPlan, placed: GroupPlan[]) =>
  placed.reduce(
    (n, q) => n + clashesBetween(p, q).reduce((m, c) => m + Math.max(0, c.to - c.from) + GAP_MIN, 0),
    0,
  );

/** Middle stops where extra time goes, last first: those with room (not narrow), then the narrow ones. */
function roomyStops(route: Route, narrowToo = true): string[] {
  const middle = route.stops.slice(1, -1).reverse();
  return [...middle.filter((s) => !s.narrow), ...(narrowToo ? middle.filter((s) => s.narrow) : [])].map(
    (s) => s.id,
  );
}

/** Minutes a group may hold at a stop with room so that another group clears a narrow place ahead. */
const HOLD_MIN = [5, 10, 15];

export function staggerGroups(
  variants: Route[],
  pupils: number,
  groups: number,
  options: Omit<ScheduleOptions, 'pupils'>,
): Stagger {
  const placed: GroupPlan[] = [];
  const plan = (g: number, size: number, v: number, offset: number, extra?: ScheduleOptions['extra']) => ({
    group: g + 1,
    pupils: size,
    variant: v,
    offset,
    ...(extra ? { extra } : {}),
    schedule: scheduleRoute(variants[v], { ...options, pupils: size, start: options.start + offset, extra }),
  });
  groupSizes(pupils, groups).forEach((size, g) => {
    let best: { p: GroupPlan; score: number[] } | undefined;
    for (let offset = 0; offset <= MAX_WAIT_MIN; offset += STEP_MIN)
      for (let v = 0; v < variants.length; v++) {
        // As planned, or holding a few minutes at one stop with room to let a group ahead clear a narrow place.
        const holds: (ScheduleOptions['extra'] | undefined)[] = [undefined];
        for (const at of roomyStops(variants[v], false))
          for (const minutes of HOLD_MIN) holds.push([{ at, minutes }]);
        for (const extra of holds) {
          const p = plan(g, size, v, offset, extra);
          const ends = [...placed.map((q) => q.schedule.end), p.schedule.end];
          const score = [
            Math.round(clashMinutes(p, placed) * 10) / 10,
            Math.max(...ends) - Math.min(...ends),
            offset + (extra ? extra[0].minutes : 0),
            v,
          ];
          if (!best || lexLess(score, best.score)) best = { p, score };
        }
      }
    placed.push(best!.p);
  });
  // Even out the ends: a group finishing more than MAX_WAIT_MIN before the last spends the time at a stop.
  const meet = Math.max(...placed.map((p) => p.schedule.end));
  const out = [...placed];
  out.forEach((p, k) => {
    const early = meet - p.schedule.end;
    if (early <= MAX_WAIT_MIN) return;
    // The most whole 5 minutes that still end by the meeting (extra time can pull in a rest break), at the
    // stop where it makes the fewest clashes with the other groups (later stops and stops with room first).
    const others = out.filter((_, j) => j !== k);
    let best: { q: GroupPlan; clash: number } | undefined;
    for (const at of roomyStops(variants[p.variant]))
      for (let minutes = Math.floor(early / STEP_MIN) * STEP_MIN; minutes > 0; minutes -= STEP_MIN) {
        const q = plan(p.group - 1, p.pupils, p.variant, p.offset, [...(p.extra ?? []), { at, minutes }]);
        if (q.schedule.end > meet + 1e-9 || meet - q.schedule.end > MAX_WAIT_MIN) continue;
        const clash = clashMinutes(q, others);
        if (!best || clash < best.clash) best = { q, clash };
        break;
      }
    if (best) out[k] = best.q;
  });
  const clashes: Clash[] = [];
  for (let i = 0; i < out.length; i++)
    for (let j = i + 1; j < out.length; j++) clashes.push(...clashesBetween(out[i], out[j]));
  return { groups: out, clashes };
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

/**
 * Route variants for staggered groups: the middle stops rotated (each variant starts the loop at another
 * stop), forwards and reversed; start and end stay. The route as given is variant 0. `legBetween` gives the
 * leg between two stops of the original route, by index.
 */
export function rotatedVariants(
  route: Route,
  legBetween: (a: number, b: number) => Route['legs'][number],
): Route[] {
  const n = route.stops.length;
  const middle = Array.from({ length: Math.max(0, n - 2) }, (_, i) => i + 1);
  const orders: number[][] = [];
  for (let r = 0; r < middle.length; r++) {
    const rot = [...middle.slice(r), ...middle.slice(0, r)];
    orders.push(rot, [...rot].reverse());
  }
  if (!orders.length) return [route];
  const seen = new Set<string>();
  const out: Route[] = [];
  for (const o of orders) {
    const order = [0, ...o, n - 1];
    const key = order.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(
      key === route.stops.map((_, i) => i).join(',')
        ? route
        : {
            stops: order.map((i) => route.stops[i]),
            legs: order.slice(1).map((b, k) => legBetween(order[k], b)),
          },
    );
  }
  return out;
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
