/**
 * The one place that creates a MapLibre map. Loaded with a dynamic import by <heritage-map>, so the app shell
 * paints before MapLibre (≈300 kB gzip) is even requested.
 */
import {
  AttributionControl,
  GeolocateControl,
  GPUInitializationError,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type MapGeoJSONFeature,
} from 'maplibre-gl';
// MapLibre 6 finds its worker through import.meta.url, which bundlers do not rewrite: without this the map
// never loads ("Worker failed to load").
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import type { AreaId } from '../data/areas.ts';
import { DATA_BOUNDS, MAX_ZOOM, MIN_ZOOM, type MapView } from '../data/bounds.ts';
import type { Lang } from '../i18n/lang.ts';
import { buildStyle, type StyleInput } from './style/style.ts';
import { BASEMAP_SOURCE, FALLBACK_LAYERS, MODERN_LAYERS, basemapLayers } from './style/basemap-layers.ts';
import { MODERN_TILE_LAYERS, TILES_SOURCE, tileUrl } from './style/tile-layers.ts';
import { modernOpacity } from './style/time-style.ts';
import { WALK_SOURCE, walkData, type WalkShape } from './style/walk-layers.ts';
import { LngLatBounds, type GeoJSONSource } from 'maplibre-gl';
import type { TimeView } from '../history/time-view.ts';
import { LOCAL_IDEOGRAPH_FONT_FAMILY } from './style/fonts.ts';
import {
  HERITAGE_SOURCE,
  OPACITY,
  POINT_LAYER,
  SELECTED_LAYER,
  VISIBILITY_LAYERS,
  heritageLayers,
  selectedFilter,
  visibleFilter,
} from './style/heritage-layers.ts';
import {
  EVENT_CLUSTER_LAYER,
  EVENT_POINT_LAYER,
  EVENT_ROUTE_SOURCE,
  EVENT_SELECTED_LAYER,
  EVENT_SOURCE,
  selectedEventFilter,
} from './style/event-layers.ts';
import type { EventMapCollection } from '../listings/event-map.ts';

setWorkerUrl(workerUrl);

export const MAPLIBRE_CSS = maplibreCss;

/** True when MapLibre could not create its WebGL2 context. */
export const isGpuUnavailable = (e: unknown): boolean => e instanceof GPUInitializationError;

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface EngineOptions extends StyleInput {
  container: HTMLElement;
  view: MapView;
  ariaLabel: string;
  onSelect(id: string): void;
  /** An event's point was tapped: its occurrence key. */
  onEventSelect(key: string): void;
  onViewChange(view: MapView): void;
  onIdle(): void;
  onError(message: string): void;
  /** The visitor's position, each time the geolocate control gets one. */
  onLocate(lonLat: [number, number]): void;
  /** The position could not be had: denied by the visitor, or unavailable. */
  onLocateError(reason: 'denied' | 'unavailable'): void;
}

type PaintProperty = Parameters<MapLibreMap['setPaintProperty']>[1];

const PICK_LAYERS = [POINT_LAYER, 'heritage-line', 'heritage-line-schematic'];
/** How far (px) from a tap a feature may be and still be picked: fingers are not pixels. */
const PICK_RADIUS = 12;

export class MapEngine {
  readonly map: MapLibreMap;
  private readonly input: StyleInput;
  /** Changes asked for before the style has loaded; MapLibre throws if a filter is set earlier. */
  private pending: (() => void)[] | undefined = [];

