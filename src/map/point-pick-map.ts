/**
 * The map of <point-picker>: a MapEngine (basemap and every heritage layer) with one draggable marker,
 * drawn as a map layer above the heritage layers rather than a DOM marker. It reports picks (a click, or
 * the marker dropped) rounded to 1e-7° (about a centimetre); the element owns the position and hands it
 * back through `setPosition`. Loaded with a dynamic import, like map-engine.ts.
 */
import type { GeoJSONSource } from 'maplibre-gl';
import { AREA_IDS } from '../data/areas.ts';
import { DEFAULT_VIEW, inBounds } from '../data/bounds.ts';
import type { BasemapCollection, PlaceCollection, Position } from '../data/schema.ts';
import { presentYear } from '../history/time-view.ts';
import type { Lang } from '../i18n/lang.ts';
import { SONG_PALETTE } from '../theme/palette.ts';
import { MAPLIBRE_CSS, MapEngine } from './map-engine.ts';

export { MAPLIBRE_CSS };

const SOURCE = 'picked-point';
const LAYER = 'picked-point';

export interface PointPickMapOptions {
  container: HTMLElement;
  places: PlaceCollection;
  basemap: BasemapCollection;
  lang: Lang;
  attribution: string;
  ariaLabel: string;
  /** Where the map opens: around this point when given (and inside the map), else the default view. */
  position: Position | undefined;
  onPick(position: Position): void;
  onIdle(): void;
  onError(message: string): void;
}

export class PointPickMap {
  readonly engine: MapEngine;
  private loaded = false;
  private position: Position | undefined;

  constructor(o: PointPickMapOptions) {
    const at = o.position && inBounds(o.position) ? o.position : undefined;
    this.position = o.position;
    this.engine = new MapEngine({
      container: o.container,
      palette: SONG_PALETTE,
      lang: o.lang,
      visible: AREA_IDS,
      time: { year: presentYear() },
      walk: undefined,
      places: o.places,
      basemap: o.basemap,
      attribution: o.attribution,
      view: at ? { center: at, zoom: 16 } : DEFAULT_VIEW,
      ariaLabel: o.ariaLabel,
      onSelect: () => undefined,
      onEventSelect: () => undefined,
      onViewChange: () => undefined,
      onIdle: o.onIdle,
      onLocate: () => undefined,
      onLocateError: () => undefined,
      onError: o.onError,
    });
    const map = this.engine.map;
    const pick = (p: Position) => o.onPick([Math.round(p[0] * 1e7) / 1e7, Math.round(p[1] * 1e7) / 1e7]);
    map.on('click', (e) => pick([e.lngLat.lng, e.lngLat.lat]));
    map.once('load', () => {
      map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      map.addLayer({
        id: LAYER,
        type: 'circle',
        source: SOURCE,
        paint: {
          'circle-radius': 10,
          'circle-color': SONG_PALETTE.ui.error,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 3,
        },
      });
      // Pressing on the marker stops the map from panning until the pointer is released.
      const move = (e: { lngLat: { lng: number; lat: number } }) => this.draw([e.lngLat.lng, e.lngLat.lat]);
      const start = (e: { preventDefault(): void; type: string }) => {
        e.preventDefault();
        map.getCanvas().style.cursor = 'grabbing';
        map.on('mousemove', move);
        map.on('touchmove', move);
        const end = (u: { lngLat: { lng: number; lat: number } }) => {
          map.off('mousemove', move);
          map.off('touchmove', move);
          map.getCanvas().style.cursor = '';
          pick([u.lngLat.lng, u.lngLat.lat]);
        };
        map.once(e.type === 'touchstart' ? 'touchend' : 'mouseup', end);
      };
      map.on('mousedown', LAYER, start);
      map.on('touchstart', LAYER, start);
      this.loaded = true;
      // A point typed while the map was loading is brought into view now.
      this.setPosition(this.position, true);
    });
  }

  setLang(lang: Lang) {
    this.engine.setLang(lang);
  }

  /** Moves the marker (none when undefined or outside the map); with `reveal`, brings it into view. */
  setPosition(position: Position | undefined, reveal: boolean) {
    this.position = position;
    if (!this.loaded) return;
    const p = position && inBounds(position) ? position : undefined;
    this.draw(p);
    if (p && reveal) this.engine.reveal(p, { top: 0, right: 0, bottom: 0, left: 0 });
  }

  resize() {
    this.engine.resize();
  }

  destroy() {
    this.engine.destroy();
  }

  /** Where a WGS84 point is drawn, in pixels from the map's top left corner. */
  project(lonLat: Position): { x: number; y: number } {
    return this.engine.map.project(lonLat);
  }

  private draw(p: Position | undefined) {
    this.engine.map.getSource<GeoJSONSource>(SOURCE)?.setData({
      type: 'FeatureCollection',
      features: p ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: p } }] : [],
    });
  }
}
