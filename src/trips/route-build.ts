/**
 * Turns places in walking order into a Route for the schedule: legs along the walking network (group or
 * step-free profile) with the narrow-lane stretches of each leg. Unreachable legs are reported, not guessed.
 */
import type { Graph } from '../walks/graph.ts';
import { edgeFilter, pathCoordinates, shortestPath, snapFor, type Profile } from '../walks/route.ts';
import { NARROW_EDGE_KIND } from './narrow.ts';
import type { LaneSpan, Route, RouteLeg, RouteStop } from './schedule.ts';

export interface StopPoint extends RouteStop {
  lonLat: [number, number];
}

export interface BuiltLeg extends RouteLeg {
  coordinates: [number, number][];
}

export interface BuiltRoute extends Route {
  legs: BuiltLeg[];
  /** Pairs of stop ids with no path between them under the profile. */
  unreachable: [string, string][];
}

export class TripRouter {
  private readonly cache = new Map<string, BuiltLeg | undefined>();
  constructor(
    private readonly g: Graph,
    private readonly profile: Profile,
  ) {}

  leg(a: StopPoint, b: StopPoint): BuiltLeg | undefined {
    const key = `${a.id}>${b.id}`;
    if (this.cache.has(key)) return this.cache.get(key);
    const sa = snapFor(this.g, a.lonLat, this.profile);
    const sb = snapFor(this.g, b.lonLat, this.profile);
    const path = sa && sb ? shortestPath(this.g, sa, sb, edgeFilter(this.g, this.profile)) : undefined;
    let out: BuiltLeg | undefined;
    if (path) {
      const lanes: LaneSpan[] = [];
      let at = 0;
      for (const p of path.pieces) {
        const d = Math.abs(p.end - p.start);
        if (this.g.props[p.edge].kind === NARROW_EDGE_KIND && d > 0) {
          const key = `lane:${this.g.props[p.edge].id}`;
          const last = lanes[lanes.length - 1];
          if (last?.key === key && Math.abs(last.to - at) < 1e-6) last.to = at + d;
          else lanes.push({ key, from: at, to: at + d });
        }
        at += d;
      }
      out = { distance: path.distance, lanes, coordinates: pathCoordinates(this.g, path) };
    } else if (a.id === b.id) {
      out = { distance: 0, lanes: [], coordinates: [a.lonLat] };
    }
    this.cache.set(key, out);
    return out;
  }

  route(stops: StopPoint[]): BuiltRoute {
    const legs: BuiltLeg[] = [];
    const unreachable: [string, string][] = [];
    for (let i = 1; i < stops.length; i++) {
      const l = this.leg(stops[i - 1], stops[i]);
      if (!l) unreachable.push([stops[i - 1].id, stops[i].id]);
      legs.push(l ?? { distance: 0, lanes: [], coordinates: [] });
    }
    return { stops, legs, unreachable };
  }
}
