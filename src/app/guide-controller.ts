/**
 * The guided walk's I/O: follows the visitor's position through the location controller, keeps the screen
 * awake (Screen Wake Lock, where the browser has it), works out the next stop and arrivals with
 * src/walks/guide.ts, and asks the host for a new route when the visitor leaves the route. Everything it
 * needs is already loaded when the walk starts (the walk, and the routing network for a new route), so it
 * works offline.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { guide, type GuideState } from '../walks/guide.ts';
import type { WalkStopView, WalkView } from '../walks/walk-view.ts';
import type { LocationController } from './location-controller.ts';
import type { ArrivedStop, RouteNotice } from '../walks/ui/walk-guide.ts';

export interface GuideHost extends ReactiveControllerHost {
  readonly nearby: LocationController;
  /** A walking route from a position through the stops left, or undefined when none can be planned. */
  reroute(from: [number, number], stops: WalkStopView[]): Promise<WalkView | undefined>;
  /** The story told at a stop, in the current language. */
  story(stop: WalkStopView): string | undefined;
  /** The stop's name in the current language. */
  stopName(stop: WalkStopView): string;
}

export class GuideController implements ReactiveController {
  /** The walk being followed; after a new route, its first stop is the visitor's position. */
  route: WalkView | undefined;
  /** The walk as started (its stop numbers are the ones shown). */
  private walk: WalkView | undefined;
  next = 0;
  state: GuideState | undefined;
  arrived: ArrivedStop | undefined;
  notice: RouteNotice;
  problem: 'denied' | 'unavailable' | 'unsupported' | undefined;
  awake = false;
  finished = false;
  private lock: WakeLockSentinel | undefined;
  private rerouting = false;

  constructor(private readonly host: GuideHost) {
    host.addController(this);
  }

  get active(): boolean {
    return !!this.walk;
  }

  hostDisconnected(): void {
    this.stop();
  }

  start(view: WalkView): void {
    this.walk = view;
    this.route = view;
    this.next = 0;
    Object.assign(this, { state: undefined, arrived: undefined, notice: undefined, problem: undefined });
    this.finished = false;
    const ok = this.host.nearby.watch(
      (p) => this.onPosition(p),
      (reason) => {
        this.problem = reason;
        this.host.requestUpdate();
      },
    );
    if (!ok) this.problem = 'unsupported';
    void this.keepAwake();
    document.addEventListener('visibilitychange', this.onVisibility);
    this.host.requestUpdate();
  }

  stop(): void {
    this.host.nearby.unwatch();
    document.removeEventListener('visibilitychange', this.onVisibility);
    void this.lock?.release().catch(() => undefined);
    this.lock = undefined;
    this.awake = false;
    this.walk = undefined;
    this.route = undefined;
    this.host.requestUpdate();
  }

  /** The stop walked to now, as numbered on the walk started. */
  get target(): WalkStopView | undefined {
    return this.route?.stops[this.next];
  }

  /** The 1-based number of a stop on the walk as started. */
  numberOf(stop: WalkStopView): number {
    return (this.walk?.stops.findIndex((s) => s.id === stop.id) ?? -1) + 1;
  }

  /** A lock is released when the page is hidden: take it again on return. */
  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible' && this.walk && !this.lock) void this.keepAwake();
  };

  private async keepAwake() {
    if (!('wakeLock' in navigator)) return;
    try {
      this.lock = await navigator.wakeLock.request('screen');
      this.awake = true;
      this.lock.addEventListener('release', () => {
        this.lock = undefined;
        this.awake = false;
        this.host.requestUpdate();
      });
    } catch {
      // Refused (battery saver, page hidden): the walk goes on; the screen may dim.
      this.awake = false;
    }
    this.host.requestUpdate();
  }

  private onPosition(here: [number, number]): void {
    const route = this.route;
    if (!route || this.finished) return;
    this.problem = undefined;
    let state = guide(route, this.next, here);
    if (state.arrived) {
      const stop = route.stops[this.next];
      this.arrived = { n: this.numberOf(stop), name: this.host.stopName(stop), story: this.host.story(stop) };
      this.notice = undefined;
      this.next += 1;
      if (this.next >= route.stops.length) {
        this.finished = true;
        this.state = undefined;
        return this.host.requestUpdate();
      }
      state = guide(route, this.next, here);
    }
    this.state = state;
    if (state.offRoute && this.next > 0 && !this.rerouting) void this.reroute(here);
    else if (!state.offRoute && this.notice === 'reroute-failed') this.notice = undefined;
    this.host.requestUpdate();
  }

  private async reroute(here: [number, number]) {
    const route = this.route!;
    this.rerouting = true;
    this.notice = 'rerouting';
    this.host.requestUpdate();
    const fresh = await this.host.reroute(here, route.stops.slice(this.next));
    this.rerouting = false;
    if (!this.walk) return;
    if (fresh && !fresh.unreachable.length && fresh.line.length > 1) {
      this.route = fresh;
      this.next = 1;
      this.notice = 'rerouted';
      this.state = guide(fresh, 1, here);
    } else {
      this.notice = 'reroute-failed';
    }
    this.host.requestUpdate();
  }
}
