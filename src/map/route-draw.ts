/**
 * The map of the route editor: a MapEngine (basemap and heritage layers, so the organizer sees the real lanes
 * and 御街) with the route drawn on top and the pointer gestures that edit it. It only reports gestures
 * (add here, move vertex i there, insert at segment i, select i); the editor owns the route and hands the
 * result back through `setRoute`. Loaded with a dynamic import by <route-editor>, like map-engine.ts.
 *
 * Gestures, mouse and finger alike: a tap or click on empty map adds a vertex at the end; pressing a vertex
 * and dragging moves it; dragging (or tapping) a segment's midpoint handle inserts a vertex there; a tap on
 * a vertex selects it. While a handle is dragged the map must not pan: the MapLibre event is
 * preventDefault()ed on press (which stops dragPan for that gesture) and dragPan is off until release.
 */
import type { GeoJSONSource, MapMouseEvent, MapTouchEvent, PointLike } from 'maplibre-gl';
import { LngLatBounds } from 'maplibre-gl';
import type { MapView } from '../data/bounds.ts';
import { MAPLIBRE_CSS, MapEngine, type EngineOptions } from './map-engine.ts';
import { ROUTE_EDIT_SOURCE, routeEditData, routeEditLayers } from './style/route-edit-layers.ts';
import type { Position } from '../listings/route-edit.ts';

export { MAPLIBRE_CSS };

/** How near (px) a press must be to a handle: a fingertip covers far more than a mouse pointer. */
const HIT_MOUSE = 12;
const HIT_TOUCH = 24;
/** A segment shorter than this on screen shows no midpoint handle (it would sit on the vertices). */
const MID_MIN_PX = 56;
/** Movement (px) after which a press on a handle is a drag and not a tap. */
const DRAG_PX = 4;

export type RouteDrawOptions = Pick<
  EngineOptions,
  'container' | 'palette' | 'lang' | 'visible' | 'time' | 'places' | 'basemap' | 'attribution' | 'ariaLabel'
> & {
  view: MapView;
  onAdd(p: Position): void;
  onMove(index: number, p: Position): void;
  /** A vertex is to be inserted at `index` (between index − 1 and index). */
  onInsert(index: number, p: Position): void;
  onSelect(index: number): void;
  onIdle(): void;
  onError(message: string): void;
};

type Handle = { kind: 'vertex' | 'mid'; index: number };

interface Drag extends Handle {
  from: { x: number; y: number };
  at?: Position;
}

export class RouteDrawing {
  readonly engine: MapEngine;
  private coordinates: readonly Position[] = [];
  private selected: number | undefined;
  private midpoints: { segment: number; at: Position }[] = [];
  private drag: Drag | undefined;
  private loaded = false;

  constructor(private readonly options: RouteDrawOptions) {
    const none = () => undefined;
    this.engine = new MapEngine({
      ...options,
      onSelect: none,
      onEventSelect: none,
      onViewChange: none,
      onLocate: none,
      onLocateError: none,
    });
    const map = this.engine.map;
    map.once('load', () => {
      map.addSource(ROUTE_EDIT_SOURCE, { type: 'geojson', data: this.data() });
      for (const layer of routeEditLayers(options.palette)) map.addLayer(layer);
      this.loaded = true;
    });
    map.on('mousedown', (e: MapMouseEvent) => {
      if (e.originalEvent.button === 0) this.press(e, HIT_MOUSE);
    });
    map.on('touchstart', (e: MapTouchEvent) => {
      if (e.points.length === 1) this.press(e, HIT_TOUCH);
    });
    map.on('click', (e: MapMouseEvent) => {
      // A press on a handle was handled on release; the click that follows it is not a new vertex.
      const mouse = (e.originalEvent as PointerEvent).pointerType === 'mouse';
      if (this.hit(e.point, mouse ? HIT_MOUSE : HIT_TOUCH)) return;
      this.options.onAdd([e.lngLat.lng, e.lngLat.lat]);
    });
    map.on('mousemove', (e: MapMouseEvent) => {
      if (!this.drag) map.getCanvas().style.cursor = this.hit(e.point, HIT_MOUSE) ? 'move' : 'crosshair';
    });
    map.on('zoomend', () => this.draw());
  }

