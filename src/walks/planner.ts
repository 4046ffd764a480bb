/**
 * Plans the visitor's own walks in the browser. Owns the routing graph, built once from data/network.geojson
 * the first time a walk is planned (the network is not part of the first view).
 */
import { buildGraph, type Graph, type NetworkCollection } from './graph.ts';
import { DEFAULT_DWELL_MIN, distanceMatrix, orderStops, planWalk, type Landmark, type Stop } from './plan.ts';
import { SPEED_M_PER_MIN } from './pace.ts';
import { planTimebox, type Candidate, type TimeboxPlan } from './timebox.ts';
import { distancesFrom, edgeFilter, snapFor, type Profile } from './route.ts';
import type { Tour } from './order.ts';
import type { WalkView } from './walk-view.ts';

export interface StopInput {
  id: string;
  name_zh: string;
  name_en: string;
  lonLat: [number, number];
  /** Minutes at this stop: the place's usual short visit; the profile's default when absent. */
  dwell_min?: number;
}

export class WalkPlanner {
  private constructor(private readonly graph: Graph) {}

  static async load(signal?: AbortSignal): Promise<WalkPlanner> {
    const res = await fetch(new URL('data/network.geojson', document.baseURI), { signal });
    if (!res.ok) throw new Error(`data/network.geojson: HTTP ${res.status}`);
    return new WalkPlanner(buildGraph((await res.json()) as NetworkCollection));
  }

  static fromNetwork(network: NetworkCollection): WalkPlanner {
    return new WalkPlanner(buildGraph(network));
  }

  /** Walking distances (metres) from a point to places, on the standard profile; Infinity if unreachable. */
  distancesFrom(from: [number, number], places: StopInput[]): Map<string, number> {
    const out = new Map<string, number>();
    const here = snapFor(this.graph, from, 'standard');
    const targets = places.map((p) => snapFor(this.graph, p.lonLat, 'standard'));
    if (!here) return out;
    const ok = places.filter((_, i) => targets[i]);
    const snaps = targets.filter((t): t is NonNullable<typeof t> => !!t);
    const d = distancesFrom(this.graph, here, snaps, edgeFilter(this.graph, 'standard'));
    // The walk from the exact position to the network and from the network to each place is added on.
    ok.forEach((p, i) => out.set(p.id, d[i] + here.distance + snaps[i].distance));
    return out;
  }

  /**
   * "I have this long, from here, at this time": the stops that fit and their order (timebox.ts), on the
   * standard profile. `places[0]` is the start; the rest are candidates, nearest first filled.
   */
  timebox(
    places: (StopInput & Candidate)[],
    when: { date: string; startAt: number; budget: number },
  ): TimeboxPlan {
    return planTimebox({
      places,
      distances: distanceMatrix(this.graph, places.map(toStop), 'standard'),
      speed: SPEED_M_PER_MIN.standard,
      ...when,
    });
  }

  /** The stops in their best order: the first stays first; an open walk keeps the last stop last. */
  bestOrder(stops: StopInput[], profile: Profile, tour: Tour): StopInput[] {
    const ordered = orderStops(this.graph, stops.map(toStop), profile, tour);
    return ordered.map((s) => stops.find((x) => x.id === s.id)!);
  }

  /** `landmarks`: what turns may be named at (landmarks.ts). */
  plan(
    stops: StopInput[],
    profile: Profile,
    tour: Tour,
    names: { zh: string; en: string },
    landmarks: Landmark[] = [],
  ): WalkView {
    // A round walk comes back to its first stop: one more leg, no second visit.
    const route = tour === 'round' && stops.length > 1 ? [...stops, stops[0]] : stops;
    const plan = planWalk(this.graph, route.map(toStop), profile, landmarks);
    const dwell = stops.map((s) => s.dwell_min ?? DEFAULT_DWELL_MIN[profile]);
    return {
      name_zh: names.zh,
      name_en: names.en,
      profile,
      tour,
      stops: stops.map((s, i) => ({ ...s, dwell_min: dwell[i] })),
      legs: plan.legs.map((l) => ({
        distance_m: Math.round(l.distance),
        minutes: Math.round(l.minutes * 10) / 10,
        directions: l.directions.map((d) => ({
          name_zh: d.name_zh,
          name_en: d.name_en,
          distance_m: Math.round(d.distance),
          steps: d.steps,
          turn: d.turn,
          flights: d.flights,
          at: d.at,
        })),
        arrival: l.arrival,
      })),
      distance_m: Math.round(plan.distance),
      walk_min: Math.round(plan.walkMinutes),
      duration_min: Math.round(plan.walkMinutes + dwell.reduce((a, b) => a + b, 0)),
      stepped_sections: plan.steppedSections,
      step_free: plan.stepFree,
      unreachable: [...new Set(plan.unreachable)],
      line: plan.legs.flatMap((l) => l.coordinates),
    };
  }
}

function toStop(s: StopInput): Stop {
  return { id: s.id, lonLat: s.lonLat };
}
