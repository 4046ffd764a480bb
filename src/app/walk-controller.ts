/**
 * The app's walk state: which walk is open, the visitor's own walk, the lazily loaded route planner, saved
 * walks, and the panel's actions (best order, export, save, share). The shell renders; this decides.
 */
import { landmarksOf } from '../walks/landmarks.ts';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PlaceFeature } from '../data/schema.ts';
import { isZh, type Lang } from '../i18n/lang.ts';
import type { Translation } from '../i18n/translations.ts';
import type { WalkFeature } from '../walks/compile.ts';
import { visitPoint } from '../walks/compile.ts';
import type { WalkAction } from '../events/walks.ts';
import { walkToGeoJson, walkToGpx } from '../walks/gpx.ts';
import type { Tour } from '../walks/order.ts';
import type { WalkPlanner, StopInput } from '../walks/planner.ts';
import type { Profile } from '../walks/route.ts';
import { DEFAULT_DWELL_MIN } from '../walks/pace.ts';
import { readSavedWalks, writeSavedWalks, type SavedWalk } from '../walks/saved-walks.ts';
import {
  curatedWalkView,
  type WalkCollection,
  type WalkStopView,
  type WalkView,
} from '../walks/walk-view.ts';
import { MAX_WALK_STOPS } from '../data/ids.ts';
import { hoursSpec } from '../hours/hours-spec.ts';
import { metresBetween } from '../data/distance.ts';
import type { TimeboxPlan } from '../walks/timebox.ts';
import type { Clock } from '../data/clock.ts';
import { zoned } from '../i18n/zoned.ts';

export const MINE = 'mine';

/** How many places nearest the start a time-boxed plan chooses from. */
const TIMEBOX_CANDIDATES = 14;
/** Kinds that are services or whole areas, not places to visit on a walk. */
const NOT_VISITED = new Set(['area', 'metro', 'toilet', 'coach', 'rest', 'river', 'hill', 'wall']);
const isVisitable = (f: PlaceFeature) => f.geometry.type === 'Point' && !NOT_VISITED.has(f.properties.kind);

export interface MyWalk {
  stops: string[];
  profile: Profile;
  tour: Tour;
  /** Occurrence key of an event the walk is timed to reach; dropped when its venue leaves the walk. */
  at?: string;
}

export interface WalkHost extends ReactiveControllerHost {
  readonly lang: Lang;
  readonly t: Translation;
  /** The app's clock: when a walk is saved. */
  readonly clock: Clock;
  place(id: string): PlaceFeature | undefined;
  /** Every place (for planning a walk by time). */
  places(): readonly PlaceFeature[];
  /** The venue of an event occurrence, once the feed is loaded (undefined before, or for an unknown key). */
  eventPlace?(key: string): string | undefined;
  /** Prints the itinerary (the shell owns the page and the map). */
  printWalk(): Promise<void>;
}

export class WalkController implements ReactiveController {
  walks: WalkFeature[] = [];
  openId: string | undefined;
  mine: MyWalk = { stops: [], profile: 'standard', tour: 'open' };
  view: WalkView | undefined;
  busy = false;
  message: string | undefined;
  saved: SavedWalk[] = [];
  private planner: Promise<WalkPlanner> | undefined;
  private planSeq = 0;

  constructor(private readonly host: WalkHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.saved = readSavedWalks();
  }

  /** The curated walks, fetched; the shell hands them to setCurated together with the places. */
  async fetchCurated(): Promise<WalkCollection['features']> {
    const res = await fetch(new URL('data/walks.geojson', document.baseURI));
    if (!res.ok) throw new Error(`data/walks.geojson: HTTP ${res.status}`);
    return ((await res.json()) as WalkCollection).features;
  }

  setCurated(walks: WalkCollection['features']): void {
    this.walks = walks;
    this.refresh();
  }

  /** Restores walk state from a URL; unknown place ids are dropped once the data is there. */
  restore(open: string | undefined, mine: Partial<MyWalk>): void {
    this.openId = open;
    this.mine = {
      stops: (mine.stops ?? []).slice(0, MAX_WALK_STOPS),
      profile: mine.profile ?? 'standard',
      tour: mine.tour ?? 'open',
      at: mine.at,
    };
    this.refresh();
  }

  open(id: string | undefined): void {
    this.openId = id;
    this.message = undefined;
    this.refresh();
  }

