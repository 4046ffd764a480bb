/**
 * The time-boxed walk: "I have 2 hours, start at 鼓楼 at 14:00" → the stops that fit, in an order that meets
 * every stop's opening hours and last entry, each with its arrival and leave time.
 *
 * Contracts:
 * - The walk never runs over the budget: `end - startAt <= budget` for every plan returned (property-tested).
 *   A wanted stop that cannot fit is left out and said so, never squeezed in.
 * - A proposed stop is open for its whole visit (arrival ≥ opening, ≤ last entry, leave ≤ closing) or has no
 *   hours in the data (`unknown`, said once by the caller). A wanted stop that no order makes open is left out
 *   with a fix: reorder (applied when it works), skip, start earlier or start later by so many minutes.
 * - A stop is visited for its short visit (`visit[0]`), the low end of its usual range: the plan shows what
 *   fits, and the leave times say how long each stop gets.
 * - Walking times come from a distance matrix (metres, Infinity where unreachable) and a speed; orders are
 *   searched exactly (branch and bound) up to EXACT_STOPS stops, else the shortest tour (order.ts) is checked.
 */
import { visitStatus, type HoursSpec, type VisitStatus } from '../hours/opening-hours.ts';
import { bestOrder } from './order.ts';

export const EXACT_STOPS = 8;

export interface Candidate {
  id: string;
  /** Usual visit, minutes [short, long]. */
  visit: [number, number];
  hours?: HoursSpec;
}

export interface TimeboxRequest {
  /** Index 0 is the start (visited first, for its own short visit); the rest are candidates. */
  places: Candidate[];
  /** Walking distances between places (metres), in the same order. */
  distances: ArrayLike<number>[];
  /** Metres per minute. */
  speed: number;
  /** Local date `YYYY-MM-DD`, Hangzhou. */
  date: string;
  /** Start, minutes after midnight. */
  startAt: number;
  /** Minutes available. */
  budget: number;
  /** Indexes of places the visitor asked for; the rest fill the time left, nearest first. */
  wanted?: number[];
  /** Fill the time left with other candidates (default true). */
  fill?: boolean;
}

export interface TimedStop {
  index: number;
  id: string;
  arrive: number;
  leave: number;
  status: VisitStatus['status'];
  /** Minutes walking from the previous stop (0 for the start). */
  walk: number;
}

export type Fix =
  | { kind: 'reorder' }
  | { kind: 'skip' }
  | { kind: 'start-earlier'; minutes: number }
  | { kind: 'start-later'; minutes: number };

export interface StopWarning {
  index: number;
  id: string;
  /** Why it is not in the plan as asked: its hours at the arrival it would have, or the budget. */
  reason: 'closed-day' | 'before-opening' | 'after-last-entry' | 'closes-during' | 'over-budget';
  /** What was done (`reorder` or `skip`) first, then what the visitor could do instead. */
  fixes: Fix[];
}

export interface TimeboxPlan {
  stops: TimedStop[];
  end: number;
  minutes: number;
  warnings: StopWarning[];
}

const walkMin = (r: TimeboxRequest, a: number, b: number) => r.distances[a][b] / r.speed;

/** Times a fixed order; `undefined` when a leg is unreachable. */
export function timeOrder(r: TimeboxRequest, order: number[], startAt = r.startAt): TimedStop[] | undefined {
  const out: TimedStop[] = [];
  let t = startAt;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const walk = k ? walkMin(r, order[k - 1], i) : 0;
    if (!Number.isFinite(walk)) return undefined;
    const arrive = t + walk;
    const leave = arrive + r.places[i].visit[0];
    out.push({
      index: i,
      id: r.places[i].id,
      arrive,
      leave,
      status: visitStatus(r.places[i].hours, r.date, arrive, leave).status,
      walk,
    });
    t = leave;
  }
  return out;
}

const fine = (s: TimedStop) => s.status === 'open' || s.status === 'unknown';

/**
 * The shortest order of `set` (start first) in which every stop is open on arrival and the walk ends within
 * the budget; `undefined` if there is none. Exact by branch and bound for small sets.
 */
function feasibleOrder(r: TimeboxRequest, set: number[], startAt = r.startAt): TimedStop[] | undefined {
  const limit = r.startAt + r.budget;
  if (set.length > EXACT_STOPS) {
    const order = shortestOrder(r, set);
    const timed = timeOrder(r, order, startAt);
    return timed && timed.every(fine) && timed[timed.length - 1].leave <= limit ? timed : undefined;
  }
  let best: TimedStop[] | undefined;
  const path: TimedStop[] = [];
  const used = new Set<number>([0]);
  const go = (t: number, at: number) => {
    if (best && t >= best[best.length - 1].leave) return;
    if (path.length === set.length) {
      best = [...path];
      return;
    }
    for (const i of set) {
      if (used.has(i)) continue;
      const walk = walkMin(r, at, i);
      if (!Number.isFinite(walk)) continue;
      const arrive = t + walk;
      const leave = arrive + r.places[i].visit[0];
      if (leave > limit) continue;
      const status = visitStatus(r.places[i].hours, r.date, arrive, leave).status;
      const stop = { index: i, id: r.places[i].id, arrive, leave, status, walk };
      if (!fine(stop)) continue;
      used.add(i);
      path.push(stop);
      go(leave, i);
      path.pop();
      used.delete(i);
    }
  };
  const first = timeOrder(r, [0], startAt)![0];
  if (first.leave > limit || !fine(first)) return undefined;
  path.push(first);
  go(first.leave, 0);
  return best;
}

