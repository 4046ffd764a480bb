/**
 * The load benchmark's baseline (scripts/bench-load.ts): the same geodata and the same OpenStreetMap vector
 * tiles (public/tiles) as the app, drawn with plain MapLibre and a few plain layers. No Lit, no app shell, no search, no walks: the floor the app's first load is
 * compared against. Like the app it fetches the GeoJSON on the main thread and hands the objects to MapLibre,
 * has no `glyphs` (labels come from local fonts) and loads the worker through setWorkerUrl.
 */
import {
  Map as MapLibreMap,
  setWorkerUrl,
  type GeoJSONSourceSpecification,
  type StyleSpecification,
} from 'maplibre-gl';
// MapLibre 6 finds its worker through import.meta.url, which bundlers do not rewrite (as in src/map/map-engine.ts).
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

declare global {
  interface Window {
    /** performance.now() at the map's first 'idle' event; read by the benchmark. */
    __idle?: number;
    __mapError?: string;
  }
}

setWorkerUrl(workerUrl);

// The app's default view (src/data/bounds.ts DEFAULT_VIEW) and label fonts (src/map/style/fonts.ts).
const CENTER: [number, number] = [120.1655, 30.2355];
const ZOOM = 14.2;
const FONTS = ['Noto Sans CJK SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei'];

type GeoJSONData = GeoJSONSourceSpecification['data'];

async function getJson(path: string): Promise<GeoJSONData> {
  const res = await fetch(new URL(path, document.baseURI));
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as GeoJSONData;
}

function style(basemap: GeoJSONData, heritage: GeoJSONData): StyleSpecification {
  return {
    version: 8,
    sources: {
      // The app's tile source (src/map/style/tile-layers.ts): same files, bounds and zooms.
      osm: {
        type: 'vector',
        tiles: [new URL('tiles/', document.baseURI).href + '{z}/{x}/{y}.pbf'],
        bounds: [120.134, 30.209, 120.222, 30.282],
        minzoom: 12,
        maxzoom: 16,
      },
      basemap: { type: 'geojson', data: basemap },
      heritage: { type: 'geojson', data: heritage },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f4efe4' } },
      {
        id: 'basemap-fill',
        type: 'fill',
        source: 'basemap',
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: {
          'fill-color': [
            'match',
            ['get', 'kind'],
            ['water', 'river'],
            '#bcd3cf',
            'hill',
            '#dfe3cc',
            '#e3e8d2',
          ],
        },
      },
      {
        id: 'osm-landuse',
        type: 'fill',
        source: 'osm',
        'source-layer': 'landuse',
        paint: { 'fill-color': '#e3e8d2' },
      },
      {
        id: 'osm-water',
        type: 'fill',
        source: 'osm',
        'source-layer': 'water',
        paint: { 'fill-color': '#bcd3cf' },
      },
      {
        id: 'osm-road',
        type: 'line',
        source: 'osm',
        'source-layer': 'roads',
        paint: { 'line-color': '#ffffff', 'line-width': 2 },
      },
      {
        id: 'osm-railway',
        type: 'line',
        source: 'osm',
        'source-layer': 'railway',
        paint: { 'line-color': '#a3978a', 'line-width': 1 },
      },
      {
        id: 'osm-road-label',
        type: 'symbol',
        source: 'osm',
        'source-layer': 'roads',
        minzoom: 14,
        layout: {
          'symbol-placement': 'line',
          'text-field': ['coalesce', ['get', 'name_zh'], ['get', 'name_en']],
          'text-font': FONTS,
          'text-size': 11,
        },
        paint: { 'text-color': '#5d5348', 'text-halo-color': '#ffffff', 'text-halo-width': 1 },
      },
      {
        id: 'basemap-road',
        type: 'line',
        source: 'basemap',
        filter: ['all', ['==', ['get', 'kind'], 'road'], ['==', ['geometry-type'], 'LineString']],
        paint: { 'line-color': '#ffffff', 'line-width': 3 },
      },
      {
        id: 'heritage-fill',
        type: 'fill',
        source: 'heritage',
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': '#b0231b', 'fill-opacity': 0.12 },
      },
      {
        id: 'heritage-line',
        type: 'line',
        source: 'heritage',
        filter: ['in', ['geometry-type'], ['literal', ['LineString', 'Polygon']]],
        paint: { 'line-color': '#b0231b', 'line-width': 2 },
      },
      {
        id: 'heritage-point',
        type: 'circle',
        source: 'heritage',
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-radius': 6,
          'circle-color': '#b0231b',
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        },
      },
      {
        id: 'heritage-point-label',
        type: 'symbol',
        source: 'heritage',
        filter: ['==', ['geometry-type'], 'Point'],
        layout: {
          'text-field': ['get', 'name_zh'],
          'text-font': FONTS,
          'text-size': 12,
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': 0.9,
        },
        paint: { 'text-color': '#2b2622', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      },
    ],
  };
}

try {
  const [basemap, heritage] = await Promise.all([
    getJson('data/basemap.geojson'),
    getJson('data/heritage.geojson'),
  ]);
  const map = new MapLibreMap({
    container: 'map',
    style: style(basemap, heritage),
    center: CENTER,
    zoom: ZOOM,
    localIdeographFontFamily: `${FONTS.map((f) => `'${f}'`).join(', ')}, sans-serif`,
    attributionControl: false,
  });
  map.once('idle', () => {
    window.__idle = performance.now();
  });
  map.on('error', (e) => {
    window.__mapError ??= e.error?.message ?? 'map error';
  });
} catch (e) {
  window.__mapError = (e as Error).message;
}
