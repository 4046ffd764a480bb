/**
 * The route editor's model, with no map in it: a route as vertices and a minute per vertex (or none), the
 * edits a person makes by hand (append, insert, move, delete, clear) with an undo history, its length and
 * walking time, and "follow the lanes" over the app's own walking network (src/walks, the same router the
 * walk planner uses).
 *
 * Contract on times: `times[i]` belongs to vertex i and travels with it. A new vertex gets `null` (unknown;
 * the tourist map fills it in proportion to distance), a deleted vertex takes its time with it, a moved
 * vertex keeps it. None of these can make known times decrease or change their count, so an edit never
 * turns a valid `times_min` into an invalid one.
 */
import type { Route } from './schema.ts';
import type { Graph } from '../walks/graph.ts';
import { metresPerDegree, planarMetres } from '../data/distance.ts';
import { SPEED_M_PER_MIN } from '../walks/pace.ts';
import { edgeFilter, pathCoordinates, shortestPath, snapFor } from '../walks/route.ts';

export type Position = [number, number];

export interface RouteShape {
  readonly coordinates: readonly Position[];
  /** Same length as `coordinates`: minutes after the start, or null where unknown. */
  readonly times: readonly (number | null)[];
}

/** The schema's limit (src/listings/schema.ts RouteSchema). */
export const MAX_VERTICES = 200;
/** Undo steps kept. */
const HISTORY = 100;
/** A tap farther than this from any lane is not snapped to one. */
const SNAP_MAX_M = 60;

export const EMPTY_SHAPE: RouteShape = { coordinates: [], times: [] };

/** Degrees rounded to 6 decimals (about 0.1 m): what a tap can mean, and what the text shows. */
export function roundPosition([lon, lat]: Position): Position {
  return [Number(lon.toFixed(6)), Number(lat.toFixed(6))];
}

export function shapeOf(route: Route | undefined): RouteShape {
  if (!route) return EMPTY_SHAPE;
  const coordinates = route.coordinates.map((p) => [p[0], p[1]] as Position);
  return { coordinates, times: coordinates.map((_, i) => route.times_min?.[i] ?? null) };
}

/** The GeoJSON route; `times_min` only when at least one time is known. */
export function routeOf(shape: RouteShape): Route {
  const route: Route = { type: 'LineString', coordinates: shape.coordinates.map((p) => [p[0], p[1]]) };
  if (shape.times.some((t) => t !== null)) route.times_min = [...shape.times];
  return route;
}

export function sameShape(a: RouteShape, b: RouteShape): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether another `count` vertices still fit under MAX_VERTICES. */
export function hasRoomFor(shape: RouteShape, count = 1): boolean {
  return shape.coordinates.length + count <= MAX_VERTICES;
}

export function appendVertex(shape: RouteShape, p: Position): RouteShape {
  return insertVertex(shape, shape.coordinates.length, p);
}

/** Appends several vertices at once (a segment along the lanes), each with an unknown time. */
export function appendVertices(shape: RouteShape, ps: readonly Position[]): RouteShape {
  return {
    coordinates: [...shape.coordinates, ...ps.map(roundPosition)],
    times: [...shape.times, ...ps.map(() => null)],
  };
}

/** Puts a new vertex at index `i` (0 … length), e.g. at a segment's midpoint: it becomes vertex i. */
export function insertVertex(shape: RouteShape, i: number, p: Position): RouteShape {
  const coordinates = [...shape.coordinates];
  const times = [...shape.times];
  coordinates.splice(i, 0, roundPosition(p));
  times.splice(i, 0, null);
  return { coordinates, times };
}

export function moveVertex(shape: RouteShape, i: number, p: Position): RouteShape {
  return {
    coordinates: shape.coordinates.map((q, j) => (j === i ? roundPosition(p) : q)),
    times: shape.times,
  };
}

export function deleteVertex(shape: RouteShape, i: number): RouteShape {
  return {
    coordinates: shape.coordinates.filter((_, j) => j !== i),
    times: shape.times.filter((_, j) => j !== i),
  };
}

/** Sets (or, with null, forgets) the minute of one vertex. */
export function setTime(shape: RouteShape, i: number, minutes: number | null): RouteShape {
  return { coordinates: shape.coordinates, times: shape.times.map((t, j) => (j === i ? minutes : t)) };
}