  /** Adds a stop; with `at` (an occurrence key at that place) the walk is timed to reach it. */
  add(place: string, at?: string): void {
    if (at) this.mine = { ...this.mine, at };
    if (this.mine.stops.includes(place) || this.mine.stops.length >= MAX_WALK_STOPS) {
      if (at) this.open(MINE);
      return;
    }
    this.mine = { ...this.mine, stops: [...this.mine.stops, place] };
    this.openId = MINE;
    this.message = undefined;
    this.refresh();
  }

  edit(change: Partial<MyWalk>): void {
    this.mine = { ...this.mine, ...change };
    this.message = undefined;
    this.refresh();
  }

  savedAction(action: 'open' | 'delete', key: string): void {
    const walk = this.saved.find((s) => s.key === key);
    if (!walk) return;
    if (action === 'delete') {
      this.saved = this.saved.filter((s) => s.key !== key);
      writeSavedWalks(this.saved);
    } else {
      this.mine = { stops: walk.stops, profile: walk.profile, tour: walk.tour };
      this.openId = MINE;
    }
    this.refresh();
  }

  async action(action: WalkAction): Promise<void> {
    const view = this.view;
    const t = this.host.t;
    if (!view) return;
    switch (action) {
      case 'best-order': {
        const planner = await this.getPlanner();
        if (!planner) return;
        const ordered = planner.bestOrder(
          this.stopInputs(this.mine.stops),
          this.mine.profile,
          this.mine.tour,
        );
        this.edit({ stops: ordered.map((s) => s.id) });
        return;
      }
      case 'customise':
        this.mine = { stops: view.stops.map((s) => s.id), profile: view.profile, tour: view.tour };
        this.open(MINE);
        return;
      case 'gpx':
        download(`${this.fileName(view)}.gpx`, walkToGpx(view, this.host.lang), 'application/gpx+xml');
        return;
      case 'geojson':
        download(`${this.fileName(view)}.geojson`, walkToGeoJson(view), 'application/geo+json');
        return;
      case 'save': {
        const at = this.host.clock();
        const day = zoned(this.host.lang, { year: 'numeric', month: 'numeric', day: 'numeric' }).format(at);
        const name = `${isZh(this.host.lang) ? view.name_zh : view.name_en} · ${day}`;
        const entry: SavedWalk = {
          key: `${at}`,
          name,
          stops: this.mine.stops,
          profile: this.mine.profile,
          tour: this.mine.tour,
          saved: new Date(at).toISOString(),
        };
        const next = [entry, ...this.saved];
        this.message = writeSavedWalks(next) ? t.saved : t.saveFailed;
        if (this.message === t.saved) this.saved = next;
        this.host.requestUpdate();
        return;
      }
      case 'copy-link':
        try {
          await navigator.clipboard.writeText(location.href);
          this.message = t.linkCopied;
        } catch {
          this.message = location.href;
        }
        this.host.requestUpdate();
        return;
      case 'print':
        await this.host.printWalk();
        return;
    }
  }

  /**
   * A route from a position through `stops` (the guided walk's new route), on the open walk's profile; the
   * position is its first stop. Undefined when the routing network cannot be loaded.
   */
  async planFrom(
    from: [number, number],
    stops: readonly WalkStopView[],
    here: { zh: string; en: string },
  ): Promise<WalkView | undefined> {
    const planner = await this.getPlanner();
    if (!planner) return undefined;
    const input: StopInput[] = [
      { id: 'here', name_zh: here.zh, name_en: here.en, lonLat: from },
      ...stops.map((s) => ({ id: s.id, name_zh: s.name_zh, name_en: s.name_en, lonLat: s.lonLat })),
    ];
    const view = this.view;
    return planner.plan(
      input,
      view?.profile ?? 'standard',
      'open',
      { zh: view?.name_zh ?? '', en: view?.name_en ?? '' },
      landmarksOf(this.host.places()),
    );
  }

  /**
   * Plans the visitor's own walk by time ("2 hours from 鼓楼 at 14:00", today): the places that fit, open on
   * arrival, in walking order. Candidates are the visitable point places nearest the start (straight line),
   * so the exact order search stays fast on a phone. Undefined when the network cannot be loaded.
   */
  async planByTime(
    start: string,
    startAt: number,
    budget: number,
    date: string,
  ): Promise<TimeboxPlan | undefined> {
    const from = this.host.place(start);
    const planner = await this.getPlanner();
    if (!from || !planner) return undefined;
    const here = visitPoint(from);
    const near = this.host
      .places()
      .filter((f) => f.properties.id !== start && isVisitable(f))
      .map((f) => ({ f, d: metresBetween(here, visitPoint(f)) }))
      .sort((a, b) => a.d - b.d)
      .slice(0, TIMEBOX_CANDIDATES)
      .map((x) => x.f);
    const candidates = [from, ...near].map((f) => {
      const input = this.stopInputs([f.properties.id])[0];
      const visit = f.properties.visit_min ?? [DEFAULT_DWELL_MIN.standard, DEFAULT_DWELL_MIN.standard];
      return { ...input, visit, hours: hoursSpec(f.properties) };
    });
    const plan = planner.timebox(candidates, { date, startAt, budget });
    this.mine = { stops: plan.stops.map((s) => s.id), profile: 'standard', tour: 'open' };
    this.openId = MINE;
    this.message = undefined;
    this.refresh();
    return plan;
  }

