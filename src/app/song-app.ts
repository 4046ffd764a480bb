import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { OSM_ATTRIBUTION, OSM_COPYRIGHT_URL } from '../data/licence.ts';
import { AREA_IDS, type AreaId } from '../data/areas.ts';
import type { MapView } from '../data/bounds.ts';
import { loadAppData, type AppData } from '../data/load.ts';
import { HTML_LANG, resolveLang, type Lang } from '../i18n/lang.ts';
import { TRANSLATIONS } from '../i18n/translations.ts';
import '../map/heritage-map.ts';
import type { LocateEvent, MapState, MapStateEvent, MapViewChangeEvent } from '../map/events.ts';
import type { AreaToggleEvent, PlaceSelectEvent } from '../places/events.ts';
import '../places/layer-panel.ts';
import '../places/place-card.ts';
import '../places/place-list.ts';
import '../history/time-control.ts';
import type { TimeChangeEvent } from '../history/events.ts';
import { presentYear, type TimeView } from '../history/time-view.ts';
import type { PlaceCard } from '../places/place-card.ts';
import { placeText } from '../places/place-text.ts';
import { sharedStyles } from '../theme/shared-styles.ts';
import { parseUrlState, serializeUrlState } from './url-state.ts';
import { registerServiceWorker } from './pwa.ts';
import { MINE, WalkController, type WalkHost } from './walk-controller.ts';
import { FeedController } from './feed-controller.ts';
import { systemClock, type Clock } from '../data/clock.ts';
import '../walks/walk-list.ts';
import '../walks/walk-panel.ts';
import type {
  SavedWalkEvent,
  WalkActionEvent,
  WalkAddEvent,
  WalkEditEvent,
  WalkOpenEvent,
} from '../walks/events.ts';
import type { HeritageMap } from '../map/heritage-map.ts';
import type { Translation } from '../i18n/translations.ts';
import type { PlaceFeature } from '../data/schema.ts';
import '../search/search-box.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { SearchSelectEvent } from '../search/events.ts';
import type { SearchDoc } from '../search/doc.ts';
import type { Feed } from '../listings/feed.ts';
import type { Occurrence } from '../listings/occurrences.ts';
import { occurrencesFromFeed } from '../listings/feed-read.ts';
import { eventMapFeatures, type EventMapCollection } from '../listings/event-map.ts';
import type { ListingChangeEvent, OccurrenceSelectEvent, OccurrenceShareEvent } from '../listings/events.ts';
import type { ListedOccurrence } from '../listings/filters.ts';
import { nearbyOccurrences } from '../listings/near.ts';
import { NEAR_METRES } from '../places/place-list.ts';
import { DEFAULT_TRIP, type TripSettings } from '../trips/trip-settings.ts';
import type { TripChangeEvent } from '../trips/events.ts';

const LANG_KEY = 'song-heritage-map:lang';

