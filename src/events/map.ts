/** Events the map sends up. The app shell listens; the map never reaches into the app. */
import type { MapView } from '../data/bounds.ts';
import type { Position } from '../data/schema.ts';
import type { Route } from '../listings/schema.ts';

export type MapState = 'loading' | 'idle' | 'error' | 'unsupported';

/** The visitor moved the map; fired once per gesture, when it ends. */
export class MapViewChangeEvent extends Event {
  static readonly type = 'map-view-change';
  constructor(readonly view: MapView) {
    super(MapViewChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** The map changed state: `unsupported` (no WebGL2) and `error` mean the list must carry the visitor. */
export class MapStateEvent extends Event {
  static readonly type = 'map-state';
  constructor(
    readonly state: MapState,
    readonly detail?: string,
  ) {
    super(MapStateEvent.type, { bubbles: true, composed: true });
  }
}

/** The visitor's position arrived, or could not be had. */
export class LocateEvent extends Event {
  static readonly type = 'map-locate';
  constructor(
    readonly lonLat: [number, number] | undefined,
    readonly error?: 'denied' | 'unavailable',
  ) {
    super(LocateEvent.type, { bubbles: true, composed: true });
  }
}

/** The route was edited on the route editor's map: the whole new LineString (it may have fewer than 2 vertices). */
export class RouteChangeEvent extends Event {
  static readonly type = 'route-change';
  constructor(readonly route: Route) {
    super(RouteChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** A point was chosen on <point-picker>'s map (a click, or the marker dropped): WGS84 [lon, lat]. */
export class PointPickEvent extends Event {
  static readonly type = 'point-pick';
  constructor(readonly position: Position) {
    super(PointPickEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [RouteChangeEvent.type]: RouteChangeEvent;
    [MapViewChangeEvent.type]: MapViewChangeEvent;
    [MapStateEvent.type]: MapStateEvent;
    [LocateEvent.type]: LocateEvent;
    [PointPickEvent.type]: PointPickEvent;
  }
}
