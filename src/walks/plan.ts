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
  slice,
  snapFor,
  type Path,
  type Profile,
} from './route.ts';
import { metresPerDegree } from '../data/distance.ts';

export { DEFAULT_DWELL_MIN, SPEED_M_PER_MIN } from './pace.ts';

export interface Stop {
  id: string;
  lonLat: [number, number];
  /** Minutes spent at the stop; the profile's default when absent. */
  dwell?: number;
}

/** Something a walker can see at a turn (a place, a gate, a bridge), named in directions. */
export interface Landmark {
  id: string;
  name_zh: string;
  name_en: string;
  lonLat: [number, number];
}

/** How a direction begins, relative to the one before it (the first of a leg has none). */
export type Turn = 'left' | 'right' | 'straight';
/** Where the stop lies as the visitor arrives: beside the way on one side, or straight ahead. */
export type Side = 'left' | 'right' | 'ahead';

export interface Direction {
  name_zh: string;
  name_en: string;
  distance: number;
  steps: boolean;
  turn?: Turn;
  /** Steps only: how many flights (separately mapped stairways) the direction climbs or descends. */
  flights?: number;
  /** The landmark within LANDMARK_M of where this direction begins (a turn is made "at" it). */
  at?: { name_zh: string; name_en: string };
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
  /** Which side the stop is on at the end of the leg. */
  arrival?: Side;
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

/** A change of heading under this many degrees reads as "straight on". */
const STRAIGHT_DEG = 30;
/** Headings are taken over this many metres at a turn, so a short kink in the drawing is not a turn. */
const HEADING_M = 12;
/** A stop closer than this to the end of the way is "ahead", not on a side. */
const AHEAD_M = 8;
/** A landmark this close to a turn is named at it ("at the Drum Tower, turn left"). */
const LANDMARK_M = 30;

/** Compass heading in degrees from a to b (0 north, 90 east), on a local flat projection. */
function heading(a: [number, number], b: [number, number]): number {
  const [kx, ky] = metresPerDegree((a[1] + b[1]) / 2);
  return (Math.atan2((b[0] - a[0]) * kx, (b[1] - a[1]) * ky) * 180) / Math.PI;
}

/** The point about HEADING_M along the line from its start (or its end, walking backwards). */
function near(pts: [number, number][], fromEnd: boolean): [number, number] {
  const line = fromEnd ? [...pts].reverse() : pts;
  const [kx, ky] = metresPerDegree(line[0][1]);
  for (const p of line.slice(1))
    if (Math.hypot((p[0] - line[0][0]) * kx, (p[1] - line[0][1]) * ky) >= HEADING_M) return p;
  return line[line.length - 1];
}

/** Signed change of heading from `a` to `b` in degrees, −180…180 (negative: to the left). */
const change = (a: number, b: number) => ((((b - a) % 360) + 540) % 360) - 180;

function turnOf(before: [number, number][], after: [number, number][]): Turn {
  const inH = heading(near(before, true), before[before.length - 1]);
  const outH = heading(after[0], near(after, false));
  const d = change(inH, outH);
  return Math.abs(d) < STRAIGHT_DEG ? 'straight' : d < 0 ? 'left' : 'right';
}

/** Which side `stop` is on for someone who has walked `line` to its end. */
function sideOf(line: [number, number][], stop: [number, number]): Side {
  const end = line[line.length - 1];
  const [kx, ky] = metresPerDegree(end[1]);
  if (line.length < 2 || Math.hypot((stop[0] - end[0]) * kx, (stop[1] - end[1]) * ky) < AHEAD_M)
    return 'ahead';
  const d = change(heading(near(line, true), end), heading(end, stop));
  return Math.abs(d) < STRAIGHT_DEG ? 'ahead' : d < 0 ? 'left' : 'right';
}

/** The landmark nearest `p` within LANDMARK_M, if any. */
function landmarkAt(p: [number, number], landmarks: Landmark[]): Landmark | undefined {
  const [kx, ky] = metresPerDegree(p[1]);
  let best: Landmark | undefined;
  let bestD = LANDMARK_M;
  for (const l of landmarks) {
    const d = Math.hypot((l.lonLat[0] - p[0]) * kx, (l.lonLat[1] - p[1]) * ky);
    if (d <= bestD) [best, bestD] = [l, d];
  }
  return best;
}

/**
 * Directions along a path: consecutive pieces of one street (and of one kind, steps or not) merged, each
 * after the first saying how it turns from the one before and, when one is near, at which landmark. A run
 * of steps counts its flights: the separately mapped stairways in it (OSM ways; graph edges when the data
 * has no way ids).
 */
function directions(g: Graph, path: Path, landmarks: Landmark[]): Direction[] {
  const out: (Direction & { pts: [number, number][]; ways: Set<string> })[] = [];
  for (const p of path.pieces) {
    const props = g.props[p.edge];
    const d = Math.abs(p.end - p.start);
    const steps = g.steps[p.edge] === 1;
    const pts = slice(g, p.edge, p.start, p.end);
    const way = props.osm_id ?? props.id;
    const last = out[out.length - 1];
    if (last && last.name_zh === props.name_zh && last.steps === steps) {
      last.distance += d;
      last.pts.push(...pts);
      if (d >= 1) last.ways.add(way);
    } else
      out.push({
        name_zh: props.name_zh,
        name_en: props.name_en,
        distance: d,
        steps,
        pts,
        ways: new Set(d >= 1 ? [way] : []),
      });
  }
  const kept = out.filter((x) => x.distance >= 1);
  return kept.map(({ pts, ways, ...dir }, i) => {
    const flights = dir.steps ? { flights: Math.max(1, ways.size) } : {};
    if (!i) return { ...dir, ...flights };
    // A landmark named like the way itself ("河坊街" the gateway, on 河坊街) says nothing new.
    const named = new Set([dir.name_zh, kept[i - 1].name_zh]);
    const l = landmarkAt(
      pts[0],
      landmarks.filter((x) => !named.has(x.name_zh)),
    );
    return {
      ...dir,
      turn: turnOf(kept[i - 1].pts, pts),
      ...flights,
      ...(l ? { at: { name_zh: l.name_zh, name_en: l.name_en } } : {}),
    };
  });
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

/**
 * Plans a walk through the stops in the order given. Turns are named at `landmarks` near them, except the
 * two stops the leg runs between.
 */
export function planWalk(g: Graph, stops: Stop[], profile: Profile, landmarks: Landmark[] = []): WalkPlan {
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
      directions: directions(
        g,
        path,
        landmarks.filter((l) => l.id !== stops[i - 1].id && l.id !== stops[i].id),
      ),
      steppedSections: steppedSections(g, path),
      arrival: sideOf(pathCoordinates(g, path), stops[i].lonLat),
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