function savedLang(): string | null {
  try {
    return localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
}

/**
 * The app shell: owns language, selection, visible areas and the map view, keeps them in the URL, and hands
 * them down to the map, the list, the card and the layer panel. Nothing below it holds app state.
 *
 * @summary The Song Heritage Map application.
 */
export class SongApp extends LitElement implements WalkHost {
  static properties = {
    lang: { state: true },
    data: { state: true },
    dataError: { state: true },
    selected: { state: true },
    visible: { state: true },
    time: { state: true },
    view: { state: true },
    mapState: { state: true },
    sheetOpen: { state: true },
    tab: { state: true },
    searchIndex: { state: true },
    online: { state: true },
    applyUpdate: { state: true },
    offlineReady: { state: true },
    distances: { state: true },
    locateMessage: { state: true },
    printImage: { state: true },
    selectedEvent: { state: true },
    eventMap: { state: true },
    eventMessage: { state: true },
    now: { state: true },
    trip: { state: true },
  };

  /** Occurrence key shown in What's on (from the map, a card, the list or a link). */
  declare selectedEvent: string | undefined;
  /** The events the list shows, as the map draws them. */
  declare eventMap: EventMapCollection | undefined;
  /** A short status after sharing an event. */
  declare eventMessage: string | undefined;
  /** The time lists and roaming positions are computed for; ticks each minute while What's on is open. */
  declare now: number;
  private listedEvents: readonly ListedOccurrence[] = [];
  private minuteTimer: ReturnType<typeof setInterval> | undefined;
  /** The app's one clock: every "now" below is read from it (tests and demos set it). */
  clock: Clock = systemClock;

  /** The field-trip view is shown with these settings; undefined: the map. */
  declare trip: TripSettings | undefined;

  /** The trip view's code loads the first time it is opened. */
  private tripViewReady: Promise<unknown> | undefined;
  private showTrip(trip: TripSettings | undefined) {
    this.trip = trip;
    if (trip) this.tripViewReady ??= import('../trips/trip-view.ts').then(() => this.requestUpdate());
  }

  /** Walking distances from the visitor's position, once known. */
  declare distances: ReadonlyMap<string, number> | undefined;
  /** Why the position could not be had, shown until the next success. */
  declare locateMessage: 'denied' | 'unavailable' | undefined;
  private lastLocated: [number, number] | undefined;

  private async onLocate(e: LocateEvent) {
    if (!e.lonLat) {
      this.locateMessage = e.error;
      return;
    }
    this.locateMessage = undefined;
    // Positions arrive every second while tracking: recompute only after a move of ~20 m.
    const last = this.lastLocated;
    if (last && Math.hypot((e.lonLat[0] - last[0]) * 96000, (e.lonLat[1] - last[1]) * 111000) < 20) return;
    this.lastLocated = e.lonLat;
    await this.loadFeed();
    this.now = this.clock();
    const venues = (this.feed?.events ?? []).flatMap((ev) => (ev.venue ? [ev.venue] : []));
    const ids = [
      ...new Set([
        ...(this.data?.places.features ?? [])
          .filter((f) => f.geometry.type === 'Point')
          .map((f) => f.properties.id),
        ...venues,
      ]),
    ];
    this.distances = await this.walks.distancesFrom(e.lonLat, ids);
    this.tab = 'places';
    this.sheetOpen = true;
  }

  /** The browser says it has a network. */
  declare online: boolean;
  /** Set when a new version is waiting: calling it reloads into the new version. */
  declare applyUpdate: (() => void) | undefined;
  /** The service worker has cached everything; shown once. */
  declare offlineReady: boolean;
  private readonly onOnline = () => (this.online = navigator.onLine);

  /** The search index, built once the search documents have arrived. */
  declare searchIndex: SearchIndex | undefined;
  /** Which list the side panel shows when no place is open. */
  declare tab: 'places' | 'walks' | 'events';
  /** The event feed, fetched the first time something needs it (What's on, a card, a walk, a location). */
  readonly feeds = new FeedController(this);
  private occurrences: Occurrence[] = [];
  private get feed(): Feed | undefined {
    return this.feeds.state?.feed;
  }

  private async loadFeed() {
    if (this.feeds.state) return;
    // What's on is its own chunk: the first view never needs it.
    const [state] = await Promise.all([this.feeds.load(), import('../listings/event-list.ts')]);
    if (!state) return;
    this.occurrences = occurrencesFromFeed(state.feed);
    this.walks.refresh();
    this.requestUpdate();
  }

  private showTab(tab: 'places' | 'walks' | 'events') {
    this.tab = tab;
    if (tab === 'events') void this.loadFeed();
    else this.selectedEvent = undefined;
  }

  eventPlace(key: string): string | undefined {
    return this.occurrences.find((o) => o.key === key)?.event.venue;
  }

  private onListingChange(e: ListingChangeEvent) {
    this.listedEvents = e.listed;
    this.eventMap = eventMapFeatures(e.listed, this.now);
  }

  private onOccurrenceSelect(e: OccurrenceSelectEvent) {
    this.selected = undefined;
    this.selectedEvent = e.key;
    this.tab = 'events';
    void this.loadFeed();
    // "Show on map" on a phone folds the sheet away so the map is seen; elsewhere the list shows the event.
    this.sheetOpen = !(e.origin === 'list' && matchMedia('(max-width: 859px)').matches);
  }

  private async onOccurrenceShare(e: OccurrenceShareEvent) {
    const hash = serializeUrlState({ lang: this.lang, event: e.key });
    const url = `${location.origin}${location.pathname}${location.search}${hash}`;
    const t = this.t;
    try {
      if (navigator.share && matchMedia('(pointer: coarse)').matches) {
        await navigator.share({ title: e.title, url });
        return;
      }
      await navigator.clipboard.writeText(url);
      this.eventMessage = t.linkCopied;
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      // No clipboard (permissions, old browser): the link goes into the address bar instead.
      history.replaceState(history.state, '', url);
      this.eventMessage = t.shareFailed;
    }
  }

  /** The occurrence the visitor's walk is timed to reach, as the walk panel shows it. */
  private appointment() {
    const key = this.walks.mine.at;
    const o = key ? this.occurrences.find((x) => x.key === key) : undefined;
    if (!o?.event.venue) return undefined;
    return {
      title: this.lang === 'zh' ? o.event.title_zh : o.event.title_en,
      place: o.event.venue,
      start: o.start,
    };
  }

  /** Upcoming occurrences at a place for its card, soonest first; undefined until the feed is loaded. */
  private eventsAt(id: string): Occurrence[] | undefined {
    if (!this.feed) return undefined;
    return this.occurrences
      .filter((o) => o.event.venue === id && o.end > this.now)
      .sort((a, b) => a.start - b.start)
      .slice(0, 3);
  }
  /** The map as a picture, for the printed itinerary. */
  declare printImage: string | undefined;
  readonly walks = new WalkController(this);

  get t(): Translation {
    return TRANSLATIONS[this.lang];
  }

  place(id: string): PlaceFeature | undefined {
    return this.placeById(id);
  }

  async printWalk(): Promise<void> {
    const map = this.renderRoot.querySelector<HeritageMap>('heritage-map');
    this.printImage = (await map?.snapshot()) ?? undefined;
    await this.updateComplete;
    print();
  }

  declare lang: Lang;
  declare data: AppData | undefined;
  declare dataError: string | undefined;
  declare selected: string | undefined;
  declare visible: readonly AreaId[];
  declare time: TimeView;
  /** The map view; undefined until the URL names one or the visitor moves the map. */
  declare view: MapView | undefined;
  declare mapState: MapState | undefined;
  /** Phone layout only: whether the bottom sheet is expanded. */
  declare sheetOpen: boolean;

  private readonly onHashChange = () => this.applyUrl(location.hash);
  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.selected) this.select(undefined, true);
  };

  constructor() {
    super();
    const url = parseUrlState(location.hash);
    this.lang = resolveLang(url.lang, savedLang(), navigator.languages ?? [navigator.language]);
    this.visible = url.layers ?? [...AREA_IDS];
    this.time = { year: url.year ?? presentYear(), fade: url.fade };
    this.view = url.view;
    this.selected = url.place;
    this.sheetOpen = !!url.place || !!url.walk;
    this.tab = url.walk ? 'walks' : 'places';
    this.now = this.clock();
    this.selectedEvent = url.event;
    if (url.event) {
      this.tab = 'events';
      this.sheetOpen = true;
    }
    this.walks.restore(url.walk, { stops: url.stops, profile: url.profile, tour: url.tour, at: url.at });
    this.showTrip(url.trip);
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.online = navigator.onLine;
    addEventListener('online', this.onOnline);
    addEventListener('offline', this.onOnline);
    registerServiceWorker({
      onUpdate: (apply) => (this.applyUpdate = apply),
      onOfflineReady: () => (this.offlineReady = true),
    });
    addEventListener('hashchange', this.onHashChange);
    addEventListener('keydown', this.onKeyDown);
    void this.load();
    if (this.selectedEvent || this.walks.mine.at || this.selected) void this.loadFeed();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.onOnline);
    removeEventListener('offline', this.onOnline);
    removeEventListener('hashchange', this.onHashChange);
    removeEventListener('keydown', this.onKeyDown);
    clearInterval(this.minuteTimer);
  }

  private async load() {
    this.dataError = undefined;
    try {
      this.data = await loadAppData();
      if (this.selected && !this.placeById(this.selected)) this.selected = undefined;
      await this.walks.loadCurated();
      void this.loadSearch();
    } catch (e) {
      this.dataError = (e as Error).message;
    }
  }

  /** The search index is built after the first view, from documents the build prepared (with pinyin). */
  private async loadSearch() {
    try {
      const [{ createSearchIndexInSteps }, res] = await Promise.all([
        import('../search/search-index.ts'),
        fetch(new URL('data/search.json', document.baseURI)),
      ]);
      if (res.ok) this.searchIndex = await createSearchIndexInSteps((await res.json()) as SearchDoc[]);
    } catch {
      // Search is an extra: without it the list and the map still carry every place.
    }
  }

  private onSearchSelect(e: SearchSelectEvent) {
    if (e.resultType === 'walk') {
      this.selected = undefined;
      this.tab = 'walks';
      this.sheetOpen = true;
      this.walks.open(e.id);
    } else if (e.resultType === 'place') {
      this.select(e.id);
    }
  }

  /** A venue with a place card: geodata's places, not the venues an admin added on the events service. */
  private readonly hasCard = (id: string) => !!this.placeById(id);

  private placeById(id: string | undefined) {
    return id ? this.data?.places.features.find((f) => f.properties.id === id) : undefined;
  }

  private applyUrl(hash: string) {
    const url = parseUrlState(hash);
    if (url.lang) this.lang = url.lang;
    if (url.view) this.view = url.view;
    this.visible = url.layers ?? [...AREA_IDS];
    this.time = { year: url.year ?? presentYear(), fade: url.fade };
    this.selected = url.place && (!this.data || this.placeById(url.place)) ? url.place : undefined;
    this.walks.restore(url.walk, { stops: url.stops, profile: url.profile, tour: url.tour, at: url.at });
    if (url.walk) this.tab = 'walks';
    if (url.event) {
      this.selectedEvent = url.event;
      this.tab = 'events';
      void this.loadFeed();
    }
    this.showTrip(url.trip);
  }

  private writeUrl() {
    const hash = serializeUrlState({
      lang: this.lang,
      view: this.view,
      place: this.selected,
      layers: [...this.visible],
      year: this.time.year,
      fade: this.time.fade,
      walk: this.walks.openId,
      stops: this.walks.mine.stops,
      profile: this.walks.mine.profile,
      tour: this.walks.mine.tour,
      at: this.walks.mine.at,
      event: this.tab === 'events' ? this.selectedEvent : undefined,
      trip: this.trip,
    });
    if (hash !== location.hash)
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tab')) {
      clearInterval(this.minuteTimer);
      // Roaming events move and "on now" changes with the clock: recompute each minute while What's on is open.
      if (this.tab === 'events')
        this.minuteTimer = setInterval(() => {
          this.now = this.clock();
          this.eventMap = eventMapFeatures(this.listedEvents, this.now);
        }, 60_000);
    }
    if (changed.has('lang')) {
      document.documentElement.lang = HTML_LANG[this.lang];
    }
  }

  protected updated(changed: PropertyValues<this>): void {
    if (
      ['lang', 'view', 'selected', 'visible', 'time', 'data', 'selectedEvent', 'tab', 'trip'].some((k) =>
        changed.has(k as keyof SongApp),
      )
    ) {
      this.writeUrl();
      const t = TRANSLATIONS[this.lang];
      const place = this.placeById(this.selected);
      const base = `${t.appTitle} · ${t.appSubtitle}`;
      document.title = place ? `${placeText(place.properties, 'name', this.lang)} — ${base}` : base;
    }
  }

  private select(id: string | undefined, restoreFocus = false) {
    const previous = this.selected;
    this.selected = id;
    if (id) {
      void this.loadFeed();
      this.sheetOpen = true;
      // On a phone the open card leaves little map: fold the time control out of its way.
      if (matchMedia('(max-width: 859px)').matches) {
        const time = this.renderRoot.querySelector<HTMLDetailsElement>('details.time');
        if (time) time.open = false;
      }
    }
    void this.updateComplete.then(() => {
      if (id) this.renderRoot.querySelector<PlaceCard>('place-card')?.focusTitle();
      else if (restoreFocus && previous) {
        this.renderRoot
          .querySelector('place-list')
          ?.renderRoot.querySelector<HTMLElement>(`[data-id="${previous}"]`)
          ?.focus();
      }
    });
  }

  private switchLang() {
    this.lang = this.lang === 'zh' ? 'en' : 'zh';
    try {
      localStorage.setItem(LANG_KEY, this.lang);
    } catch {
      // Private browsing may refuse storage; the URL still carries the choice.
    }
  }

  private onPlaceSelect(e: PlaceSelectEvent) {
    this.select(e.id, e.origin === 'card');
  }

  private onAreaToggle(e: AreaToggleEvent) {
    const set = new Set(this.visible);
    if (e.visible) set.add(e.area);
    else set.delete(e.area);
    this.visible = AREA_IDS.filter((a) => set.has(a));
  }

  /** The time control starts open on a desktop, folded on a phone, and open whenever a link names a year. */
  private readonly timeOpen =
    !matchMedia('(max-width: 859px)').matches || /[#&](year|fade)=/.test(location.hash);

  private readonly mapPadding = { top: 24, right: 24, bottom: 24, left: 24 };

  static styles = [
    sharedStyles,
    css`
      :host {
        position: fixed;
        inset: 0;
        display: grid;
        grid-template-rows: auto 1fr;
        background: var(--paper);
      }
      :host([trip]) {
        overflow-y: auto;
        align-content: start;
        grid-template-rows: auto auto;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem 0.75rem;
        padding: 0.4rem 0.75rem;
        background: #2b2622;
        color: #fbf8f1;
        z-index: 2;
      }
      h1 {
        margin: 0;
        font-size: 1.1rem;
        line-height: 1.2;
      }
      h1 small {
        display: block;
        font-size: 0.75rem;
        font-weight: normal;
        opacity: 0.85;
      }
      .offline,
      .update {
        padding: 0.15rem 0.6rem;
        border-radius: 999px;
        background: #fff4e0;
        color: #2b2622;
        font-size: 0.8rem;
        font-weight: 600;
      }
      .update button {
        margin-inline-start: 0.3rem;
        min-height: 32px;
      }
      search-box {
        flex: 0 1 26rem;
        margin-inline-start: auto;
      }
      .lang,
      .trip-open {
        min-height: 44px;
        min-width: 44px;
        padding: 0 0.9rem;
        border: 1px solid #fbf8f1;
        border-radius: 999px;
        background: transparent;
        color: #fbf8f1;
        cursor: pointer;
      }
      main {
        position: relative;
        display: grid;
        grid-template-columns: minmax(320px, 400px) 1fr;
        min-height: 0;
      }
      .map-pane {
        grid-column: 2;
        grid-row: 1;
        position: relative;
        min-height: 0;
      }
      heritage-map {
        position: absolute;
        inset: 0;
      }
      aside {
        grid-column: 1;
        grid-row: 1;
        overflow: auto;
        padding: 0.75rem 1rem 1.5rem;
        background: var(--card);
        border-inline-end: 1px solid var(--line);
      }
      .sheet-toggle {
        display: none;
      }
      .status {
        position: absolute;
        top: 0.75rem;
        left: 50%;
        transform: translateX(-50%);
        z-index: 1;
        max-width: min(90%, 28rem);
        padding: 0.5rem 0.9rem;
        border-radius: 8px;
        background: #2b2622;
        color: #fbf8f1;
        font-size: 0.9rem;
      }
      .problem {
        position: static;
        transform: none;
        margin: 0 0 0.75rem;
        max-width: none;
        background: #fff4e0;
        color: var(--ink);
        border: 1px solid #a15c00;
      }
      .problem button {
        margin-inline-start: 0.5rem;
        min-height: 36px;
      }
      details.about {
        margin: 1rem 0;
        font-size: 0.85rem;
        color: var(--ink-soft);
      }
      details.about summary {
        min-height: 44px;
        display: flex;
        align-items: center;
        cursor: pointer;
      }
      layer-panel {
        margin-bottom: 1rem;
      }
      .map-count {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        margin: 0.5rem 0 0;
        font-size: 0.85rem;
        color: var(--ink-soft);
      }
      .event-swatch {
        background: #5b3a8c;
        box-shadow:
          0 0 0 2px #fbf8f1,
          0 0 0 3px #5b3a8c;
      }
      .organizers {
        margin: 1.25rem 0 0;
        font-size: 0.88rem;
      }
      .event-message:empty {
        margin: 0;
      }
      .event-message {
        margin: 0.4rem 0 0;
        font-size: 0.88rem;
        font-weight: 600;
      }
      .tabs {
        display: grid;
        grid-template-columns: 1fr 1fr 1fr;
        gap: 0.35rem;
        margin-bottom: 0.75rem;
      }
      .tabs button {
        min-height: 44px;
        border: 1px solid var(--line);
        border-radius: 8px;
        background: var(--card);
        font-weight: 600;
        cursor: pointer;
      }
      .tabs button[aria-pressed='true'] {
        background: #2b2622;
        border-color: #2b2622;
        color: #fbf8f1;
      }
      .print-map {
        display: none;
      }
      @media print {
        :host {
          position: static;
          display: block;
        }
        header,
        .map-pane,
        .tabs,
        .sheet-toggle,
        .status {
          display: none !important;
        }
        main {
          display: block;
        }
        aside {
          max-height: none !important;
          overflow: visible !important;
          border: 0;
          box-shadow: none;
          padding: 0;
        }
        .print-map {
          display: block;
          width: 100%;
          max-height: 32vh;
          object-fit: contain;
          margin-bottom: 0.5rem;
        }
      }
      details.time {
        position: absolute;
        top: 0.6rem;
        left: 0.6rem;
        z-index: 1;
        width: min(22rem, calc(100% - 4.5rem));
        box-sizing: border-box;
        padding: 0.2rem 0.75rem 0.5rem;
        border: 1px solid var(--line);
        border-radius: 10px;
        background: rgb(255 253 248 / 0.95);
        box-shadow: 0 2px 8px rgb(0 0 0 / 0.12);
      }
      details.time summary {
        min-height: 36px;
        display: flex;
        align-items: center;
        font-weight: 600;
        cursor: pointer;
      }
      details.time:not([open]) {
        width: auto;
      }
      h2.places {
        font-size: 1rem;
        margin: 0 0 0.5rem;
      }
      .back {
        min-height: 44px;
        margin: 0 0 0.5rem;
        padding: 0 0.75rem;
        border: 1px solid var(--line);
        border-radius: 999px;
        background: var(--card);
        cursor: pointer;
      }
      :host([no-map]) main {
        grid-template-columns: 1fr;
      }
      :host([no-map]) .map-pane {
        display: none;
      }
      @media (max-width: 859px) {
        search-box {
          order: 3;
          flex: 1 1 100%;
        }
        .lang,
        .trip-open {
          margin-inline-start: auto;
        }
        .trip-open + .lang {
          margin-inline-start: 0;
        }
        main {
          grid-template-columns: 1fr;
          grid-template-rows: 1fr auto;
        }
        .map-pane {
          grid-column: 1;
          grid-row: 1;
        }
        aside {
          grid-column: 1;
          grid-row: 2;
          max-height: 48px;
          overflow: hidden;
          border: 0;
          border-top: 1px solid var(--line);
          box-shadow: 0 -4px 16px rgb(0 0 0 / 0.12);
          padding-top: 0;
        }
        aside.open {
          max-height: 55vh;
          overflow: auto;
        }
        .sheet-toggle {
          display: flex;
          justify-content: center;
          align-items: center;
          gap: 0.5rem;
          position: sticky;
          top: 0;
          width: calc(100% + 2rem);
          margin: 0 -1rem 0.5rem;
          min-height: 48px;
          border: 0;
          background: var(--card);
          cursor: pointer;
          font-weight: 600;
          z-index: 1;
        }
        :host([no-map]) main {
          grid-template-rows: 1fr;
        }
        :host([no-map]) aside {
          grid-row: 1;
          max-height: none;
          overflow: auto;
          box-shadow: none;
        }
        :host([no-map]) .sheet-toggle {
          display: none;
        }
      }
    `,
  ];

  private onWalkAdd(e: WalkAddEvent) {
    this.walks.add(e.place, e.appointment?.key);
  }

  private renderPlaces(t: Translation, noMap: boolean, features: PlaceFeature[]) {
    return html`${
        noMap
          ? nothing
          : html`<layer-panel
              .visible=${this.visible}
              .t=${t}
              @area-toggle=${this.onAreaToggle}
            ></layer-panel>`
      }
      <h2 class="places">${t.places}</h2>
      <place-list
        .places=${features}
        .lang=${this.lang}
        .t=${t}
        .selected=${this.selected}
        .inWalk=${this.walks.mine.stops}
        .distances=${this.distances}
        .nearEvents=${this.distances && nearbyOccurrences(this.occurrences, this.distances, this.now, NEAR_METRES)}
        @occurrence-select=${this.onOccurrenceSelect}
        @place-select=${this.onPlaceSelect}
        @walk-add=${this.onWalkAdd}
      ></place-list>
      <details class="about">
        <summary>${t.about}</summary>
        <p>${t.aboutText}</p>
        <p>
          <a href=${OSM_COPYRIGHT_URL} target="_blank" rel="noopener noreferrer">${OSM_ATTRIBUTION}</a>
        </p>
      </details>`;
  }

  private renderEvents(t: Translation) {
    const feeds = this.feeds;
    if (feeds.error)
      return html`<p class="status problem" role="alert">
        ${feeds.error === 'offline' ? t.eventsOfflineNone : t.eventsError}
      </p>`;
    if (!feeds.state || !this.feed) return html`<p role="status">${t.eventsLoading}</p>`;
    const unknown = this.selectedEvent && !this.occurrences.some((o) => o.key === this.selectedEvent);
    return html`${unknown ? html`<p class="status problem" role="alert">${t.eventNotFound}</p>` : nothing}
      ${
        this.eventMap && this.mapState === 'idle'
          ? html`<p class="map-count">
              <span class="swatch event-swatch" aria-hidden="true"></span>
              ${t.eventsOnMap(this.eventMap.features.filter((f) => f.geometry.type === 'Point').length)}
            </p>`
          : nothing
      }
      <p class="event-message" role="status">${this.eventMessage ?? ''}</p>
      <event-list
        .occurrences=${this.occurrences}
        ?sampleOnly=${this.feed.sample_only}
        .offlineCopy=${feeds.state.offline ? feeds.state : undefined}
        .icsBase=${feeds.icsBase}
        .now=${this.now}
        .lang=${this.lang}
        .t=${t}
        .selectedKey=${this.selectedEvent}
        .hasCard=${this.hasCard}
        @place-select=${this.onPlaceSelect}
        @walk-add=${this.onWalkAdd}
        @listing-change=${this.onListingChange}
        @occurrence-select=${this.onOccurrenceSelect}
        @occurrence-share=${this.onOccurrenceShare}
      ></event-list>
      <p class="organizers"><a href=${`organize.html#lang=${this.lang}`}>${t.forOrganizers}</a></p>`;
  }

  private renderWalks(t: Translation) {
    const w = this.walks;
    if (w.openId) {
      return html`${this.printImage ? html`<img class="print-map" src=${this.printImage} alt="" />` : nothing}
        <walk-panel
          .walk=${w.view}
          ?editable=${w.openId === MINE}
          ?busy=${w.busy}
          .message=${w.message}
          .appointment=${w.openId === MINE ? this.appointment() : undefined}
          .now=${this.now}
          .lang=${this.lang}
          .t=${t}
          @walk-open=${(e: WalkOpenEvent) => w.open(e.id)}
          @walk-edit=${(e: WalkEditEvent) => w.edit(e.change)}
          @walk-action=${(e: WalkActionEvent) => void w.action(e.action)}
          @place-select=${this.onPlaceSelect}
        ></walk-panel>`;
    }
    return html`<walk-list
      .walks=${w.walks}
      .saved=${w.saved}
      .mineCount=${w.mine.stops.length}
      .lang=${this.lang}
      .t=${t}
      @walk-open=${(e: WalkOpenEvent) => w.open(e.id)}
      @saved-walk=${(e: SavedWalkEvent) => w.savedAction(e.action, e.key)}
    ></walk-list>`;
  }

  render() {
    const t = TRANSLATIONS[this.lang];
    const noMap = this.mapState === 'unsupported' || this.mapState === 'error';
    this.toggleAttribute('no-map', noMap);
    this.toggleAttribute('trip', !!this.trip);
    const place = this.placeById(this.selected);
    const features = this.data?.places.features ?? [];
    return html`
      <header>
        <h1>${t.appTitle}<small>${t.appSubtitle}</small></h1>
        ${
          this.online
            ? nothing
            : html`<span class="offline" role="status" title=${t.offlineLabel} aria-label=${t.offlineLabel}
                >${t.offline}</span
              >`
        }
        ${
          this.applyUpdate
            ? html`<span class="update" role="status"
                >${t.updateReady} <button @click=${() => this.applyUpdate?.()}>${t.updateApply}</button></span
              >`
            : nothing
        }
        <search-box
          .index=${this.searchIndex}
          .lang=${this.lang}
          .labels=${t.search}
          @search-select=${this.onSearchSelect}
        ></search-box>
        <button
          class="trip-open"
          aria-pressed=${this.trip ? 'true' : 'false'}
          @click=${() => this.showTrip(this.trip ? undefined : { ...DEFAULT_TRIP, stops: [] })}
        >
          ${t.tripOpen}
        </button>
        <button
          class="lang"
          lang=${this.lang === 'zh' ? 'en' : 'zh-Hans'}
          aria-label=${t.switchLangLabel}
          @click=${this.switchLang}
        >
          ${t.switchLang}
        </button>
      </header>
      ${this.trip ? this.renderTrip() : this.renderMain(t, noMap, place, features)}
    `;
  }

  private renderTrip() {
    return html`<trip-view
      .clock=${this.clock}
      .settings=${this.trip}
      .places=${this.data?.places}
      .basemap=${this.data?.basemap}
      .walks=${this.walks.walks}
      .lang=${this.lang}
      @trip-change=${(e: TripChangeEvent) => (this.trip = e.settings)}
      @trip-close=${() => this.showTrip(undefined)}
    ></trip-view>`;
  }

  private renderMain(
    t: Translation,
    noMap: boolean,
    place: PlaceFeature | undefined,
    features: PlaceFeature[],
  ) {
    return html`
      <main>
        <div class="map-pane">
          <heritage-map
            .places=${this.data?.places}
            .basemap=${this.data?.basemap}
            .lang=${this.lang}
            .visibleAreas=${this.visible}
            .time=${this.time}
            .walk=${this.walks.view && !this.walks.busy ? this.walks.view : undefined}
            .events=${this.tab === 'events' ? this.eventMap : undefined}
            .selectedEvent=${this.tab === 'events' ? this.selectedEvent : undefined}
            @occurrence-select=${this.onOccurrenceSelect}
            .selected=${this.selected}
            .view=${this.view}
            .padding=${this.mapPadding}
            .ariaLabelText=${t.mapLabel}
            .attribution=${t.attribution}
            @place-select=${this.onPlaceSelect}
            @map-view-change=${(e: MapViewChangeEvent) => (this.view = e.view)}
            @map-state=${(e: MapStateEvent) => (this.mapState = e.state)}
            @map-locate=${this.onLocate}
          ></heritage-map>
          ${
            this.mapState === 'loading' || (this.mapState === undefined && !this.dataError)
              ? html`<p class="status" role="status">${t.mapLoading}</p>`
              : nothing
          }
          ${
            // The year control changes the map only: it comes with the map, not over its loading message.
            this.mapState !== 'idle'
              ? nothing
              : html`<details class="time" ?open=${this.timeOpen}>
                  <summary>${t.time} · ${this.time.fade !== undefined ? t.compare : this.time.year}</summary>
                  <time-control
                    .time=${this.time}
                    .lang=${this.lang}
                    .t=${t}
                    @time-change=${(e: TimeChangeEvent) => (this.time = e.time)}
                  ></time-control>
                </details>`
          }
        </div>
        <aside class=${this.sheetOpen ? 'open' : ''} aria-label=${t.places}>
          <button
            class="sheet-toggle"
            aria-expanded=${this.sheetOpen ? 'true' : 'false'}
            @click=${() => (this.sheetOpen = !this.sheetOpen)}
          >
            ${
              this.sheetOpen
                ? `▾ ${t.showMap}`
                : this.tab === 'events'
                  ? `▴ ${t.tabEvents}`
                  : this.tab === 'walks'
                    ? `▴ ${t.tabWalks}`
                    : `▴ ${t.places} · ${t.layers}`
            }
          </button>
          ${this.mapState === 'unsupported' ? html`<p class="status problem" role="alert">${t.noWebgl}</p>` : nothing}
          ${
            this.locateMessage
              ? html`<p class="status problem" role="status">
                  ${this.locateMessage === 'denied' ? t.locateDenied : t.locateUnavailable}
                </p>`
              : nothing
          }
          ${this.mapState === 'error' ? html`<p class="status problem" role="alert">${t.mapError}</p>` : nothing}
          ${
            this.dataError
              ? html`<p class="status problem" role="alert">
                  ${t.dataError}<button @click=${() => void this.load()}>${t.retry}</button>
                </p>`
              : nothing
          }
          ${
            place
              ? html`<button class="back" @click=${() => this.select(undefined, true)}>
                    ← ${t.backToList}
                  </button>
                  <place-card
                    .place=${place}
                    .lang=${this.lang}
                    .t=${t}
                    .inWalk=${this.walks.mine.stops.includes(place.properties.id)}
                    .events=${this.eventsAt(place.properties.id)}
                    @occurrence-select=${this.onOccurrenceSelect}
                    @place-select=${this.onPlaceSelect}
                    @walk-add=${this.onWalkAdd}
                  ></place-card>`
              : html`<div class="tabs" role="group" aria-label=${t.places}>
                    <button aria-pressed=${this.tab === 'places'} @click=${() => this.showTab('places')}>
                      ${t.tabPlaces}
                    </button>
                    <button aria-pressed=${this.tab === 'walks'} @click=${() => this.showTab('walks')}>
                      ${t.tabWalks}${this.walks.mine.stops.length ? ` (${this.walks.mine.stops.length})` : ''}
                    </button>
                    <button aria-pressed=${this.tab === 'events'} @click=${() => this.showTab('events')}>
                      ${t.tabEvents}
                    </button>
                  </div>
                  ${
                    this.tab === 'walks'
                      ? this.renderWalks(t)
                      : this.tab === 'events'
                        ? this.renderEvents(t)
                        : this.renderPlaces(t, noMap, features)
                  }`
          }
        </aside>
      </main>
    `;
  }
}

customElements.define('song-app', SongApp);

declare global {
  interface HTMLElementTagNameMap {
    'song-app': SongApp;
  }
}
