/**
 * The embedded offline basemap: water, hills, rivers and main roads from geodata/basemap.geojson. With the OSM
 * vector tiles (tile-layers.ts) its hills and labels stay and the tiles draw landuse, water and roads; its own
 * water, parks and roads are kept hidden as the fallback the map shows if the tiles cannot be loaded.
 */
import type { FillLayerSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n/lang.ts';
import type { Palette } from '../../theme/palette.ts';
import { LABEL_FONTS } from './fonts.ts';
import { labelExpression } from './label.ts';
import type { TimeView } from '../../history/time-view.ts';
import { modernOpacity } from './time-style.ts';
import { roadLabel } from './road-label.ts';
import { perFeature } from './per-feature.ts';
import { tileLayers } from './tile-layers.ts';

/** Basemap layers that belong to today's city and fade in historical years. */
export const MODERN_LAYERS: [layer: string, property: string][] = [
  ['bm-road-casing', 'line-opacity'],
  ['bm-road', 'line-opacity'],
  ['bm-road-label', 'text-opacity'],
];

export const BASEMAP_SOURCE = 'basemap';

/** The GeoJSON layers the tiles stand in for: hidden while the tiles draw, shown if they fail. */
export const FALLBACK_LAYERS = [
  'bm-park',
  'bm-water',
  'bm-river',
  'bm-road-casing',
  'bm-road',
  'bm-road-label',
];

export function basemapLayers(p: Palette, lang: Lang, time: TimeView, tiles = true): LayerSpecification[] {
  const source = BASEMAP_SOURCE;
  const modern = modernOpacity(time);
  const roadWidth = (base: number): LayerSpecification['paint'] & object => ({
    'line-width': [
      'interpolate',
      ['exponential', 1.6],
      ['zoom'],
      12,
      ['match', ['get', 'rank'], 1, base, 2, base * 0.6, base * 0.35],
      18,
      ['match', ['get', 'rank'], 1, base * 9, 2, base * 6, base * 4],
    ],
  });
  // Per-feature colour and opacity and no antialiased edge, as heritage-fill has: one fill program for all.
  const fill = (colour: string): FillLayerSpecification['paint'] => ({
    'fill-color': perFeature(colour),
    'fill-opacity': perFeature(1),
    'fill-antialias': false,
  });
  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': p.paper } },
    {
      id: 'bm-hill',
      type: 'fill',
      source,
      filter: ['all', ['==', ['get', 'kind'], 'hill'], ['==', ['geometry-type'], 'Polygon']],
      paint: fill(p.hill),
    },
    {
      id: 'bm-park',
      type: 'fill',
      source,
      filter: ['all', ['==', ['get', 'kind'], 'park'], ['==', ['geometry-type'], 'Polygon']],
      paint: fill(p.park),
    },
    {
      id: 'bm-water',
      type: 'fill',
      source,
      filter: ['all', ['==', ['get', 'kind'], 'water'], ['==', ['geometry-type'], 'Polygon']],
      paint: fill(p.water),
    },
    {
      id: 'bm-river',
      type: 'line',
      source,
      filter: [
        'all',
        ['in', ['get', 'kind'], ['literal', ['river', 'water']]],
        ['==', ['geometry-type'], 'LineString'],
      ],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      // Width per feature (like the roads' widths by rank), so rivers and roads share one line program.
      paint: {
        'line-color': p.water,
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          12,
          perFeature(2),
          16,
          perFeature(8),
          18,
          perFeature(16),
        ],
      },
    },
    {
      id: 'bm-road-casing',
      type: 'line',
      source,
      filter: ['all', ['==', ['get', 'kind'], 'road'], ['==', ['geometry-type'], 'LineString']],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': p.roadCasing, 'line-opacity': modern, ...roadWidth(1.6) },
    },
    {
      id: 'bm-road',
      type: 'line',
      source,
      filter: ['all', ['==', ['get', 'kind'], 'road'], ['==', ['geometry-type'], 'LineString']],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': p.road, 'line-opacity': modern, ...roadWidth(1) },
    },
    {
      id: 'bm-road-label',
      type: 'symbol',
      source,
      filter: ['all', ['==', ['get', 'kind'], 'road'], ['==', ['geometry-type'], 'LineString']],
      minzoom: 14,
      ...roadLabel(p, lang, modern),
    },
    {
      id: 'bm-area-label',
      type: 'symbol',
      source,
      filter: [
        'all',
        ['in', ['get', 'kind'], ['literal', ['water', 'hill', 'park']]],
        ['==', ['geometry-type'], 'Polygon'],
      ],
      layout: {
        'text-field': labelExpression(lang),
        'text-font': LABEL_FONTS,
        'text-size': ['match', ['get', 'kind'], 'water', 14, 12],
        'text-letter-spacing': 0.1,
      },
      paint: {
        'text-color': ['match', ['get', 'kind'], 'water', p.waterLabel, '#5b6b3c'],
        'text-halo-color': p.halo,
        'text-halo-width': 1.2,
      },
    },
    {
      id: 'bm-river-label',
      type: 'symbol',
      source,
      filter: ['all', ['==', ['get', 'kind'], 'river'], ['==', ['geometry-type'], 'LineString']],
      minzoom: 13,
      layout: {
        'symbol-placement': 'line',
        'text-field': labelExpression(lang),
        'text-font': LABEL_FONTS,
        'text-size': 12,
        'symbol-spacing': 400,
      },
      paint: { 'text-color': perFeature(p.waterLabel), 'text-halo-color': p.halo, 'text-halo-width': 1.2 },
    },
  ];
  if (!tiles) return layers;
  const hidden = layers.map((l) =>
    FALLBACK_LAYERS.includes(l.id)
      ? ({ ...l, layout: { ...l.layout, visibility: 'none' } } as LayerSpecification)
      : l,
  );
  // Tile fills and roads above the hills and under the fallback; road names under the area and river names.
  const tile = tileLayers(p, lang, time);
  const [fills, labels] = [tile.slice(0, -1), tile.slice(-1)];
  const hill = hidden.findIndex((l) => l.id === 'bm-hill') + 1;
  const label = hidden.findIndex((l) => l.id === 'bm-area-label');
  return [
    ...hidden.slice(0, hill),
    ...fills,
    ...hidden.slice(hill, label),
    ...labels,
    ...hidden.slice(label),
  ];
}
