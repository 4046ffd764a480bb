/**
 * "You are here": the visitor's positions (LocateEvent from the map) turned into walking distances to every
 * place and event venue. Positions arrive every second while tracking; distances are recomputed only after a
 * move of about 20 m. A refused or failed position leaves a message and nothing else changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { metresBetween } from '../data/distance.ts';
import { LocateEvent } from '../events/map.ts';

/** A move shorter than this (metres) does not recompute the distances. */
const MOVE_M = 20;

export interface LocationHost extends ReactiveControllerHost {
  /** The ids to time the walk to (places and event venues); may load the feed first. */
  locationTargets(): Promise<string[]>;
  /** Walking metres from a point to each id that can be reached. */
  distancesFrom(lonLat: [number, number], ids: string[]): Promise<ReadonlyMap<string, number>>;
  /** New distances arrived: the host shows the places near the visitor. */
  located(): void;
}

export class LocationController implements ReactiveController {
  /** Walking distances from the visitor's position, once known. */
  distances: ReadonlyMap<string, number> | undefined;
  /** Why the position could not be had, shown until the next success. */
  message: 'denied' | 'unavailable' | undefined;
  private last: [number, number] | undefined;

  constructor(private readonly host: LocationHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.unwatch();
  }

  private watchId: number | undefined;

  /**
   * Follows the visitor's position (the guided walk): each fix goes to `onPosition`, a failure to `onError`.
   * One watch at a time; `unwatch` ends it. Returns false where the browser has no geolocation.
   */
  watch(
    onPosition: (lonLat: [number, number]) => void,
    onError: (reason: 'denied' | 'unavailable') => void,
  ): boolean {
    this.unwatch();
    if (!('geolocation' in navigator)) return false;
    this.watchId = navigator.geolocation.watchPosition(
      (p) => onPosition([p.coords.longitude, p.coords.latitude]),
      (e) => onError(e.code === e.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: true, maximumAge: 5000, timeout: 20000 },
    );
    return true;
  }

  unwatch(): void {
    if (this.watchId !== undefined) navigator.geolocation.clearWatch(this.watchId);
    this.watchId = undefined;
  }

  /** One position for "what's near me now"; it arrives as a LocateEvent would. */
  locateOnce(): void {
    if (!('geolocation' in navigator)) return void this.onLocate(new LocateEvent(undefined, 'unavailable'));
    navigator.geolocation.getCurrentPosition(
      (p) => void this.onLocate(new LocateEvent([p.coords.longitude, p.coords.latitude])),
      (e) =>
        void this.onLocate(
          new LocateEvent(undefined, e.code === e.PERMISSION_DENIED ? 'denied' : 'unavailable'),
        ),
      { enableHighAccuracy: true, maximumAge: 30000, timeout: 20000 },
    );
  }

  async onLocate(e: LocateEvent): Promise<void> {
    if (!e.lonLat) {
      this.message = e.error;
      this.host.requestUpdate();
      return;
    }
    this.message = undefined;
    if (this.last && metresBetween(e.lonLat, this.last) < MOVE_M) return this.host.requestUpdate();
    this.last = e.lonLat;
    const ids = await this.host.locationTargets();
    this.distances = await this.host.distancesFrom(e.lonLat, ids);
    this.host.located();
    this.host.requestUpdate();
  }
}