  constructor(options: EngineOptions) {
    // The OSM vector tiles ship with the app (public/tiles), next to the page.
    this.input = { ...options, tiles: options.tiles ?? tileUrl(document.baseURI) };
    const [w, s, e, n] = DATA_BOUNDS;
    this.map = new MapLibreMap({
      container: options.container,
      style: buildStyle(this.input),
      center: options.view.center,
      zoom: options.view.zoom,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      maxBounds: [
        [w - 0.05, s - 0.05],
        [e + 0.05, n + 0.05],
      ],
      localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT_FAMILY,
      // The style is built in code and validated by the style spec in tests/unit/map/style.test.ts; checking it
      // again here would cost every phone ~60 ms of main thread before the first frame.
      validateStyle: false,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      cooperativeGestures: false,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    const geolocate = new GeolocateControl({
      positionOptions: { enableHighAccuracy: true, timeout: 15000 },
      trackUserLocation: true,
      showAccuracyCircle: true,
      // Outside the map's extent the dot would be off the map: report it, do not fly away.
      fitBoundsOptions: { maxZoom: 16 },
    });
    geolocate.on('geolocate', (e) => options.onLocate([e.coords.longitude, e.coords.latitude]));
    geolocate.on('error', (e) => options.onLocateError(e.code === 1 ? 'denied' : 'unavailable'));
    this.map.addControl(geolocate, 'top-right');
    // MapLibre disables its button when location was denied before; say why instead of leaving a dead button.
    void navigator.permissions
      ?.query({ name: 'geolocation' })
      .then((status) => status.state === 'denied' && options.onLocateError('denied'))
      .catch(() => undefined);
    // Never folded: the ODbL asks for the OpenStreetMap credit where the map is seen.
    this.map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
    // Same corner, added second: MapLibre stacks a bottom corner's later controls above the earlier ones, so
    // the scale bar sits on top of the credit instead of beside it (a 390 px phone wraps the credit under it).
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    this.map.getCanvas().setAttribute('aria-label', options.ariaLabel);

    this.map.once('load', () => {
      const queued = this.pending ?? [];
      this.pending = undefined;
      for (const run of queued) run();
    });
    this.map.once('idle', () => options.onIdle());
    this.map.on('error', (e) => {
      // Tiles that cannot be loaded (an old cache, a broken deploy) leave the GeoJSON basemap in their place.
      if ((e as { sourceId?: string }).sourceId === TILES_SOURCE) return this.showFallbackBasemap();
      options.onError(e.error?.message ?? 'map error');
    });
    this.map.on('moveend', (e) => {
      // Only the visitor's own moves go into the URL; programmatic flights report their end too, harmlessly.
      if (e.originalEvent || (e as { userInitiated?: boolean }).userInitiated !== false) {
        const c = this.map.getCenter();
        options.onViewChange({ center: [c.lng, c.lat], zoom: this.map.getZoom() });
      }
    });
    this.map.on('click', (e) => {
      const event = this.pickEvent(e.point.x, e.point.y);
      if (event?.layer.id === EVENT_CLUSTER_LAYER) {
        void this.openCluster(event);
        return;
      }
      if (event) return options.onEventSelect(String(event.properties.key));
      const hit = this.pick(e.point.x, e.point.y);
      if (hit) options.onSelect(String(hit.properties.id));
    });
    this.map.on('mousemove', (e) => {
      const over = this.pickEvent(e.point.x, e.point.y) ?? this.pick(e.point.x, e.point.y);
      this.map.getCanvas().style.cursor = over ? 'pointer' : '';
    });
  }

  private pick(x: number, y: number): MapGeoJSONFeature | undefined {
    const layers = PICK_LAYERS.filter((l) => this.map.getLayer(l));
    const hits = this.map.queryRenderedFeatures(
      [
        [x - PICK_RADIUS, y - PICK_RADIUS],
        [x + PICK_RADIUS, y + PICK_RADIUS],
      ],
      { layers },
    );
    // Points win over lines; among points, the nearest to the tap.
    const points = hits.filter((h) => h.layer.id === POINT_LAYER);
    if (points.length) {
      const dist = (f: MapGeoJSONFeature) => {
        const p = this.map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
        return Math.hypot(p.x - x, p.y - y);
      };
      return points.sort((a, b) => dist(a) - dist(b))[0];
    }
    return hits[0];
  }

  /** An event point or cluster near a tap; events are drawn above places, so they are picked first. */
  private pickEvent(x: number, y: number): MapGeoJSONFeature | undefined {
    const r = PICK_RADIUS;
    const hits = this.map.queryRenderedFeatures(
      [
        [x - r, y - r],
        [x + r, y + r],
      ],
      { layers: [EVENT_POINT_LAYER, EVENT_CLUSTER_LAYER].filter((l) => this.map.getLayer(l)) },
    );
    return hits[0];
  }

  /** Zooms in far enough for a cluster to come apart. */
  private async openCluster(cluster: MapGeoJSONFeature) {
    const source = this.map.getSource<GeoJSONSource>(EVENT_SOURCE);
    const id = cluster.properties.cluster_id as number | undefined;
    if (!source || id === undefined) return;
    const zoom = await source.getClusterExpansionZoom(id);
    const center = (cluster.geometry as GeoJSON.Point).coordinates as [number, number];
    this.map.easeTo({ center, zoom: Math.min(zoom, MAX_ZOOM), duration: 500 });
  }

  /** Draws the listed events (points clustered, roaming routes as lines); none when undefined. */
  setEvents(events: EventMapCollection | undefined): void {
    if (this.pending) return this.whenLoaded(() => this.setEvents(events));
    const features = events?.features ?? [];
    const collection = (type: 'Point' | 'LineString') =>
      ({
        type: 'FeatureCollection',
        features: features.filter((f) => f.geometry.type === type),
      }) as GeoJSON.FeatureCollection;
    this.map.getSource<GeoJSONSource>(EVENT_SOURCE)?.setData(collection('Point'));
    this.map.getSource<GeoJSONSource>(EVENT_ROUTE_SOURCE)?.setData(collection('LineString'));
  }

  /** Rings the point of one event (by event id, whichever of its occurrences is drawn), or none. */
  setSelectedEvent(eventId: string | undefined): void {
    if (this.pending) return this.whenLoaded(() => this.setSelectedEvent(eventId));
    this.map.setFilter(EVENT_SELECTED_LAYER, selectedEventFilter(eventId));
  }

  private whenLoaded(run: () => void): void {
    if (this.pending) this.pending.push(run);
    else run();
  }

  /** The same features with other texts (the visitor chose the other Chinese script): new source data only. */
  setData(places: StyleInput['places'], basemap: StyleInput['basemap']): void {
    if (this.pending) return this.whenLoaded(() => this.setData(places, basemap));
    if (places !== this.input.places) {
      this.input.places = places;
      this.map
        .getSource<GeoJSONSource>(HERITAGE_SOURCE)
        ?.setData(places as unknown as GeoJSON.FeatureCollection);
    }
    if (basemap !== this.input.basemap) {
      this.input.basemap = basemap;
      this.map
        .getSource<GeoJSONSource>(BASEMAP_SOURCE)
        ?.setData(basemap as unknown as GeoJSON.FeatureCollection);
    }
  }

  setLang(lang: Lang): void {
    if (this.pending) return this.whenLoaded(() => this.setLang(lang));
    if (lang === this.input.lang) return;
    this.input.lang = lang;
    const layers = [
      ...basemapLayers(this.input.palette, lang, this.input.time, this.input.tiles !== undefined),
      ...heritageLayers(this.input.palette, lang, [], this.input.time),
    ];
    for (const layer of layers) {
      const field = layer.type === 'symbol' ? layer.layout?.['text-field'] : undefined;
      if (field && this.map.getLayer(layer.id)) this.map.setLayoutProperty(layer.id, 'text-field', field);
    }
  }

  setVisible(visible: readonly AreaId[]): void {
    if (this.pending) return this.whenLoaded(() => this.setVisible(visible));
    this.input.visible = visible;
    for (const id of VISIBILITY_LAYERS) this.map.setFilter(id, visibleFilter(id, visible, this.input.time));
  }

  setTime(time: TimeView): void {
    if (this.pending) return this.whenLoaded(() => this.setTime(time));
    this.input.time = time;
    for (const id of VISIBILITY_LAYERS) this.map.setFilter(id, visibleFilter(id, this.input.visible, time));
    const layers = heritageLayers(this.input.palette, this.input.lang, this.input.visible, time);
    for (const layer of layers) {
      for (const [prop] of OPACITY[layer.id] ?? []) {
        const value = (layer.paint as Record<string, Parameters<MapLibreMap['setPaintProperty']>[2]>)[prop];
        this.map.setPaintProperty(layer.id, prop as PaintProperty, value);
      }
    }
    for (const [id, prop] of [...MODERN_LAYERS, ...MODERN_TILE_LAYERS])
      if (this.map.getLayer(id)) this.map.setPaintProperty(id, prop as PaintProperty, modernOpacity(time));
  }

  private fallbackShown = false;
  /** Shows the GeoJSON basemap's water, parks and roads, kept hidden under the tiles. */
  private showFallbackBasemap(): void {
    if (this.fallbackShown) return;
    this.fallbackShown = true;
    this.whenLoaded(() => {
      for (const id of FALLBACK_LAYERS)
        if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', 'visible');
    });
  }

  setSelected(id: string | undefined): void {
    if (this.pending) return this.whenLoaded(() => this.setSelected(id));
    this.map.setFilter(SELECTED_LAYER, selectedFilter(id));
  }

  /** Brings a place into view unless it is already comfortably inside it. */
  reveal(lonLat: [number, number], padding: Padding): void {
    if (this.pending) return this.whenLoaded(() => this.reveal(lonLat, padding));
    const p = this.map.project(lonLat);
    const { clientWidth: w, clientHeight: h } = this.map.getContainer();
    const inside =
      p.x > padding.left + 24 &&
      p.x < w - padding.right - 24 &&
      p.y > padding.top + 24 &&
      p.y < h - padding.bottom - 24;
    if (inside) return;
    this.map.flyTo({ center: lonLat, zoom: Math.max(this.map.getZoom(), 16), padding, duration: 800 });
  }

  flyToPlace(lonLat: [number, number], padding: Padding): void {
    if (this.pending) return this.whenLoaded(() => this.flyToPlace(lonLat, padding));
    this.map.flyTo({ center: lonLat, zoom: Math.max(this.map.getZoom(), 16), padding, duration: 800 });
  }

  /** Shows a walk (or none) and frames it. */
  setWalk(walk: WalkShape | undefined, padding: Padding): void {
    if (this.pending) return this.whenLoaded(() => this.setWalk(walk, padding));
    this.map.getSource<GeoJSONSource>(WALK_SOURCE)?.setData(walkData(walk));
    const points = walk ? [...walk.line, ...walk.stops.map((s) => s.lonLat)] : [];
    if (points.length > 1) {
      const bounds = points.reduce((b, p) => b.extend(p), new LngLatBounds(points[0], points[0]));
      this.map.fitBounds(bounds, { padding, maxZoom: 17, duration: 600 });
    }
  }

  /** A PNG of the map as drawn now (for the printed itinerary). */
  snapshot(): Promise<string> {
    return new Promise((resolve) => {
      // The drawing buffer is only readable inside the frame that drew it.
      this.map.once('render', () => resolve(this.map.getCanvas().toDataURL('image/png')));
      this.map.triggerRepaint();
    });
  }

  jumpTo(view: MapView): void {
    this.map.jumpTo({ center: view.center, zoom: view.zoom });
  }

  resize(): void {
    this.map.resize();
  }

  /** For tests and diagnostics: the features drawn on screen now, with their layer and label text. */
  renderedFeatures(layers?: string[]): { layer: string; id: string; area: string; label?: string }[] {
    const existing = layers?.filter((l) => this.map.getLayer(l));
    return this.map.queryRenderedFeatures(existing ? { layers: existing } : undefined).map((f) => {
      // For symbol layers MapLibre hands back the evaluated text-field: a Formatted value with sections.
      const text = f.layer.type === 'symbol' ? (f.layer.layout?.['text-field'] as unknown) : undefined;
      const sections = (text as { sections?: { text: string }[] } | undefined)?.sections;
      return {
        layer: f.layer.id,
        id: String(f.properties.id ?? f.properties.key ?? ''),
        area: String(f.properties.area ?? ''),
        label: sections ? sections.map((s) => s.text).join('') : typeof text === 'string' ? text : undefined,
      };
    });
  }

  destroy(): void {
    this.map.remove();
  }
}
