/**
 * The default layer (`area`) for a venue that is not a heritage place: the heritage area whose outline
 * contains it, otherwise the layer of the nearest place of today's city. Song-era reconstructions
 * (`song-city`) are left out of "nearest": a bookshop beside a vanished city wall is not in that layer.
 * The admin may choose another layer; this is only the suggestion.
 */
import { booleanPointInPolygon, distance, pointToLineDistance } from '@turf/turf';
import type { AreaId } from '../data/areas.ts';
import type { PlaceFeature, Position } from '../data/schema.ts';

function metresTo(p: Position, f: PlaceFeature): number {
  const g = f.geometry;
  if (g.type === 'Point') return distance(p, g.coordinates, { units: 'meters' });
  if (g.type === 'LineString')
    return pointToLineDistance(p, { type: 'LineString', coordinates: g.coordinates }, { units: 'meters' });
  const polygon = { type: 'Polygon' as const, coordinates: g.coordinates };
  if (booleanPointInPolygon(p, polygon)) return 0;
  return pointToLineDistance(p, { type: 'LineString', coordinates: g.coordinates[0] }, { units: 'meters' });
}

export function areaAt(position: Position, places: readonly PlaceFeature[]): AreaId {
  const outline = places.find(
    (f) =>
      f.properties.kind === 'area' &&
      f.geometry.type === 'Polygon' &&
      booleanPointInPolygon(position, { type: 'Polygon', coordinates: f.geometry.coordinates }),
  );
  if (outline) return outline.properties.area;
  let best: { area: AreaId; d: number } = { area: 'around', d: Infinity };
  for (const f of places) {
    if (f.properties.area === 'song-city') continue;
    const d = metresTo(position, f);
    if (d < best.d) best = { area: f.properties.area, d };
  }
  return best.area;
}
