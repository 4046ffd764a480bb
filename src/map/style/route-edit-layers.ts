/**
 * The route being drawn in the organizer's route editor: the line, a hollow handle at the middle of each
 * segment long enough on screen to grab, and numbered vertices, the selected one ringed. Added to a map
 * that already has the basemap and heritage layers, above everything else.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { Palette } from '../../theme/palette.ts';
import { LABEL_FONTS } from './fonts.ts';
import { WALK_COLOUR } from './walk-layers.ts';

export const ROUTE_EDIT_SOURCE = 'route-edit';

export interface RouteEditFeatures {
  coordinates: readonly [number, number][];
  /** Segments whose midpoint handle is shown (long enough on screen to be told from the vertices). */
  midpoints: readonly { segment: number; at: [number, number] }[];
  selected: number | undefined;
}

export function routeEditData(f: RouteEditFeatures): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = [];
  if (f.coordinates.length > 1)
    features.push({
      type: 'Feature',
      properties: { kind: 'line' },
      geometry: { type: 'LineString', coordinates: f.coordinates.map((p) => [...p]) },
    });
  for (const m of f.midpoints)
    features.push({
      type: 'Feature',
      properties: { kind: 'mid', segment: m.segment },
      geometry: { type: 'Point', coordinates: m.at },
    });
  f.coordinates.forEach((p, i) =>
    features.push({
      type: 'Feature',
      properties: { kind: 'vertex', n: i + 1, selected: i === f.selected },
      geometry: { type: 'Point', coordinates: [...p] },
    }),
  );
  return { type: 'FeatureCollection', features };
}

export function routeEditLayers(p: Palette): LayerSpecification[] {
  const source = ROUTE_EDIT_SOURCE;
  const kind = (k: string) => ['==', ['get', 'kind'], k] as ['==', ['get', string], string];
  return [
    {
      id: 'route-edit-casing',
      type: 'line',
      source,
      filter: kind('line'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': p.halo, 'line-width': 8 },
    },
    {
      id: 'route-edit-line',
      type: 'line',
      source,
      filter: kind('line'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': WALK_COLOUR, 'line-width': 4 },
    },
    {
      id: 'route-edit-mid',
      type: 'circle',
      source,
      filter: kind('mid'),
      paint: {
        'circle-radius': 6,
        'circle-color': p.halo,
        'circle-stroke-color': WALK_COLOUR,
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'route-edit-selected',
      type: 'circle',
      source,
      filter: ['all', kind('vertex'), ['==', ['get', 'selected'], true]],
      paint: {
        'circle-radius': 17,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': p.ink,
        'circle-stroke-width': 3,
      },
    },
    {
      id: 'route-edit-vertex',
      type: 'circle',
      source,
      filter: kind('vertex'),
      paint: {
        'circle-radius': 11,
        'circle-color': WALK_COLOUR,
        'circle-stroke-color': p.halo,
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'route-edit-number',
      type: 'symbol',
      source,
      filter: kind('vertex'),
      layout: {
        'text-field': ['to-string', ['get', 'n']],
        'text-font': LABEL_FONTS,
        'text-size': 12,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
  ];
}
