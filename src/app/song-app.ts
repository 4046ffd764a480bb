/**
 * Over 500 lines on purpose: the tourist app's shell renders every view (map, lists, card, walk, What's on,
 * trip) and mediates their events; its I/O lives in controllers beside it (feed, walk, URL, location,
 * offline) and its styles in song-app.styles.ts.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { AREA_IDS, type AreaId } from '../data/areas.ts';
import { OSM_ATTRIBUTION, OSM_COPYRIGHT_URL } from '../data/licence.ts';
import type { MapView } from '../data/bounds.ts';
import { loadAppData, type AppData } from '../data/load.ts';
import {
  COLLATOR_LOCALE,
  isZh,
  HTML_LANG,
  LANG_NAMES,
  SCRIPT_NAMES,
  resolveLang,
  type Lang,
} from '../i18n/lang.ts';
import { HantCache, hantTable } from '../i18n/hant.ts';
import { TRANSLATIONS } from '../i18n/translations.ts';
import '../map/heritage-map.ts';
import type { LocateEvent, MapState, MapStateEvent, MapViewChangeEvent } from '../events/map.ts';
import type { AreaToggleEvent, PlaceSelectEvent } from '../events/places.ts';
import '../places/ui/layer-panel.ts';
import '../places/ui/place-card.ts';
import '../places/ui/place-list.ts';
import '../history/ui/time-control.ts';
import type { TimeChangeEvent } from '../events/history.ts';
import { presentYear, type TimeView } from '../history/time-view.ts';
import type { PlaceCard } from '../places/ui/place-card.ts';
import { placeText } from '../places/place-text.ts';
import type { UrlState } from './url-state.ts';
import type { ListingQuery } from '../listings/listing-query.ts';
import { UrlController } from './url-controller.ts';
import { OfflineController } from './offline-controller.ts';
import { LocationController } from './location-controller.ts';
import { MINE, WalkController, type WalkHost } from './walk-controller.ts';
import { FeedController } from './feed-controller.ts';
import { systemClock, type Clock } from '../data/clock.ts';
import '../walks/ui/walk-list.ts';
import '../walks/ui/walk-panel.ts';
import '../walks/ui/time-plan-form.ts';
import type { WalkPanel } from '../walks/ui/walk-panel.ts';
import '../walks/ui/start-here.ts';
import '../walks/ui/walk-guide.ts';
import { GUIDE_STRINGS } from '../walks/ui/guide-strings.ts';
import { GuideController, type GuideHost } from './guide-controller.ts';
import type { WalkStopView } from '../walks/walk-view.ts';
import { MAX_WALK_STOPS } from '../data/ids.ts';
import type {
  GuideEvent,
  StartChoiceEvent,
  SavedWalkEvent,
  TimePlanEvent,
  WalkActionEvent,
  WalkAddEvent,
  WalkEditEvent,
  WalkOpenEvent,
} from '../events/walks.ts';
import type { HeritageMap } from '../map/heritage-map.ts';
import { hasWebGL2Api, supportsWebGL2 } from '../map/webgl.ts';
import type { Translation } from '../i18n/translations.ts';
import type { PlaceFeature } from '../data/schema.ts';
import '../search/ui/search-box.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { SearchSelectEvent } from '../events/search.ts';
import type { SearchDoc } from '../search/doc.ts';
import type { Feed } from '../listings/feed.ts';
import type { Occurrence } from '../listings/occurrences.ts';
import { occurrencesFromFeed } from '../listings/feed-read.ts';
import { eventMapFeatures, type EventMapCollection } from '../listings/event-map.ts';
import type {
  ListingChangeEvent,
  ListingQueryEvent,
  FeedRangeEvent,
  OccurrenceSelectEvent,
  OccurrenceShareEvent,
} from '../events/listings.ts';
import type { ListedOccurrence } from '../listings/filters.ts';
import { nearbyOccurrences } from '../listings/near.ts';
import { subscribeLinks } from '../listings/subscribe.ts';
import { hoursSpec } from '../hours/hours-spec.ts';
import { clockMinutes, clockText } from '../hours/clock-text.ts';
import { loadHoursModel, type HoursModel } from '../hours/hours-model.ts';
import { formatLocal } from '../listings/time.ts';
import { NEAR_METRES } from '../places/ui/place-list.ts';
import { DEFAULT_TRIP, type TripSettings } from '../trips/trip-settings.ts';
import type { TripChangeEvent } from '../events/trips.ts';
import { songAppStyles } from './song-app.styles.ts';
import { eventTitle } from '../listings/event-text.ts';

/** The next quarter hour after `at` in Hangzhou, minutes after midnight: the plan form's default start. */
function nextQuarter(at: number): number {
  const minute = clockMinutes(formatLocal(at).slice(11, 16))!;
  return Math.min(23 * 60 + 45, Math.ceil(minute / 15) * 15);
}