  /** The route to show, and the selected vertex. */
  setRoute(coordinates: readonly Position[], selected: number | undefined): void {
    this.coordinates = coordinates;
    this.selected = selected;
    this.draw();
  }

  /** Frames the route (or nothing when it has fewer than two vertices). */
  fit(coordinates: readonly Position[]): void {
    if (coordinates.length < 2) return;
    const bounds = coordinates.reduce(
      (b, p) => b.extend(p),
      new LngLatBounds(coordinates[0], coordinates[0]),
    );
    this.engine.map.fitBounds(bounds, { padding: 48, maxZoom: 17, duration: 0 });
  }

  /** Where a position is drawn, in pixels from the map's top left corner. */
  project(p: Position): { x: number; y: number } {
    const q = this.engine.map.project(p);
    return { x: q.x, y: q.y };
  }

  private press(e: MapMouseEvent | MapTouchEvent, radius: number) {
    const handle = this.hit(e.point, radius);
    if (!handle) return;
    e.preventDefault();
    const map = this.engine.map;
    map.dragPan.disable();
    this.drag = { ...handle, from: { x: e.point.x, y: e.point.y } };
    const touch = e.type === 'touchstart';
    const move = (m: MapMouseEvent | MapTouchEvent) => this.dragTo(m);
    map.on(touch ? 'touchmove' : 'mousemove', move);
    map.once(touch ? 'touchend' : 'mouseup', () => {
      map.off(touch ? 'touchmove' : 'mousemove', move);
      map.dragPan.enable();
      this.release();
    });
  }

  private dragTo(e: MapMouseEvent | MapTouchEvent) {
    const d = this.drag;
    if (!d) return;
    if (!d.at && Math.hypot(e.point.x - d.from.x, e.point.y - d.from.y) < DRAG_PX) return;
    d.at = [e.lngLat.lng, e.lngLat.lat];
    this.draw();
  }

  private release() {
    const d = this.drag;
    this.drag = undefined;
    if (!d) return;
    if (d.kind === 'vertex') {
      if (d.at) this.options.onMove(d.index, d.at);
      else this.options.onSelect(d.index);
    } else {
      this.options.onInsert(d.index + 1, d.at ?? this.midpointOf(d.index));
    }
    this.draw();
  }

  private midpointOf(segment: number): Position {
    const [a, b] = [this.coordinates[segment], this.coordinates[segment + 1]];
    return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  }

  /** The vertex nearest a point within `radius` px, else a shown midpoint handle. */
  private hit(point: PointLike, radius: number): Handle | undefined {
    const { x, y } = point as { x: number; y: number };
    const map = this.engine.map;
    let best: Handle | undefined;
    let bestD = radius;
    this.coordinates.forEach((p, i) => {
      const q = map.project(p);
      const d = Math.hypot(q.x - x, q.y - y);
      if (d <= bestD) {
        best = { kind: 'vertex', index: i };
        bestD = d;
      }
    });
    if (best) return best;
    for (const m of this.midpoints) {
      const q = map.project(m.at);
      if (Math.hypot(q.x - x, q.y - y) <= radius) return { kind: 'mid', index: m.segment };
    }
    return undefined;
  }

  /** The route as drawn now: with the dragged vertex where the pointer is. */
  private shown(): Position[] {
    const c = [...this.coordinates];
    const d = this.drag;
    if (d?.at) {
      if (d.kind === 'vertex') c[d.index] = d.at;
      else c.splice(d.index + 1, 0, d.at);
    }
    return c;
  }

  private data(): GeoJSON.FeatureCollection {
    const coordinates = this.shown();
    const map = this.engine.map;
    this.midpoints = [];
    if (!this.drag?.at) {
      for (let i = 0; i + 1 < coordinates.length; i++) {
        const a = map.project(coordinates[i]);
        const b = map.project(coordinates[i + 1]);
        if (Math.hypot(a.x - b.x, a.y - b.y) >= MID_MIN_PX)
          this.midpoints.push({ segment: i, at: this.midpointOf(i) });
      }
    }
    return routeEditData({ coordinates, midpoints: this.midpoints, selected: this.selected });
  }

  private draw() {
    if (!this.loaded) return;
    this.engine.map.getSource<GeoJSONSource>(ROUTE_EDIT_SOURCE)?.setData(this.data());
  }

  destroy(): void {
    this.engine.destroy();
  }
}
