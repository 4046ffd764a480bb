/**
 * The four heritage areas, drawn from one source with the area colour chosen per feature. Visibility of an
 * area is a filter, so showing or hiding one is a `setFilter`, never a style rebuild.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { AREA_IDS, type AreaId } from '../../data/areas.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { Palette } from '../../theme/palette.ts';
import type { TimeView } from '../../history/time-view.ts';
import { featureOpacity, timeClause } from './time-style.ts';
import { LABEL_FONTS } from './fonts.ts';
import { labelExpression } from './label.ts';
import { perFeature } from './per-feature.ts';

export const HERITAGE_SOURCE = 'heritage';
/** Layers a tap or click selects from. */
export const POINT_LAYER = 'heritage-point';

const isPolygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
const isSchematic: ExpressionSpecification = ['==', ['get', 'geometry_method'], 'schematic'];

function areaColour(p: Palette): ExpressionSpecification {
  const pairs = AREA_IDS.flatMap((a) => [a, p.area[a]]);
  return ['match', ['get', 'area'], ...pairs, p.ink] as unknown as ExpressionSpecification;
}

/** Each heritage layer's own filter, before the visible-areas clause is added. */
export const BASE_FILTERS: Record<string, ExpressionSpecification> = {
  'heritage-fill': isPolygon,
  'heritage-outline': ['all', isPolygon, ['!', isSchematic]],
  'heritage-outline-schematic': ['all', isPolygon, isSchematic],
  'heritage-line': ['all', isLine, ['!', isSchematic]],
  'heritage-line-schematic': ['all', isLine, isSchematic],
  'heritage-area-label': isPolygon,
  'heritage-line-label': isLine,
  [POINT_LAYER]: isPoint,
  'heritage-point-label': isPoint,
};

export function visibleFilter(
  layerId: string,
  visible: readonly AreaId[],
  time: TimeView,
): FilterSpecification {
  return ['all', BASE_FILTERS[layerId], ['in', ['get', 'area'], ['literal', [...visible]]], timeClause(time)];
}

/** Each heritage layer's opacity properties and their base values, scaled by the time view. */
export const OPACITY: Record<string, [property: string, base: number][]> = {
  'heritage-fill': [['fill-opacity', 0.12]],
  'heritage-outline': [['line-opacity', 0.85]],
  'heritage-outline-schematic': [['line-opacity', 0.85]],
  'heritage-line': [['line-opacity', 1]],
  'heritage-line-schematic': [['line-opacity', 1]],
  'heritage-area-label': [['text-opacity', 0.9]],
  'heritage-line-label': [['text-opacity', 1]],
  [POINT_LAYER]: [
    ['circle-opacity', 1],
    ['circle-stroke-opacity', 1],
  ],
  'heritage-point-label': [['text-opacity', 1]],
};

function opacity(layerId: string, time: TimeView) {
  return Object.fromEntries(OPACITY[layerId].map(([prop, base]) => [prop, featureOpacity(time, base)]));
}

export const SELECTED_LAYER = 'heritage-selected';

export function selectedFilter(id: string | undefined): FilterSpecification {
  return ['all', isPoint, ['==', ['get', 'id'], id ?? '']];
}

export function heritageLayers(
  p: Palette,
  lang: Lang,
  visible: readonly AreaId[],
  time: TimeView,
): LayerSpecification[] {
  const source = HERITAGE_SOURCE;
  const colour = areaColour(p);
  const f = (id: string) => visibleFilter(id, visible, time);
  const o = (id: string) => opacity(id, time);
  const lowConfidence: ExpressionSpecification = ['==', ['get', 'confidence'], 'low'];
  return [
    {
      id: 'heritage-fill',
      type: 'fill',
      source,
      filter: f('heritage-fill'),
      // No antialiased edge: the outline layers below draw every edge, and skipping it spares the map one
      // shader program to compile before its first frame.
      paint: { 'fill-color': colour, 'fill-antialias': false, ...o('heritage-fill') },
    },
    {
      id: 'heritage-outline',
      type: 'line',
      source,
      filter: f('heritage-outline'),
      paint: { 'line-color': colour, 'line-width': 2, ...o('heritage-outline') },
    },
    {
      id: 'heritage-outline-schematic',
      type: 'line',
      source,
      filter: f('heritage-outline-schematic'),
      paint: {
        'line-color': colour,
        'line-width': 2,
        'line-dasharray': [3, 2],
        ...o('heritage-outline-schematic'),
      },
    },
    {
      id: 'heritage-line',
      type: 'line',
      source,
      filter: f('heritage-line'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': colour,
        'line-width': ['interpolate', ['linear'], ['zoom'], 13, 2, 17, 6],
        ...o('heritage-line'),
      },
    },
    {
      id: 'heritage-line-schematic',
      type: 'line',
      source,
      filter: f('heritage-line-schematic'),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': colour,
        'line-width': ['interpolate', ['linear'], ['zoom'], 13, 2, 17, 5],
        'line-dasharray': [2, 1.5],
        ...o('heritage-line-schematic'),
      },
    },
    {
      id: 'heritage-area-label',
      type: 'symbol',
      source,
      filter: f('heritage-area-label'),
      maxzoom: 16,
      layout: {
        'text-field': labelExpression(lang),
        'text-font': LABEL_FONTS,
        'text-size': 15,
        'text-letter-spacing': 0.08,
        'text-max-width': 8,
        'symbol-sort-key': 0,
      },
      paint: {
        'text-color': colour,
        'text-halo-color': p.halo,
        'text-halo-width': 2,
        ...o('heritage-area-label'),
      },
    },
    {
      id: 'heritage-line-label',
      type: 'symbol',
      source,
      filter: f('heritage-line-label'),
      minzoom: 15,
      layout: {
        'symbol-placement': 'line',
        'text-field': labelExpression(lang),
        'text-font': LABEL_FONTS,
        'text-size': 12,
      },
      paint: {
        'text-color': colour,
        'text-halo-color': p.halo,
        'text-halo-width': 1.5,
        ...o('heritage-line-label'),
      },
    },
    {
      id: SELECTED_LAYER,
      type: 'circle',
      source,
      filter: selectedFilter(undefined),
      paint: {
        'circle-radius': 16,
        'circle-color': colour,
        'circle-opacity': 0.25,
        'circle-stroke-color': colour,
        'circle-stroke-width': 2,
      },
    },
    {
      id: POINT_LAYER,
      type: 'circle',
      source,
      filter: f(POINT_LAYER),
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 12, 4, 16, 7, 18, 9],
        // Hollow = the position is not verified (confidence low); the card says so in words.
        'circle-color': ['case', lowConfidence, p.halo, colour],
        'circle-stroke-color': ['case', lowConfidence, colour, p.halo],
        'circle-stroke-width': ['case', lowConfidence, 2.5, 1.5],
        ...o(POINT_LAYER),
      },
    },
    {
      id: 'heritage-point-label',
      type: 'symbol',
      source,
      filter: f('heritage-point-label'),
      minzoom: 13.5,
      layout: {
        'text-field': labelExpression(lang),
        'text-font': LABEL_FONTS,
        'text-size': ['interpolate', ['linear'], ['zoom'], 14, 12, 18, 15],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
        'text-max-width': 9,
      },
      paint: {
        // Per feature like the area and lane labels' colours: one symbol program for the three.
        'text-color': perFeature(p.ink),
        'text-halo-color': p.halo,
        'text-halo-width': 1.8,
        ...o('heritage-point-label'),
      },
    },
  ];
}

export const VISIBILITY_LAYERS = Object.keys(BASE_FILTERS);