const LANG_KEY = 'song-heritage-map:lang';
/** Set once the visitor has put the first screen away: a returning visitor sees the map first. */
const START_KEY = 'song-heritage-map:start-seen';
/**
 * How long the app waits for the WebGL2 probe before it lays out the map anyway (src/map/webgl.ts). Where
 * WebGL2 is missing the probe answers in tens of milliseconds; where the GPU process starts cold a yes can
 * take a second, and the map needs that answer before it draws anything either way.
 */
const LAYOUT_PATIENCE_MS = 1500;

function readFlag(key: string): boolean {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

function writeFlag(key: string): void {
  try {
    localStorage.setItem(key, '1');
  } catch {
    // Private browsing may refuse storage: the first screen then shows again next time.
  }
}

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
export class SongApp extends LitElement implements WalkHost, GuideHost {
  static properties = {
    lang: { state: true },
    data: { state: true },
    hant: { state: true },
    dataError: { state: true },
    selected: { state: true },
    visible: { state: true },
    time: { state: true },
    view: { state: true },
    mapState: { state: true },
    layout: { state: true },
    hours: { state: true },
    sheetOpen: { state: true },
    tab: { state: true },
    searchIndex: { state: true },
    printImage: { state: true },
    selectedEvent: { state: true },
    listingQuery: { state: true },
    eventMap: { state: true },
    eventMessage: { state: true },
    now: { state: true },
    trip: { state: true },
    startOpen: { state: true },
    walkNote: { state: true },
    walkStart: { state: true },
    planning: { state: true },
  };

  /** The first screen's ways in are shown (first visit, no link to anything in particular). */
  declare startOpen: boolean;
  /** What "Add to walk" just did, said until the next change. */
  declare walkNote: { text: string; open: boolean } | undefined;
  /** The set-off time a plan by time chose (minutes after today's midnight), handed to the walk panel. */
  declare walkStart: number | undefined;
  /** A walk is being planned by time. */
  declare planning: boolean;

  /** The guided walk: position, next stop, arrivals, new routes (guide-controller.ts). */
  readonly guide = new GuideController(this);

  async reroute(from: [number, number], stops: WalkStopView[]) {
    const s = GUIDE_STRINGS;
    return this.walks.planFrom(from, stops, { zh: s.zh.here, en: s.en.here });
  }

  story(stop: WalkStopView): string | undefined {
    // The walk's own words for the stop, then the place's summary.
    const own = this.tx(this.walks.view)?.stops.find((x) => x.id === stop.id);
    const p = this.placeById(stop.id);
    const parts = [
      isZh(this.lang) ? own?.text_zh : own?.text_en,
      p && placeText(p.properties, 'summary', this.lang),
    ].filter(Boolean);
    return parts.length ? parts.join(isZh(this.lang) ? '' : ' ') : undefined;
  }

  stopName(stop: WalkStopView): string {
    const s = this.tx(stop);
    return isZh(this.lang) ? s.name_zh : s.name_en;
  }

  private onGuide(e: GuideEvent) {
    if (e.action === 'stop') return this.guide.stop();
    const view = this.walks.view;
    if (!view) return;
    this.walks.preloadPlanner();
    this.guide.start(view);
    this.sheetOpen = true;
  }

  private closeStart() {
    this.startOpen = false;
    writeFlag(START_KEY);
  }

  private onStartChoice(e: StartChoiceEvent) {
    this.closeStart();
    if (e.choice === 'near') {
      this.nearby.locateOnce();
      this.showTab('places');
      this.sheetOpen = true;
    } else if (e.choice === 'area' && e.area) {
      this.visible = [e.area];
      this.showTab('places');
      this.sheetOpen = true;
    }
  }

  /**
   * A walk chosen in the list replaces the list in the sheet: start the sheet at its top and focus the walk's
   * title, or the sheet stays where the list was scrolled, mid-way down the walk.
   */
  private openWalkFromList(id: string | undefined) {
    this.walks.open(id);
    this.showWalkTitle();
  }

  /** Once rendered, starts the sheet at the top and focuses the open walk's title. */
  private showWalkTitle() {
    void this.updateComplete.then(() => {
      const aside = this.renderRoot.querySelector('aside');
      if (aside) aside.scrollTop = 0;
      this.renderRoot.querySelector<WalkPanel>('walk-panel')?.focusTitle();
    });
  }

  private onStartWalk(e: WalkOpenEvent) {
    this.closeStart();
    this.selected = undefined;
    this.showTab('walks');
    this.sheetOpen = true;
    this.walks.open(e.id);
  }

  /** Occurrence key shown in What's on (from the map, a card, the list or a link). */
  declare selectedEvent: string | undefined;
  /** What's on's view and filters, kept here and in the URL so a filtered list can be shared. */
  declare listingQuery: ListingQuery | undefined;
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
    if (!trip) return;
    this.tripViewReady ??= import('../trips/ui/trip-view.ts').then(() => this.requestUpdate());
    // The planner lists the events of the day from the same feed the map and What's on show.
    void this.loadFeed().then(() => this.feedThroughTrip());
  }

  /** The trip's day may lie beyond the window of the feed held so far. */
  private feedThroughTrip() {
    if (this.trip?.date && this.feeds.state) void this.extendFeed(this.trip.date);
  }

  /** "You are here": walking distances from the visitor's position (location-controller.ts). */
  readonly nearby = new LocationController(this);

  async locationTargets(): Promise<string[]> {
    await this.loadFeed();
    this.now = this.clock();
    const venues = (this.feed?.events ?? []).flatMap((ev) => (ev.venue ? [ev.venue] : []));
    return [
      ...new Set([
        ...(this.shown?.places.features ?? [])
          .filter((f) => f.geometry.type === 'Point')
          .map((f) => f.properties.id),
        ...venues,
      ]),
    ];
  }

  distancesFrom(lonLat: [number, number], ids: string[]) {
    return this.walks.distancesFrom(lonLat, ids);
  }

  located(): void {
    this.tab = 'places';
    this.sheetOpen = true;
  }

  /** Online state, the service worker and a waiting new version (offline-controller.ts). */
  readonly offline = new OfflineController(this);

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
    const [state] = await Promise.all([
      this.feeds.load(),
      import('../listings/ui/event-list.ts'),
      import('../listings/ui/calendar-subscribe.ts'),
    ]);
    if (!state) return;
    this.occurrences = occurrencesFromFeed(state.feed);
    this.walks.refresh();
    this.requestUpdate();
    // A link to an occurrence beyond the first window (`#event=<id>@<start>`): fetch up to its day.
    const day = this.selectedEvent?.split('@')[1]?.slice(0, 10);
    if (day && /^\d{4}-\d{2}-\d{2}$/.test(day) && !this.occurrences.some((o) => o.key === this.selectedEvent))
      await this.extendFeed(day);
  }

  /** What's on shows days the held feed does not reach yet. */
  private readonly onFeedRange = (e: FeedRangeEvent) => void this.extendFeed(e.through);

  private async extendFeed(through: string) {
    const before = this.feeds.state;
    await this.feeds.extend(through);
    const after = this.feeds.state;
    if (after && after !== before) {
      this.occurrences = occurrencesFromFeed(after.feed);
      this.walks.refresh();
      this.requestUpdate();
    }
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
    const url = this.url.link({ lang: this.lang, event: e.key });
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
      this.url.show(url);
      this.eventMessage = t.shareFailed;
    }
  }

  /** The occurrence the visitor's walk is timed to reach, as the walk panel shows it. */
  private appointment() {
    const key = this.walks.mine.at;
    const o = key ? this.occurrences.find((x) => x.key === key) : undefined;
    if (!o?.event.venue) return undefined;
    return {
      title: eventTitle(o.event, this.lang),
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
    return this.data?.places.features.find((f) => f.properties.id === id);
  }

  /** The places in Simplified (the walk and guide controllers compute with them; render converts). */
  places(): readonly PlaceFeature[] {
    return this.data?.places.features ?? [];
  }

  /** Plans the visitor's own walk by time and opens it, with the set-off time and what was planned said. */
  private async onTimePlan(e: TimePlanEvent) {
    this.planning = true;
    const today = formatLocal(this.clock()).slice(0, 10);
    const plan = await this.walks.planByTime(e.start, e.startAt, e.budget, today);
    this.planning = false;
    if (!plan) return;
    const t = this.t;
    const start = this.placeById(e.start);
    const startClosed = plan.warnings.some((w) => w.index === 0);
    const name = start ? (placeText(start.properties, 'name', this.lang) ?? '') : '';
    this.walkStart = e.startAt;
    this.walks.message = [
      plan.stops.length > 1 ? t.planResult(plan.stops.length, clockText(plan.end)) : t.planNothing,
      startClosed ? t.planStartClosed(name) : '',
    ]
      .filter(Boolean)
      .join(' ');
    this.url.write();
    this.showWalkTitle();
  }

  /** Start places offered by the plan-by-time form: visitable points, by name in the visitor's language. */
  private planStarts(): { id: string; name: string }[] {
    const collator = new Intl.Collator(COLLATOR_LOCALE[this.lang]);
    return this.places()
      .filter(
        (f) =>
          f.geometry.type === 'Point' && !['metro', 'toilet', 'coach', 'rest'].includes(f.properties.kind),
      )
      .map((f) => ({
        id: f.properties.id,
        name: placeText(f.properties, 'name', this.lang) ?? f.properties.id,
      }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }

  async printWalk(): Promise<void> {
    const map = this.renderRoot.querySelector<HeritageMap>('heritage-map');
    this.printImage = (await map?.snapshot()) ?? undefined;
    await this.updateComplete;
    print();
  }

  declare lang: Lang;
  declare data: AppData | undefined;
  /** Traditional forms of the data texts, fetched when 繁體 is first chosen (src/i18n/hant.ts). */
  declare hant: HantCache | undefined;
  declare dataError: string | undefined;
  declare selected: string | undefined;
  declare visible: readonly AreaId[];
  declare time: TimeView;
  /** The map view; undefined until the URL names one or the visitor moves the map. */
  declare view: MapView | undefined;
  declare mapState: MapState | undefined;
  /**
   * Map and list side by side (a sheet over the map on a phone), or the list alone where WebGL2 cannot draw;
   * undefined until the page's WebGL2 probe answers, and the list is not rendered before: switching after it
   * had painted moved the whole list (a layout shift of 0.6 on a phone). The map pane is there from the start,
   * so that MapLibre downloads while the probe runs.
   */
  declare layout: 'map' | 'list' | undefined;
  /** The hours model, loaded when something shown reads hours (hours-model.ts). */
  declare hours: HoursModel | undefined;
  private hoursLoad: Promise<unknown> | undefined;
  /** Resolves once the layout is decided (the boot shell stays over the app until then, src/main.ts). */
  readonly layoutReady: Promise<void>;
  private decided!: () => void;
  /** Phone layout only: whether the bottom sheet is expanded. */
  declare sheetOpen: boolean;

  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.selected) this.select(undefined, true);
  };

  constructor() {
    super();
    this.layoutReady = new Promise((resolve) => (this.decided = resolve));
    const url = this.url.initial;
    this.lang = resolveLang(url.lang, savedLang(), navigator.languages ?? [navigator.language]);
    this.visible = url.layers ?? [...AREA_IDS];
    this.time = { year: url.year ?? presentYear(), fade: url.fade };
    this.view = url.view;
    this.selected = url.place;
    this.sheetOpen = !!url.place || !!url.walk;
    this.tab = url.walk ? 'walks' : 'places';
    this.now = this.clock();
    this.selectedEvent = url.event;
    this.listingQuery = url.listing;
    if (url.event || url.listing) {
      this.tab = 'events';
      this.sheetOpen = true;
    }
    this.walks.restore(url.walk, { stops: url.stops, profile: url.profile, tour: url.tour, at: url.at });
    this.showTrip(url.trip);
    this.startOpen =
      !readFlag(START_KEY) &&
      !url.place &&
      !url.walk &&
      !url.event &&
      !url.listing &&
      !url.trip &&
      !url.stops?.length;
  }

  connectedCallback(): void {
    super.connectedCallback();
    addEventListener('keydown', this.onKeyDown);
    void this.decideLayout();
    void this.load();
    if (this.tab === 'events' || this.walks.mine.at || this.selected) void this.loadFeed();
  }

  /**
   * The map where the probe says WebGL2 draws, or where it has not answered within LAYOUT_PATIENCE_MS (it can
   * take a second where the GPU process starts cold, and nearly every browser can draw); the list alone where
   * it says no in time. A later no still switches to the list (heritage-map reports 'unsupported').
   */
  private async decideLayout() {
    if (this.layout) return;
    const patience = new Promise<undefined>((resolve) => setTimeout(resolve, LAYOUT_PATIENCE_MS));
    const ok = hasWebGL2Api() ? await Promise.race([supportsWebGL2(), patience]) : false;
    this.layout = ok === false ? 'list' : 'map';
    this.decided();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('keydown', this.onKeyDown);
    clearInterval(this.minuteTimer);
  }

  /** A data value as the visitor reads it: its `_zh` texts in Traditional Chinese when 繁體 is chosen. */
  tx<T>(value: T): T {
    return this.lang === 'zh-Hant' && this.hant ? this.hant.of(value) : value;
  }

  /** The places and basemap in the visitor's script. */
  private get shown(): AppData | undefined {
    return this.tx(this.data);
  }

  private async loadHant() {
    if (this.hant || this.hantLoading) return;
    this.hantLoading = true;
    try {
      const res = await fetch(new URL('data/zh-hant.json', document.baseURI));
      if (res.ok) this.hant = new HantCache(hantTable(await res.json()));
    } catch {
      // Without the table the data texts stay Simplified; the interface is Traditional all the same.
    } finally {
      this.hantLoading = false;
    }
  }

  private hantLoading = false;

  private async load() {
    this.dataError = undefined;
    try {
      // Places and walks in one render: the first screen's walk choices arriving later moved the list below.
      const [data, walks] = await Promise.all([loadAppData(), this.walks.fetchCurated()]);
      this.data = data;
      this.walks.setCurated(walks);
      if (this.selected && !this.placeById(this.selected)) this.selected = undefined;
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
    return id ? this.shown?.places.features.find((f) => f.properties.id === id) : undefined;
  }

  /** The URL hash, read at start and on every hashchange, written after each change (url-controller.ts). */
  readonly url = new UrlController(this);

  applyUrl(url: UrlState): void {
    if (url.lang) this.lang = url.lang;
    if (url.view) this.view = url.view;
    this.visible = url.layers ?? [...AREA_IDS];
    this.time = { year: url.year ?? presentYear(), fade: url.fade };
    this.selected = url.place && (!this.data || this.placeById(url.place)) ? url.place : undefined;
    this.walks.restore(url.walk, { stops: url.stops, profile: url.profile, tour: url.tour, at: url.at });
    if (url.walk) this.tab = 'walks';
    if (url.event) this.selectedEvent = url.event;
    if (url.listing) this.listingQuery = url.listing;
    if (url.event || url.listing) {
      this.tab = 'events';
      void this.loadFeed();
    }
    this.showTrip(url.trip);
  }

  urlState(): UrlState {
    return {
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
      listing: this.tab === 'events' ? this.listingQuery : undefined,
      trip: this.trip,
    };
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (!this.hoursLoad && (this.walks.openId || (this.selected && this.hoursOf(this.selected))))
      // A failed load (offline before the app was precached) leaves the hours untold, never wrong.
      this.hoursLoad = loadHoursModel().then(
        (m) => (this.hours = m),
        () => undefined,
      );
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
      if (this.lang === 'zh-Hant') void this.loadHant();
    }
  }

  protected updated(changed: PropertyValues<this>): void {
    if (
      [
        'lang',
        'view',
        'selected',
        'visible',
        'time',
        'data',
        'selectedEvent',
        'listingQuery',
        'tab',
        'trip',
      ].some((k) => changed.has(k as keyof SongApp))
    ) {
      this.url.write();
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
      this.now = this.clock();
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

  private switchLang(lang: Lang) {
    this.lang = lang;
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

  static styles = songAppStyles;

  private onWalkAdd(e: WalkAddEvent) {
    const s = GUIDE_STRINGS[this.lang];
    const before = this.walks.mine.stops;
    const p = this.placeById(e.place);
    const name = p ? (placeText(p.properties, 'name', this.lang) ?? '') : '';
    this.walks.add(e.place, e.appointment?.key);
    const after = this.walks.mine.stops;
    this.walkNote = before.includes(e.place)
      ? { text: s.alreadyIn(name), open: true }
      : after.includes(e.place)
        ? { text: s.added(name, after.length), open: true }
        : { text: s.full(MAX_WALK_STOPS), open: false };
  }

  /** The status line after "Add to walk", with a way to open the walk. */
  private renderWalkNote() {
    const note = this.walkNote;
    if (!note) return nothing;
    return html`<p class=${note ? 'walk-note on' : 'walk-note'} role="status">
      ${note?.text ?? ''}
      ${
        note?.open && !(this.tab === 'walks' && !this.selected && this.walks.openId === MINE)
          ? html`<button
              @click=${() => {
                this.walkNote = undefined;
                this.selected = undefined;
                this.showTab('walks');
                this.walks.open(MINE);
              }}
            >
              ${GUIDE_STRINGS[this.lang].openMyWalk}
            </button>`
          : nothing
      }
    </p>`;
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
        .distances=${this.nearby.distances}
        .nearEvents=${this.nearby.distances && this.tx(nearbyOccurrences(this.occurrences, this.nearby.distances, this.now, NEAR_METRES))}
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
    return html`<h2 class="visually-hidden">${t.tabEvents}</h2>
      ${unknown ? html`<p class="status problem" role="alert">${t.eventNotFound}</p>` : nothing}
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
        .occurrences=${this.tx(this.occurrences)}
        ?sampleOnly=${this.feed.sample_only}
        .offlineCopy=${feeds.state.offline ? feeds.state : undefined}
        .icsBase=${feeds.icsBase}
        .now=${this.now}
        .lang=${this.lang}
        .t=${t}
        .selectedKey=${this.selectedEvent}
        .hasCard=${this.hasCard}
        .query=${this.listingQuery}
        .through=${feeds.state.through}
        ?loadingMore=${feeds.loadingMore}
        @feed-range=${this.onFeedRange}
        @listing-query=${(e: ListingQueryEvent) => (this.listingQuery = e.query)}
        @place-select=${this.onPlaceSelect}
        @walk-add=${this.onWalkAdd}
        @listing-change=${this.onListingChange}
        @occurrence-select=${this.onOccurrenceSelect}
        @occurrence-share=${this.onOccurrenceShare}
      ></event-list>
      <calendar-subscribe
        .links=${subscribeLinks(document.baseURI, feeds.state.source === 'live', this.listingQuery ?? {})}
        .filterLabel=${this.filterLabel(t)}
        .t=${t}
      ></calendar-subscribe>
      <p class="organizers"><a href=${`organize.html#lang=${this.lang}`}>${t.forOrganizers}</a></p>`;
  }

  /** A place's opening hours, for the walk panel's times (one function, so the panel does not re-render). */
  private readonly hoursOf = (id: string) => {
    const p = this.placeById(id);
    return p && hoursSpec(p.properties);
  };

  /** What's on's area and category in words, for the filtered calendar link. */
  private filterLabel(t: Translation): string {
    const q = this.listingQuery;
    return [q?.area && t.areaNames[q.area], q?.category && t.categories[q.category]]
      .filter(Boolean)
      .join(' · ');
  }

  private renderWalks(t: Translation) {
    const w = this.walks;
    const g = this.guide;
    if (g.active) {
      const target = g.target;
      return html`<walk-guide
        .name=${w.view ? (isZh(this.lang) ? this.tx(w.view).name_zh : w.view.name_en) : ''}
        .state=${g.state}
        .nextName=${target ? this.stopName(target) : ''}
        .nextN=${target ? g.numberOf(target) : 0}
        .arrived=${g.arrived}
        .notice=${g.notice}
        .problem=${g.problem}
        ?awake=${g.awake}
        ?finished=${g.finished}
        .lang=${this.lang}
        .t=${t}
        .s=${GUIDE_STRINGS[this.lang]}
        @walk-guide=${this.onGuide}
      ></walk-guide>`;
    }
    if (w.openId) {
      return html`${this.printImage ? html`<img class="print-map" src=${this.printImage} alt="" />` : nothing}
        <walk-panel
          .walk=${this.tx(w.view)}
          ?editable=${w.openId === MINE}
          ?busy=${w.busy}
          .message=${w.message}
          .appointment=${w.openId === MINE ? this.appointment() : undefined}
          .now=${this.now}
          .lang=${this.lang}
          .t=${t}
          .startLabel=${GUIDE_STRINGS[this.lang].startWalk}
          .hoursOf=${this.hoursOf}
          .hours=${this.hours}
          .startAt=${w.openId === MINE ? this.walkStart : undefined}
          @walk-guide=${this.onGuide}
          @walk-open=${(e: WalkOpenEvent) => w.open(e.id)}
          @walk-edit=${(e: WalkEditEvent) => {
            w.edit(e.change);
            // Walk state is not a reactive property: write the link now (a removed stop may not move the map).
            this.url.write();
          }}
          @walk-action=${(e: WalkActionEvent) => void w.action(e.action)}
          @place-select=${this.onPlaceSelect}
        ></walk-panel>`;
    }
    // The tab buttons are not headings: a hidden h2 keeps the outline h1 → h2 → h3 (axe heading-order).
    return html`<h2 class="visually-hidden">${t.tabWalks}</h2>
      <time-plan-form
        .places=${this.planStarts()}
        start="gulou"
        .startAt=${nextQuarter(this.clock())}
        ?busy=${this.planning}
        .t=${t}
        @time-plan=${this.onTimePlan}
      ></time-plan-form>
      <walk-list
        .walks=${this.tx(w.walks)}
        .saved=${w.saved}
        .mineCount=${w.mine.stops.length}
        .lang=${this.lang}
        .t=${t}
        @walk-open=${(e: WalkOpenEvent) => this.openWalkFromList(e.id)}
        @saved-walk=${(e: SavedWalkEvent) => w.savedAction(e.action, e.key)}
      ></walk-list>`;
  }

  /**
   * The language picker: the two languages not shown, each named in itself (简体 / 繁體 / English). `.lang`
   * goes between Chinese and English, `.script` between the Chinese scripts.
   */
  private renderLangPicker(t: Translation) {
    const script = this.lang === 'zh' ? 'zh-Hant' : 'zh';
    const other: Lang = isZh(this.lang) ? 'en' : 'zh';
    return html`<button
        class="script"
        lang=${HTML_LANG[isZh(this.lang) ? script : 'zh-Hant']}
        @click=${() => this.switchLang(isZh(this.lang) ? script : 'zh-Hant')}
      >
        ${isZh(this.lang) ? SCRIPT_NAMES[script] : LANG_NAMES['zh-Hant']}
      </button>
      <button
        class="lang"
        lang=${HTML_LANG[other]}
        aria-label=${t.switchLangLabel}
        @click=${() => this.switchLang(other)}
      >
        ${LANG_NAMES[other]}
      </button>`;
  }

  render() {
    const t = TRANSLATIONS[this.lang];
    const noMap = this.layout === 'list' || this.mapState === 'unsupported' || this.mapState === 'error';
    this.toggleAttribute('no-map', noMap);
    this.toggleAttribute('trip', !!this.trip);
    const place = this.placeById(this.selected);
    const features = this.shown?.places.features ?? [];
    return html`
      <header>
        <h1>${t.appTitle}<small>${t.appSubtitle}</small></h1>
        ${
          this.offline.online
            ? nothing
            : html`<span class="offline" role="status" title=${t.offlineLabel} aria-label=${t.offlineLabel}
                >${t.offline}</span
              >`
        }
        ${
          this.offline.applyUpdate
            ? html`<span class="update" role="status"
                >${t.updateReady}
                <button @click=${() => this.offline.applyUpdate?.()}>${t.updateApply}</button></span
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
        ${this.renderLangPicker(t)}
      </header>
      ${this.trip ? this.renderTrip() : this.renderMain(t, noMap, place, features)}
    `;
  }

  private renderTrip() {
    return html`<trip-view
      .clock=${this.clock}
      .settings=${this.trip}
      .places=${this.shown?.places}
      .basemap=${this.shown?.basemap}
      .walks=${this.tx(this.walks.walks)}
      .occurrences=${this.tx(this.occurrences)}
      .lang=${this.lang}
      @trip-change=${(e: TripChangeEvent) => {
        this.trip = e.settings;
        this.feedThroughTrip();
      }}
      @trip-close=${() => this.showTrip(undefined)}
    ></trip-view>`;
  }

  /** The first screen's choices: over the map, or at the head of the list where no map can be drawn. */
  private renderStart(t: Translation, listOnly: boolean) {
    // With its walks or not at all: a row of walks filled in later would push the rest down.
    return this.startOpen && this.data
      ? html`<start-here
          class=${listOnly ? 'start inline' : 'start'}
          .listOnly=${listOnly}
          .walks=${this.tx(this.walks.walks)}
          .lang=${this.lang}
          .t=${t}
          .s=${GUIDE_STRINGS[this.lang]}
          @walk-open=${this.onStartWalk}
          @start-choice=${this.onStartChoice}
        ></start-here>`
      : nothing;
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
            .places=${this.shown?.places}
            .basemap=${this.shown?.basemap}
            .lang=${this.lang}
            .visibleAreas=${this.visible}
            .time=${this.time}
            .walk=${this.tx(this.guide.route ?? (this.walks.view && !this.walks.busy ? this.walks.view : undefined))}
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
            @map-locate=${(e: LocateEvent) => this.nearby.onLocate(e)}
          ></heritage-map>
          ${noMap ? nothing : this.renderStart(t, false)}
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
        ${
          // Not before the layout is known: on a phone the sheet sits under the map, without one it is the page.
          !this.layout
            ? nothing
            : html`<aside class=${this.sheetOpen ? 'open' : ''} aria-label=${t.places}>
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
                ${
                  this.layout === 'list' || this.mapState === 'unsupported'
                    ? html`<p class="status problem" role="alert">${t.noWebgl}</p>`
                    : nothing
                }
                ${noMap ? this.renderStart(t, true) : nothing}
                ${
                  this.nearby.message
                    ? html`<p class="status problem" role="status">
                        ${this.nearby.message === 'denied' ? t.locateDenied : t.locateUnavailable}
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
                ${this.renderWalkNote()}
                ${
                  // Nothing below the notices before the data: choices and lists that arrived in steps moved
                  // what was already on screen.
                  !this.data
                    ? nothing
                    : place
                      ? html`<button class="back" @click=${() => this.select(undefined, true)}>
                            ← ${t.backToList}
                          </button>
                          <place-card
                            .place=${place}
                            .lang=${this.lang}
                            .t=${t}
                            .inWalk=${this.walks.mine.stops.includes(place.properties.id)}
                            .events=${this.tx(this.eventsAt(place.properties.id))}
                            .now=${this.now}
                            .hours=${this.hours}
                            @occurrence-select=${this.onOccurrenceSelect}
                            @place-select=${this.onPlaceSelect}
                            @walk-add=${this.onWalkAdd}
                          ></place-card>`
                      : html`<div class="tabs" role="group" aria-label=${t.places}>
                            <button
                              aria-pressed=${this.tab === 'places'}
                              @click=${() => this.showTab('places')}
                            >
                              ${t.tabPlaces}
                            </button>
                            <button
                              aria-pressed=${this.tab === 'walks'}
                              @click=${() => this.showTab('walks')}
                            >
                              ${t.tabWalks}${this.walks.mine.stops.length ? ` (${this.walks.mine.stops.length})` : ''}
                            </button>
                            <button
                              aria-pressed=${this.tab === 'events'}
                              @click=${() => this.showTab('events')}
                            >
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
              </aside>`
        }
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