/** Indices of vertices whose known time is earlier than a known time before them (the schema refuses). */
export function timesOutOfOrder(shape: RouteShape): number[] {
  const out: number[] = [];
  let latest = -Infinity;
  shape.times.forEach((t, i) => {
    if (t === null) return;
    if (t < latest) out.push(i);
    else latest = t;
  });
  return out;
}

/** The midpoint of segment i (between vertex i and i + 1). */
export function midpoint(shape: RouteShape, i: number): Position {
  const [a, b] = [shape.coordinates[i], shape.coordinates[i + 1]];
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

/** Length in metres along the vertices (planar; within 0.01 % of great-circle distance at this size). */
export function lengthMetres(coordinates: readonly Position[]): number {
  if (coordinates.length < 2) return 0;
  const k = metresPerDegree(coordinates[0][1]);
  let sum = 0;
  for (let i = 1; i < coordinates.length; i++)
    sum += planarMetres(...coordinates[i - 1], ...coordinates[i], k);
  return sum;
}

/** Minutes an adult needs to walk `metres` at the planner's standard pace (src/walks/pace.ts). */
export function walkingMinutes(metres: number): number {
  return metres / SPEED_M_PER_MIN.standard;
}

/** The point of the walking network nearest `p`, or undefined when no lane is within SNAP_MAX_M. */
export function laneNear(graph: Graph, p: Position): Position | undefined {
  const snap = snapFor(graph, p, 'standard');
  return snap && snap.distance <= SNAP_MAX_M ? roundPosition(snap.point) : undefined;
}

/**
 * The vertices to append so the route goes from its last vertex to `p` along the walking network: the
 * lanes' own vertices, ending at the point of the network nearest `p`. Undefined when either end is farther
 * than SNAP_MAX_M from any lane or no path joins them (then a straight segment is the honest answer).
 */
export function lanePath(graph: Graph, from: Position, p: Position): Position[] | undefined {
  const accept = edgeFilter(graph, 'standard');
  const a = snapFor(graph, from, 'standard');
  const b = snapFor(graph, p, 'standard');
  if (!a || !b || a.distance > SNAP_MAX_M || b.distance > SNAP_MAX_M) return undefined;
  const path = shortestPath(graph, a, b, accept);
  if (!path) return undefined;
  const points = pathCoordinates(graph, path).map(roundPosition);
  // The route already ends at `from`; its snapped copy on the lane would be a zig-zag of a few metres.
  const first = points[0];
  if (first && planarMetres(...first, ...from, graph.k) < 1) points.shift();
  if (!points.length) points.push(roundPosition(b.point));
  return points;
}

/** An undo history: the shapes before the present one, newest last. */
export interface History {
  readonly past: readonly RouteShape[];
  readonly present: RouteShape;
}

export function startHistory(present: RouteShape): History {
  return { past: [], present };
}

/** Makes `next` the present; an edit that changes nothing leaves no undo step. */
export function commit(h: History, next: RouteShape): History {
  if (sameShape(h.present, next)) return h;
  return { past: [...h.past, h.present].slice(-HISTORY), present: next };
}

export function undo(h: History): History {
  if (!h.past.length) return h;
  return { past: h.past.slice(0, -1), present: h.past[h.past.length - 1] };
}

/**
 * The map view (MapLibre's 512 px tiles) that shows every position inside a `width` × `height` px map with
 * `padding` px to spare, at most zoom 17. Web Mercator, so it matches what fitBounds would choose.
 */
export function viewOf(
  coordinates: readonly Position[],
  width: number,
  height: number,
  padding = 24,
): { center: Position; zoom: number } {
  const x = (lon: number) => (lon + 180) / 360;
  const y = (lat: number) => {
    const s = Math.sin((lat * Math.PI) / 180);
    return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  };
  const xs = coordinates.map((p) => x(p[0]));
  const ys = coordinates.map((p) => y(p[1]));
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const fit = (px: number, span: number) =>
    span > 0 ? Math.log2(Math.max(px - 2 * padding, 1) / (512 * span)) : 17;
  const zoom = Math.min(17, fit(width, x1 - x0), fit(height, y1 - y0));
  const cy = (y0 + y1) / 2;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * cy))) * 180) / Math.PI;
  return { center: [((x0 + x1) / 2) * 360 - 180, lat], zoom };
}
