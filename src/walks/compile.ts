/**
 * Curated walks, computed at build time: their lines come from the routing engine, never drawn by hand.
 * Output is `data/walks.geojson`, one LineString per walk.
 */
import { along, centroid, length } from '@turf/turf';
import type { PlaceFeature, WalkDefinition } from '../data/schema.ts';
import type { Graph } from './graph.ts';
import { planWalk, type Side, type Stop, type Turn, type WalkPlan } from './plan.ts';
import { landmarksOf } from './landmarks.ts';

/** Where a walk visits a place: a point as it is, a line at its middle, an area at its centroid. */
export function visitPoint(f: PlaceFeature): [number, number] {
  const g = f.geometry;
  if (g.type === 'Point') return g.coordinates;
  if (g.type === 'LineString') {
    const line = {
      type: 'Feature' as const,
      properties: {},
      geometry: { type: 'LineString' as const, coordinates: g.coordinates },
    };
    return along(line, length(line) / 2).geometry.coordinates as [number, number];
  }
  return centroid({ type: 'Polygon', coordinates: g.coordinates }).geometry.coordinates as [number, number];
}

export interface WalkFeatureProperties {
  id: string;
  name_zh: string;
  name_en: string;
  theme_zh: string;
  theme_en: string;
  summary_zh: string;
  summary_en: string;
  profile: WalkPlan['profile'];
  distance_m: number;
  duration_min: number;
  /** Place ids, in walking order. */
  stops: string[];
  step_free: boolean;
  stepped_sections: number;
  stop_texts: { place: string; text_zh: string; text_en: string; dwell_min: number }[];
  legs: {
    from: string;
    to: string;
    distance_m: number;
    minutes: number;
    directions: {
      name_zh: string;
      name_en: string;
      distance_m: number;
      steps: boolean;
      turn?: Turn;
      flights?: number;
      at?: { name_zh: string; name_en: string };
    }[];
    arrival?: Side;
  }[];
}

export interface WalkFeature {
  type: 'Feature';
  geometry: { type: 'LineString'; coordinates: [number, number][] };
  properties: WalkFeatureProperties;
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const r6 = (n: number) => Math.round(n * 1e6) / 1e6;

export function compileWalk(g: Graph, walk: WalkDefinition, places: Map<string, PlaceFeature>): WalkFeature {
  const stops: Stop[] = walk.stops.map((s) => ({
    id: s.place,
    lonLat: visitPoint(places.get(s.place)!),
    dwell: s.dwell,
  }));
  const plan = planWalk(g, stops, walk.profile, landmarksOf([...places.values()]));
  const coordinates: [number, number][] = [];
  for (const leg of plan.legs) {
    for (const p of leg.coordinates) {
      const q: [number, number] = [r6(p[0]), r6(p[1])];
      const last = coordinates[coordinates.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) coordinates.push(q);
    }
  }
  return {
    type: 'Feature',
    geometry: { type: 'LineString', coordinates },
    properties: {
      id: walk.id,
      name_zh: walk.name_zh,
      name_en: walk.name_en,
      theme_zh: walk.theme_zh,
      theme_en: walk.theme_en,
      summary_zh: walk.summary_zh,
      summary_en: walk.summary_en,
      profile: walk.profile,
      distance_m: Math.round(plan.distance),
      duration_min: Math.round(plan.minutes),
      stops: walk.stops.map((s) => s.place),
      step_free: plan.stepFree,
      stepped_sections: plan.steppedSections,
      stop_texts: walk.stops.map((s, i) => ({
        place: s.place,
        text_zh: s.text_zh,
        text_en: s.text_en,
        dwell_min: plan.stops[i].dwell ?? 0,
      })),
      legs: plan.legs.map((l) => ({
        from: l.from,
        to: l.to,
        distance_m: Math.round(l.distance),
        minutes: r1(l.minutes),
        directions: l.directions.map(({ name_zh, name_en, distance, steps, turn, flights, at }) => ({
          name_zh,
          name_en,
          distance_m: Math.round(distance),
          steps,
          turn,
          flights,
          at,
        })),
        arrival: l.arrival,
      })),
    },
  };
}
