/**
 * The OpenStreetMap vector basemap (public/tiles, built by scripts/basemap/build-basemap.ts): landuse, water at
 * its true shore, every road with its name and the metro lines. Drawn under the Song layers in the paper-and-celadon palette, pale
 * enough that the heritage areas stay the focus. Its fills, lines and labels are written like the GeoJSON
 * basemap's (per-feature colours, no antialiased fill edge) so they share those layers' shader programs.
 */
import type {
  FillLayerSpecification,
  FilterSpecification,
  LayerSpecification,
  VectorSourceSpecification,
} from 'maplibre-gl';
import type { Lang } from '../../i18n/lang.ts';
import type { Palette } from '../../theme/palette.ts';
import type { TimeView } from '../../history/time-view.ts';
import { OSM_ATTRIBUTION, OSM_COPYRIGHT_URL } from '../../data/licence.ts';
import { modernOpacity } from './time-style.ts';
import { roadLabel } from './road-label.ts';
import { perFeature } from './per-feature.ts';

export const TILES_SOURCE = 'osm';
/** What the tiles cover and at which zooms (public/tiles/manifest.json); MapLibre over-zooms past 16. */
export const TILES_BOUNDS: [number, number, number, number] = [120.134, 30.209, 120.222, 30.282];
export const TILES_MIN_ZOOM = 12;
export const TILES_MAX_ZOOM = 16;

/** Tile layers that belong to today's city and fade in historical years (like the GeoJSON roads). */
export const MODERN_TILE_LAYERS: [layer: string, property: string][] = [
  ['bm-tile-road-casing', 'line-opacity'],
  ['bm-tile-road', 'line-opacity'],
  ['bm-tile-railway', 'line-opacity'],
  ['bm-tile-road-label', 'text-opacity'],
];

/**
 * The tile URL template for a page at `base` (document.baseURI). MapLibre needs it absolute; it is joined as a
 * string because the URL constructor would percent-encode the braces of {z}/{x}/{y}.
 */
export function tileUrl(base: string): string {
  const path = base.split('#')[0].split('?')[0];
  return `${path.slice(0, path.lastIndexOf('/') + 1)}tiles/{z}/{x}/{y}.pbf`;
}

export function tileSource(url: string, attribution: string): VectorSourceSpecification {
  return {
    type: 'vector',
    tiles: [url],
    bounds: TILES_BOUNDS,
    minzoom: TILES_MIN_ZOOM,
    maxzoom: TILES_MAX_ZOOM,
    // The ODbL credit is the tiles' own, whatever the page passes.
    attribution:
      attribution || `<a href="${OSM_COPYRIGHT_URL}" target="_blank" rel="noopener">${OSM_ATTRIBUTION}</a>`,
  };
}

export function tileLayers(p: Palette, lang: Lang, time: TimeView): LayerSpecification[] {
  const source = TILES_SOURCE;
  const modern = modernOpacity(time);
  const fill = (colour: FillLayerSpecification['paint'] & object): FillLayerSpecification['paint'] => ({
    ...colour,
    'fill-opacity': perFeature(1),
    'fill-antialias': false,
  });
  // Ranks 1–4: main roads, through streets, residential and service, footways and steps.
  const roadWidth = (base: number): LayerSpecification['paint'] & object => ({
    'line-width': [
      'interpolate',
      ['exponential', 1.6],
      ['zoom'],
      12,
      ['match', ['get', 'rank'], 1, base, 2, base * 0.6, 3, base * 0.35, base * 0.2],
      18,
      ['match', ['get', 'rank'], 1, base * 9, 2, base * 6, 3, base * 4, base * 2],
    ],
  });
  // Tunnels (西湖隧道 under the lake, 万松岭隧道 under the hill) are not drawn over what lies above them.
  const roads: FilterSpecification = ['!', ['has', 'tunnel']];
  return [
    {
      id: 'bm-tile-landuse',
      type: 'fill',
      source,
      'source-layer': 'landuse',
      paint: fill({
        'fill-color': ['match', ['get', 'kind'], ['forest', 'farm', 'cemetery', 'closed'], p.hill, p.park],
      }),
    },
    {
      id: 'bm-tile-water',
      type: 'fill',
      source,
      'source-layer': 'water',
      paint: fill({ 'fill-color': perFeature(p.water) }),
    },
    {
      id: 'bm-tile-road-casing',
      type: 'line',
      source,
      'source-layer': 'roads',
      filter: roads,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': p.roadCasing, 'line-opacity': modern, ...roadWidth(1.6) },
    },
    {
      id: 'bm-tile-road',
      type: 'line',
      source,
      'source-layer': 'roads',
      filter: roads,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': p.road, 'line-opacity': modern, ...roadWidth(1) },
    },
    // Metro lines run in tunnels under the streets; a thin line over the roads, as city maps draw them, with the
    // same program as the roads (constant colour and opacity, width by zoom written per feature like theirs).
    {
      id: 'bm-tile-railway',
      type: 'line',
      source,
      'source-layer': 'railway',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': p.rail,
        'line-opacity': modern,
        'line-width': ['interpolate', ['linear'], ['zoom'], 12, perFeature(0.8), 18, perFeature(2.4)],
      },
    },
    {
      id: 'bm-tile-road-label',
      type: 'symbol',
      source,
      'source-layer': 'roads',
      filter: ['all', roads, ['has', 'name_zh']],
      minzoom: 14,
      ...roadLabel(p, lang, modern),
    },
  ];
}
