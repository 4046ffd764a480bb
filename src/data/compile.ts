/**
 * Turns validated geodata files into what the browser loads: one collection per source, coordinates rounded to
 * 6 decimals (≈0.1 m), features in a stable order so builds are reproducible.
 */
import type { Feature, FeatureCollection, Geometry, PlaceProperties, VisitTimes } from './schema.ts';

const round = (n: number) => Math.round(n * 1e6) / 1e6;

function roundGeometry(g: Geometry): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: [round(g.coordinates[0]), round(g.coordinates[1])] };
    case 'LineString':
      return { type: 'LineString', coordinates: g.coordinates.map(([x, y]) => [round(x), round(y)]) };
    case 'Polygon':
      return {
        type: 'Polygon',
        coordinates: g.coordinates.map((r) => r.map(([x, y]) => [round(x), round(y)])),
      };
  }
}

export function compileCollection<P extends { id: string }>(
  collections: FeatureCollection<P>[],
): FeatureCollection<P> {
  const features: Feature<P>[] = collections
    .flatMap((c) => c.features)
    .map((f) => ({
      type: 'Feature' as const,
      geometry: roundGeometry(f.geometry),
      properties: f.properties,
    }));
  return { type: 'FeatureCollection', features };
}

/**
 * Gives every place its usual visit (`visit_min`, `visit_basis`): its own where the data has one, else its
 * kind's from geodata/visit-times.json. The app reads only the place's fields.
 */
export function withVisitTimes(
  places: FeatureCollection<PlaceProperties>,
  times: VisitTimes,
): FeatureCollection<PlaceProperties> {
  return {
    ...places,
    features: places.features.map((f) => {
      if (f.properties.visit_min) return f;
      const k = times.kinds[f.properties.kind];
      return { ...f, properties: { ...f.properties, visit_min: k.visit_min, visit_basis: k.basis } };
    }),
  };
}
