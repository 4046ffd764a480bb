/**
 * A walk through stops: the legs between them along the network, with distances, times, directions and the
 * stepped sections a step-free visitor would need to avoid.
 */
import type { Graph } from './graph.ts';
import { DEFAULT_DWELL_MIN, SPEED_M_PER_MIN } from './pace.ts';
import { bestOrder, type Tour } from './order.ts';
import {
  distancesFrom,
  edgeFilter,
  pathCoordinates,
  shortestPath,
  snapFor,
  type Path,
  type Profile,
} from './route.ts';

export { DEFAULT_DWELL_MIN, SPEED_M_PER_MIN } from './pace.ts';

export interface Stop {
  id: string;
  lonLat: [number, number];
  /** Minutes spent at the stop; the profile's default when absent. */
  dwell?: number;
}

export interface Direction {
  name_zh: string;
  name_en: string;
  distance: number;
  steps: boolean;
}

export interface Leg {
  from: string;
  to: string;
  distance: number;
  minutes: number;
  coordinates: [number, number][];
  directions: Direction[];
  /** Number of separate stepped sections on this leg. */
  steppedSections: number;
}

export interface WalkPlan {
  profile: Profile;
  stops: Stop[];
  legs: Leg[];
  distance: number;
  walkMinutes: number;
  dwellMinutes: number;
  minutes: number;
  steppedSections: number;
  stepFree: boolean;
  /** Stops that could not be reached under the profile (e.g. only by steps), by id. */
  unreachable: string[];
}

function directions(g: Graph, path: Path): Direction[] {
  const out: Direction[] = [];
  for (const p of path.pieces) {
    const props = g.props[p.edge];
    const d = Math.abs(p.end - p.start);
    const steps = g.steps[p.edge] === 1;
    const last = out[out.length - 1];
    if (last && last.name_zh === props.name_zh && last.steps === steps) last.distance += d;
    else out.push({ name_zh: props.name_zh, name_en: props.name_en, distance: d, steps });
  }
  return out.filter((x) => x.distance >= 1);
}

function steppedSections(g: Graph, path: Path): number {
  let count = 0;
  let inSteps = false;
  for (const p of path.pieces) {
    const s = g.steps[p.edge] === 1;
    if (s && !inSteps) count++;
    inSteps = s;
  }
  return count;
}

/** Plans a walk through the stops in the order given. */
export function planWalk(g: Graph, stops: Stop[], profile: Profile): WalkPlan {
  const accept = edgeFilter(g, profile);
  const snaps = stops.map((s) => snapFor(g, s.lonLat, profile));
  const legs: Leg[] = [];
  const unreachable = new Set<string>();
  for (let i = 1; i < stops.length; i++) {
    const a = snaps[i - 1];
    const b = snaps[i];
    const path = a && b ? shortestPath(g, a, b, accept) : undefined;
    if (!path) {
      unreachable.add(stops[i].id);
      continue;
    }
    legs.push({
      from: stops[i - 1].id,
      to: stops[i].id,
      distance: path.distance,
      minutes: path.distance / SPEED_M_PER_MIN[profile],
      coordinates: pathCoordinates(g, path),
      directions: directions(g, path),
      steppedSections: steppedSections(g, path),
    });
  }
  const distance = legs.reduce((s, l) => s + l.distance, 0);
  const walkMinutes = distance / SPEED_M_PER_MIN[profile];
  const dwellMinutes = stops.reduce((s, x) => s + (x.dwell ?? DEFAULT_DWELL_MIN[profile]), 0);
  const stepped = legs.reduce((s, l) => s + l.steppedSections, 0);
  return {
    profile,
    stops,
    legs,
    distance,
    walkMinutes,
    dwellMinutes,
    minutes: walkMinutes + dwellMinutes,
    steppedSections: stepped,
    stepFree: stepped === 0 && unreachable.size === 0,
    unreachable: [...unreachable],
  };
}

/** The matrix of walking distances between stops (Infinity where unreachable). */
export function distanceMatrix(g: Graph, stops: Stop[], profile: Profile): Float64Array[] {
  const accept = edgeFilter(g, profile);
  const snaps = stops.map((s) => snapFor(g, s.lonLat, profile));
  return snaps.map((s, i) => {
    if (!s || snaps.some((t) => !t))
      return new Float64Array(stops.length).fill(Infinity).map((v, j) => (i === j ? 0 : v));
    return distancesFrom(g, s, snaps as NonNullable<(typeof snaps)[number]>[], accept);
  });
}

/** Reorders stops for the shortest walk: stop 0 stays first; an open tour keeps the last stop last. */
export function orderStops(g: Graph, stops: Stop[], profile: Profile, tour: Tour): Stop[] {
  if (stops.length < 3) return stops;
  const d = distanceMatrix(g, stops, profile);
  return bestOrder(d, { tour }).order.map((i) => stops[i]);
}
