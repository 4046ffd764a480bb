/**
 * "You are here": the visitor's positions (LocateEvent from the map) turned into walking distances to every
 * place and event venue. Positions arrive every second while tracking; distances are recomputed only after a
 * move of about 20 m. A refused or failed position leaves a message and nothing else changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { metresBetween } from '../data/distance.ts';
import type { LocateEvent } from '../events/map.ts';

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