/** The shortest open walk through `set` from the start, ending anywhere (order.ts with a free end). */
function shortestOrder(r: TimeboxRequest, set: number[]): number[] {
  const n = set.length;
  // A virtual end at distance 0 from every stop lets the fixed-end solver end the walk anywhere.
  const d = Array.from({ length: n + 1 }, (_, a) =>
    Float64Array.from({ length: n + 1 }, (_, b) => (a === n || b === n ? 0 : r.distances[set[a]][set[b]])),
  );
  return bestOrder(d, { tour: 'open' })
    .order.filter((k) => k < n)
    .map((k) => set[k]);
}

function startReason(s: TimedStop): StopWarning['reason'] {
  return s.status === 'open' || s.status === 'unknown' ? 'over-budget' : s.status;
}

function reasonAt(r: TimeboxRequest, set: number[], i: number): StopWarning['reason'] {
  const timed = timeOrder(r, shortestOrder(r, [...set, i]));
  const s = timed?.find((x) => x.index === i);
  if (!s) return 'over-budget';
  if (s.status === 'closed-day' || s.status === 'before-opening' || s.status === 'after-last-entry')
    return s.status;
  if (s.status === 'closes-during') return 'closes-during';
  return 'over-budget';
}

/** Minutes to shift the start (in 15-minute steps, up to 4 hours) that make `set` feasible; 0 if none. */
function shiftThatWorks(r: TimeboxRequest, set: number[], sign: -1 | 1): number {
  for (let m = 15; m <= 240; m += 15) {
    const shifted = { ...r, startAt: r.startAt + sign * m };
    if (shifted.startAt < 0 || shifted.startAt + r.budget > 1440 * 2) break;
    if (feasibleOrder(shifted, set)) return m;
  }
  return 0;
}

export function planTimebox(r: TimeboxRequest): TimeboxPlan {
  const warnings: StopWarning[] = [];
  // The start is where the walk begins: if its own visit does not fit (closed, or longer than the budget),
  // the walk starts outside it, with no visit, and says why.
  const startTimed = timeOrder(r, [0])![0];
  if (!fine(startTimed) || startTimed.leave > r.startAt + r.budget) {
    warnings.push({
      index: 0,
      id: r.places[0].id,
      reason: startReason(startTimed),
      fixes: [{ kind: 'skip' }],
    });
    const places = r.places.map((p, i) => (i ? p : { id: p.id, visit: [0, 0] as [number, number] }));
    r = { ...r, places };
  }
  let set = [0];
  let timed = feasibleOrder(r, set)!;
  const wanted = [...new Set(r.wanted ?? [])].filter((i) => i > 0 && i < r.places.length);
  // Wanted stops, the nearest to the start first, each kept if some order still works.
  wanted.sort((a, b) => r.distances[0][a] - r.distances[0][b]);
  for (const i of wanted) {
    const withIt = feasibleOrder(r, [...set, i]);
    if (withIt) {
      const inShortest = timeOrder(r, shortestOrder(r, [...set, i]));
      // A wanted stop that the plain shortest order would reach outside its hours was saved by reordering.
      if (inShortest && !inShortest.every(fine))
        warnings.push({
          index: i,
          id: r.places[i].id,
          reason: reasonAt(r, set, i),
          fixes: [{ kind: 'reorder' }],
        });
      set = [...set, i];
      timed = withIt;
      continue;
    }
    const reason = reasonAt(r, set, i);
    const fixes: Fix[] = [{ kind: 'skip' }];
    if (reason !== 'closed-day') {
      const earlier = shiftThatWorks(r, [...set, i], -1);
      if (earlier) fixes.push({ kind: 'start-earlier', minutes: earlier });
      const later = reason === 'before-opening' ? shiftThatWorks(r, [...set, i], 1) : 0;
      if (later) fixes.push({ kind: 'start-later', minutes: later });
    }
    warnings.push({ index: i, id: r.places[i].id, reason, fixes });
  }
  // Fill the time left with the candidates that add the least time, one at a time.
  if (r.fill !== false) {
    const asked = new Set(wanted);
    for (;;) {
      let best: { i: number; t: TimedStop[] } | undefined;
      for (let i = 1; i < r.places.length; i++) {
        if (set.includes(i) || asked.has(i) || r.places[i].visit[0] === 0) continue;
        // Cheap filter: the stop alone must fit after the current end.
        const end = timed[timed.length - 1].leave;
        if (end + walkMin(r, timed[timed.length - 1].index, i) + r.places[i].visit[0] > r.startAt + r.budget)
          continue;
        const t = feasibleOrder(r, [...set, i]);
        if (t && (!best || t[t.length - 1].leave < best.t[best.t.length - 1].leave)) best = { i, t };
      }
      if (!best) break;
      set = [...set, best.i];
      timed = best.t;
    }
  }
  const end = timed[timed.length - 1].leave;
  return { stops: timed, end, minutes: end - r.startAt, warnings };
}
