/**
 * Which places directions may name at a turn ("at the Drum Tower, turn left"): standing things a walker can
 * see and recognise. Left out: Song-era reconstructions (nothing stands there), points whose position is
 * low confidence (the turn would be named at the wrong corner), streets and lanes (directions already name
 * the way), whole hills and areas, and metro stations
 * (their mapped point is a concourse, not an entrance on the street).
 */
import type { PlaceFeature } from '../data/schema.ts';
import type { Landmark } from './plan.ts';

const NOT_LANDMARKS = new Set(['area', 'street', 'lane', 'hill', 'metro']);

/** A place's name as said in directions: without the bracketed gloss ("杭州南宋官窑博物馆（郊坛下…）"). */
const short = (name: string) => name.replace(/\s*[（(].*$/, '').trim() || name;

export function landmarksOf(places: readonly PlaceFeature[]): Landmark[] {
  const out: Landmark[] = [];
  for (const f of places) {
    const p = f.properties;
    if (f.geometry.type !== 'Point' || p.reconstruction || p.confidence === 'low') continue;
    if (NOT_LANDMARKS.has(p.kind)) continue;
    out.push({
      id: p.id,
      name_zh: short(p.name_zh),
      name_en: short(p.name_en),
      lonLat: f.geometry.coordinates,
    });
  }
  return out;
}
