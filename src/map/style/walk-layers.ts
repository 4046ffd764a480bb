/** The open walk: its route line and numbered stops, drawn above everything else. */
import type { LayerSpecification } from 'maplibre-gl';
import { SONG_PALETTE, type Palette } from '../../theme/palette.ts';
import { LABEL_FONTS } from './fonts.ts';
import { perFeature } from './per-feature.ts';

export const WALK_SOURCE = 'walk';
export const WALK_COLOUR = SONG_PALETTE.ui.vermilion;

export function walkLayers(p: Palette): LayerSpecification[] {
  const source = WALK_SOURCE;
  return [
    {
      id: 'walk-casing',
      type: 'line',
      source,
      filter: ['==', ['geometry-type'], 'LineString'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      // Widths per feature and the number's colour too: the walk then reuses the basemap's line and label programs.
      paint: {
        'line-color': p.halo,
        'line-width': ['interpolate', ['linear'], ['zoom'], 13, perFeature(6), 17, perFeature(11)],
      },
    },
    {
      id: 'walk-line',
      type: 'line',
      source,
      filter: ['==', ['geometry-type'], 'LineString'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': WALK_COLOUR,
        'line-width': ['interpolate', ['linear'], ['zoom'], 13, perFeature(3), 17, perFeature(6)],
      },
    },
    {
      id: 'walk-stop',
      type: 'circle',
      source,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 11,
        'circle-color': WALK_COLOUR,
        'circle-stroke-color': p.halo,
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'walk-stop-number',
      type: 'symbol',
      source,
      filter: ['==', ['geometry-type'], 'Point'],
      layout: {
        'text-field': ['to-string', ['get', 'n']],
        'text-font': LABEL_FONTS,
        'text-size': 13,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': perFeature('#ffffff') },
    },
  ];
}

export interface WalkShape {
  line: [number, number][];
  stops: { id: string; lonLat: [number, number] }[];
}

export function walkData(walk: WalkShape | undefined): GeoJSON.FeatureCollection {
  if (!walk) return { type: 'FeatureCollection', features: [] };
  return {
    type: 'FeatureCollection',
    features: [
      ...(walk.line.length > 1
        ? [
            {
              type: 'Feature' as const,
              properties: {},
              geometry: { type: 'LineString' as const, coordinates: walk.line },
            },
          ]
        : []),
      ...walk.stops.map((s, i) => ({
        type: 'Feature' as const,
        properties: { n: i + 1, id: s.id },
        geometry: { type: 'Point' as const, coordinates: s.lonLat },
      })),
    ],
  };
}