  /** Loads the routing network now (the guided walk may need a new route offline). */
  preloadPlanner(): void {
    void this.getPlanner();
  }

  /** Walking distances from a position to every place, once the planner has loaded. */
  async distancesFrom(lonLat: [number, number], ids: string[]): Promise<Map<string, number>> {
    const planner = await this.getPlanner();
    return planner ? planner.distancesFrom(lonLat, this.stopInputs(ids)) : new Map();
  }

  private fileName(view: WalkView): string {
    return view.id ?? 'my-walk';
  }

  private stopInputs(ids: string[]): StopInput[] {
    return ids.flatMap((id) => {
      const f = this.host.place(id);
      return f
        ? [
            {
              id,
              name_zh: f.properties.name_zh,
              name_en: f.properties.name_en,
              lonLat: visitPoint(f),
              // The short end of the place's usual visit (its own, or its kind's from visit-times.json).
              dwell_min: f.properties.visit_min?.[0],
            },
          ]
        : [];
    });
  }

  private getPlanner(): Promise<WalkPlanner | undefined> {
    this.planner ??= import('../walks/planner.ts').then(({ WalkPlanner }) => WalkPlanner.load());
    return this.planner.catch(() => {
      this.planner = undefined;
      this.message = this.host.t.planError;
      this.host.requestUpdate();
      return undefined;
    });
  }

  /** Recomputes the open walk's view; the visitor's own walk is planned in the browser. */
  refresh(): void {
    const id = this.openId;
    const stops = this.mine.stops.filter((s) => this.host.place(s) || !this.walksReady());
    const atPlace = this.mine.at && this.host.eventPlace?.(this.mine.at);
    // An appointment whose venue left the walk no longer times it; one not yet resolvable (feed loading) stays.
    const at = atPlace === undefined || stops.includes(atPlace) ? this.mine.at : undefined;
    this.mine = { ...this.mine, stops, at };
    if (!id) {
      this.view = undefined;
    } else if (id !== MINE) {
      const f = this.walks.find((w) => w.properties.id === id);
      this.view = f
        ? curatedWalkView(f, (pid) => {
            const p = this.host.place(pid);
            return (
              p && { name_zh: p.properties.name_zh, name_en: p.properties.name_en, lonLat: visitPoint(p) }
            );
          })
        : undefined;
      if (!f && this.walks.length) this.openId = undefined;
    } else {
      void this.planMine();
    }
    this.host.requestUpdate();
  }

  private walksReady(): boolean {
    return this.walks.length > 0;
  }

  private async planMine() {
    const seq = ++this.planSeq;
    const stops = this.stopInputs(this.mine.stops);
    const names = { zh: this.host.t.myWalk, en: this.host.t.myWalk };
    if (stops.length < 2) {
      this.view = {
        name_zh: '我的步道',
        name_en: 'My walk',
        profile: this.mine.profile,
        tour: this.mine.tour,
        stops: stops.map((s) => ({ ...s, dwell_min: s.dwell_min ?? DEFAULT_DWELL_MIN[this.mine.profile] })),
        legs: [],
        distance_m: 0,
        walk_min: 0,
        duration_min: stops.reduce((n, s) => n + (s.dwell_min ?? DEFAULT_DWELL_MIN[this.mine.profile]), 0),
        stepped_sections: 0,
        step_free: true,
        unreachable: [],
        line: [],
      };
      this.host.requestUpdate();
      return;
    }
    this.busy = true;
    this.host.requestUpdate();
    const planner = await this.getPlanner();
    this.busy = false;
    if (!planner || seq !== this.planSeq) return this.host.requestUpdate();
    const view = planner.plan(
      stops,
      this.mine.profile,
      this.mine.tour,
      names,
      landmarksOf(this.host.places()),
    );
    this.view = { ...view, name_zh: '我的步道', name_en: 'My walk' };
    this.host.requestUpdate();
  }
}

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
