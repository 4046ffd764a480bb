/**
 * Turns validated geodata files into what the browser loads: one collection per source, coordinates rounded to
 * 6 decimals (≈0.1 m), features in a stable order so builds are reproducible.
 */
import type { Feature, FeatureCollection, Geometry } from './schema.ts';

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
