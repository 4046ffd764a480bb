/**
 * Venues: the places of geodata/layers/ reduced to what listings need (names, one position, layer).
 * A line is placed at its middle vertex and an area at its centroid.
 */
import { centroid } from '@turf/turf';
import type { PlaceFeature, Position } from '../data/schema.ts';

export interface Venue {
  id: string;
  name_zh: string;
  name_en: string;
  /** WGS84 [lon, lat]. */
  position: Position;
  /** The layer (`area`) the place belongs to. */
  area: string;
}

export function venueFromPlace(f: PlaceFeature): Venue {
  const g = f.geometry;
  const position: Position =
    g.type === 'Point'
      ? g.coordinates
      : g.type === 'LineString'
        ? g.coordinates[Math.floor(g.coordinates.length / 2)]
        : (centroid({ type: 'Polygon', coordinates: g.coordinates }).geometry.coordinates as Position);
  const p = f.properties;
  return { id: p.id, name_zh: p.name_zh, name_en: p.name_en, position, area: p.area };
}

export const venuesFromPlaces = (features: readonly PlaceFeature[]): Venue[] => features.map(venueFromPlace);
