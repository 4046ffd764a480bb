/**
 * What the walk panel and the map show of a walk, whether curated (compiled at build time) or built by the
 * visitor (planned in the browser). Plain data: components render it, they never compute routes.
 */
import type { Profile } from './route.ts';
import type { Tour } from './order.ts';
import type { Side, Turn } from './plan.ts';
import type { WalkFeature } from './compile.ts';

export interface WalkStopView {
  id: string;
  name_zh: string;
  name_en: string;
  lonLat: [number, number];
  text_zh?: string;
  text_en?: string;
  dwell_min: number;
}

export interface WalkDirectionView {
  name_zh: string;
  name_en: string;
  distance_m: number;
  steps: boolean;
  /** How this direction turns from the one before (none for a leg's first). */
  turn?: Turn;
  /** Steps only: how many flights. */
  flights?: number;
  /** The landmark the turn is made at. */
  at?: { name_zh: string; name_en: string };
}

export interface WalkLegView {
  distance_m: number;
  minutes: number;
  directions: WalkDirectionView[];
  /** Which side the next stop is on as the visitor arrives. */
  arrival?: Side;
}

export interface WalkView {
  /** Set for a curated walk; a visitor's own walk has none. */
  id?: string;
  name_zh: string;
  name_en: string;
  summary_zh?: string;
  summary_en?: string;
  profile: Profile;
  tour: Tour;
  stops: WalkStopView[];
  /** legs[i] leads from stops[i] to stops[i + 1]. */
  legs: WalkLegView[];
  distance_m: number;
  walk_min: number;
  duration_min: number;
  stepped_sections: number;
  step_free: boolean;
  /** Stop ids that cannot be reached on this profile. */
  unreachable: string[];
  line: [number, number][];
}

export type WalkCollection = { type: 'FeatureCollection'; features: WalkFeature[] };

/** A curated walk as the panel shows it. */
export function curatedWalkView(
  f: WalkFeature,
  place: (id: string) => { name_zh: string; name_en: string; lonLat: [number, number] } | undefined,
): WalkView {
  const p = f.properties;
  const walkMinutes = p.legs.reduce((s, l) => s + l.minutes, 0);
  return {
    id: p.id,
    name_zh: p.name_zh,
    name_en: p.name_en,
    summary_zh: p.summary_zh,
    summary_en: p.summary_en,
    profile: p.profile,
    tour: 'open',
    stops: p.stop_texts.map((s) => {
      const at = place(s.place);
      return {
        id: s.place,
        name_zh: at?.name_zh ?? s.place,
        name_en: at?.name_en ?? s.place,
        lonLat: at?.lonLat ?? f.geometry.coordinates[0],
        text_zh: s.text_zh,
        text_en: s.text_en,
        dwell_min: s.dwell_min,
      };
    }),
    legs: p.legs.map((l) => ({
      distance_m: l.distance_m,
      minutes: l.minutes,
      directions: l.directions,
      arrival: l.arrival,
    })),
    distance_m: p.distance_m,
    walk_min: Math.round(walkMinutes),
    duration_min: p.duration_min,
    stepped_sections: p.stepped_sections,
    step_free: p.step_free,
    unreachable: [],
    line: f.geometry.coordinates,
  };
}
