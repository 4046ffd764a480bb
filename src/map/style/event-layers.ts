/**
 * Events on the map: clustered points where many events share a block, each event's point coloured by
 * whether it is on now, starting soon, later or cancelled, and a roaming event's route as a dashed line.
 * Drawn above the heritage layers and below the open walk. The features come from listings/event-map.ts.
 */
import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import { SONG_PALETTE, type Palette } from '../../theme/palette.ts';
import { LABEL_FONTS } from './fonts.ts';
import { perFeature } from './per-feature.ts';

export const EVENT_SOURCE = 'events';
export const EVENT_ROUTE_SOURCE = 'event-routes';
export const EVENT_POINT_LAYER = 'event-point';
export const EVENT_CLUSTER_LAYER = 'event-cluster';
export const EVENT_SELECTED_LAYER = 'event-selected';

/** Colours of an event's state; green and orange match the list's "on now" and "starting soon" badges. */
export const EVENT_COLOURS = {
  now: SONG_PALETTE.ui.ok,
  soon: SONG_PALETTE.ui.vermilion,
  later: SONG_PALETTE.ui.later,
  cancelled: SONG_PALETTE.ui.cancelled,
};

const empty = { type: 'FeatureCollection', features: [] } as GeoJSON.FeatureCollection;

export function eventSources(): Record<string, GeoJSONSourceSpecification> {
  return {
    [EVENT_SOURCE]: {
      type: 'geojson',
      data: empty,
      cluster: true,
      clusterRadius: 36,
      // Past this zoom every event shows on its own, even when several share a venue's block.
      clusterMaxZoom: 16,
    },
    [EVENT_ROUTE_SOURCE]: { type: 'geojson', data: empty },
  };
}

const stateColour: ExpressionSpecification = [
  'match',
  ['get', 'state'],
  'now',
  EVENT_COLOURS.now,
  'soon',
  EVENT_COLOURS.soon,
  'cancelled',
  EVENT_COLOURS.cancelled,
  EVENT_COLOURS.later,
];

export function eventLayers(p: Palette): LayerSpecification[] {
  return [
    {
      id: 'event-route',
      type: 'line',
      source: EVENT_ROUTE_SOURCE,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': stateColour,
        'line-width': ['interpolate', ['linear'], ['zoom'], 13, 2, 17, 5],
        'line-dasharray': [1.5, 1.2],
      },
    },
    {
      id: EVENT_CLUSTER_LAYER,
      type: 'circle',
      source: EVENT_SOURCE,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': EVENT_COLOURS.later,
        'circle-radius': ['step', ['get', 'point_count'], 13, 5, 16, 10, 19],
        'circle-stroke-color': p.halo,
        'circle-stroke-width': 3,
      },
    },
    {
      id: 'event-cluster-count',
      type: 'symbol',
      source: EVENT_SOURCE,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['to-string', ['get', 'point_count']],
        'text-font': LABEL_FONTS,
        'text-size': 13,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      // Per feature, so the count shares the basemap labels' program (style/per-feature.ts).
      paint: { 'text-color': perFeature('#ffffff') },
    },
    {
      id: EVENT_SELECTED_LAYER,
      type: 'circle',
      source: EVENT_SOURCE,
      filter: selectedEventFilter(undefined),
      paint: {
        'circle-radius': 15,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': p.ink,
        'circle-stroke-width': 3,
      },
    },
    {
      id: EVENT_POINT_LAYER,
      type: 'circle',
      source: EVENT_SOURCE,
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-color': stateColour,
        'circle-radius': ['case', ['==', ['get', 'kind'], 'roaming'], 9, 8],
        // A thick paper-white ring sets events apart from the heritage points drawn beneath them.
        'circle-stroke-color': p.halo,
        'circle-stroke-width': 3,
      },
    },
  ];
}

/** The selected event's ring: only the point of this event id (or none). */
export const selectedEventFilter = (eventId: string | undefined): ExpressionSpecification => [
  'all',
  ['!', ['has', 'point_count']],
  ['==', ['get', 'event'], eventId ?? ''],
];
