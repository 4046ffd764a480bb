/**
 * The guided walk's arithmetic: from the visitor's position and the walk being followed, where the next stop
 * is (direction, distance), which named stretch of the route they are on and which comes next, whether they
 * have arrived, and whether they have left the route. Plain functions of their inputs; the app shell owns the
 * position feed, the clock and the screen.
 *
 * Contracts:
 * - Stops are reached in order: only `next` can be arrived at; stops before it are done.
 * - `legs[i]` leads from `stops[i]` to `stops[i + 1]` and `line` is the legs' coordinates end to end
 *   (WalkView's shape). A rerouted walk starts at the visitor's position as a stop already done.
 * - Distances are metres on the WGS84 sphere (turf); positions are [lon, lat].
 */
import { bearing, distance, lineString, nearestPointOnLine, point } from '@turf/turf';
import type { WalkDirectionView, WalkLegView, WalkStopView } from './walk-view.ts';

/** Within this many metres of the next stop the visitor has arrived. */
export const ARRIVE_M = 30;
/** Further than this many metres from the route the visitor has left it (GPS in old lanes strays ~20 m). */
export const OFF_ROUTE_M = 60;

export interface GuidedRoute {
  stops: Pick<WalkStopView, 'id' | 'name_zh' | 'name_en' | 'lonLat'>[];
  legs: Pick<WalkLegView, 'directions'>[];
  line: [number, number][];
}

export type Compass = 'N' | 'NE' | 'E' | 'SE' | 'S' | 'SW' | 'W' | 'NW';
const COMPASS: Compass[] = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];

export interface GuideState {
  /** Index of the stop being walked to. */
  next: number;
  /** Straight-line metres to it. */
  distance_m: number;
  /** Its direction from the visitor. */
  compass: Compass;
  /** Within ARRIVE_M of it. */
  arrived: boolean;
  /** Metres from the route line. */
  off_m: number;
  /** Further than OFF_ROUTE_M from the route. */
  offRoute: boolean;
  /** The named stretch the visitor is on, and metres left on it. */
  step?: { direction: WalkDirectionView; left_m: number };
  /** The stretch after it. */
  then?: WalkDirectionView;
}

const metres = (a: [number, number], b: [number, number]) => distance(a, b, { units: meters });
const meters = 'meters' as const;

/** The compass point nearest a bearing in degrees (−180…180 or 0…360). */
export function compassOf(deg: number): Compass {
  return COMPASS[Math.round((((deg % 360) + 360) % 360) / 45) % 8];
}

/** Metres along `line` to the point of it nearest `p`, and how far `p` is from the line. */
function onLine(line: [number, number][], p: [number, number]): { along: number; off: number } {
  if (line.length < 2) return { along: 0, off: line.length ? metres(line[0], p) : Infinity };
  const n = nearestPointOnLine(lineString(line), point(p), { units: meters });
  return { along: n.properties.location, off: n.properties.dist };
}

/** Where the visitor is on the way to stop `next` (≥ 1 for a stretch; 0 means walking to the start). */
export function guide(route: GuidedRoute, next: number, here: [number, number]): GuideState {
  const target = route.stops[Math.min(next, route.stops.length - 1)];
  const distance_m = metres(here, target.lonLat);
  const { along, off } = onLine(route.line, here);
  const state: GuideState = {
    next,
    distance_m,
    compass: compassOf(bearing(point(here), point(target.lonLat))),
    arrived: distance_m <= ARRIVE_M,
    off_m: off,
    offRoute: off > OFF_ROUTE_M && distance_m > ARRIVE_M,
  };
  const leg = next >= 1 ? route.legs[next - 1] : undefined;
  if (!leg?.directions.length) return state;
  const legStart = onLine(route.line, route.stops[next - 1].lonLat).along;
  let walked = Math.max(0, along - legStart);
  for (let k = 0; k < leg.directions.length; k++) {
    const d = leg.directions[k];
    if (walked < d.distance_m || k === leg.directions.length - 1) {
      state.step = { direction: d, left_m: Math.max(0, d.distance_m - walked) };
      state.then = leg.directions[k + 1];
      break;
    }
    walked -= d.distance_m;
  }
  return state;
}
