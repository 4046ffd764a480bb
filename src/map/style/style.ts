import type { StyleSpecification } from 'maplibre-gl';
import type { AreaId } from '../../data/areas.ts';
import type { BasemapCollection, PlaceCollection } from '../../data/schema.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { TimeView } from '../../history/time-view.ts';
import { basemapLayers, BASEMAP_SOURCE } from './basemap-layers.ts';
import { heritageLayers, HERITAGE_SOURCE } from './heritage-layers.ts';
import type { Palette } from '../../theme/palette.ts';
import { WALK_SOURCE, walkData, walkLayers, type WalkShape } from './walk-layers.ts';
import { eventLayers, eventSources } from './event-layers.ts';
import { TILES_SOURCE, tileSource } from './tile-layers.ts';

export interface StyleInput {
  palette: Palette;
  lang: Lang;
  visible: readonly AreaId[];
  time: TimeView;
  places: PlaceCollection;
  basemap: BasemapCollection;
  attribution: string;
  /** The vector tiles' absolute URL template (tileUrl); without it the GeoJSON basemap draws alone. */
  tiles?: string;
  walk?: WalkShape;
}

/**
 * The whole map style. There is deliberately no `glyphs` and no `sprite`: every byte the map draws comes from
 * this app, so it works offline and makes no request to another host.
 */
export function buildStyle(input: StyleInput): StyleSpecification {
  return {
    version: 8,
    sources: {
      [BASEMAP_SOURCE]: {
        type: 'geojson',
        data: input.basemap as unknown as GeoJSON.FeatureCollection,
        attribution: input.attribution,
      },
      ...(input.tiles ? { [TILES_SOURCE]: tileSource(input.tiles, input.attribution) } : {}),
      [HERITAGE_SOURCE]: { type: 'geojson', data: input.places as unknown as GeoJSON.FeatureCollection },
      [WALK_SOURCE]: { type: 'geojson', data: walkData(input.walk) },
      ...eventSources(),
    },
    layers: [
      ...basemapLayers(input.palette, input.lang, input.time, input.tiles !== undefined),
      ...heritageLayers(input.palette, input.lang, input.visible, input.time),
      ...eventLayers(input.palette),
      ...walkLayers(input.palette),
    ],
  };
}
