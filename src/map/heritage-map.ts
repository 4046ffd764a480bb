import { LitElement, css, html, type PropertyValues } from 'lit';
import type { AreaId } from '../data/areas.ts';
import { DEFAULT_VIEW, type MapView } from '../data/bounds.ts';
import type { BasemapCollection, PlaceCollection } from '../data/schema.ts';
import type { Lang } from '../i18n/lang.ts';
import { presentYear, type TimeView } from '../history/time-view.ts';
import { PlaceSelectEvent } from '../events/places.ts';
import { SONG_PALETTE } from '../theme/palette.ts';
import { LocateEvent, MapStateEvent, MapViewChangeEvent, type MapState } from '../events/map.ts';
import type { MapEngine, Padding } from './map-engine.ts';
import { supportsWebGL2 } from './webgl.ts';
import { afterNextFrame, firstPaint } from './first-paint.ts';
import type { WalkShape } from './style/walk-layers.ts';
import type { EventMapCollection } from '../listings/event-map.ts';
import { OccurrenceSelectEvent } from '../events/listings.ts';

/**
 * The map of the four heritage areas over the embedded basemap. Owns exactly one MapLibre map: created when
 * the element connects and its data has arrived, removed when it disconnects.
 *
 * @summary MapLibre map of the heritage layers.
 * @fires place-select - a place was tapped or clicked (PlaceSelectEvent, origin "map")
 * @fires occurrence-select - an event's point was tapped (OccurrenceSelectEvent, origin "map")
 * @fires map-view-change - the visitor moved the map (MapViewChangeEvent)
 * @fires map-state - loading / idle / error / unsupported (MapStateEvent); also mirrored in `data-state`
 * @fires map-locate - the visitor's position, or why it could not be had (LocateEvent)
 */
export class HeritageMap extends LitElement {
  static properties = {
    places: { attribute: false },
    basemap: { attribute: false },
    lang: {},
    visibleAreas: { attribute: false },
    time: { attribute: false },
    walk: { attribute: false },
    events: { attribute: false },
    selectedEvent: {},
    selected: {},
    view: { attribute: false },
    padding: { attribute: false },
    ariaLabelText: { attribute: false },
    attribution: {},
  };

  /** The heritage features (all four areas). */
  declare places: PlaceCollection | undefined;
  /** The embedded basemap features. */
  declare basemap: BasemapCollection | undefined;
  /** Language of the labels. */
  declare lang: Lang;
  /** Areas to draw. */
  declare visibleAreas: readonly AreaId[];
  /** The open walk: its line and numbered stops. */
  declare walk: WalkShape | undefined;
  /** Events to draw (what the What's on list shows); none when undefined. */
  declare events: EventMapCollection | undefined;
  /** Occurrence key of the chosen event: ringed, and brought into view when chosen elsewhere. */
  declare selectedEvent: string | undefined;
  /** The year shown, or a then/now comparison. */
  declare time: TimeView;
  /** Id of the selected place; it gets a halo and is brought into view when chosen elsewhere. */
  declare selected: string | undefined;
  /**
   * The starting view, and any later view the app asks for (a shared link opened in place). When unset, the
   * map starts on the selected place, or on the default view.
   */
  declare view: MapView | undefined;
  /** Screen space covered by panels, kept clear when the map flies to a place. */
  declare padding: Padding;
  /** Accessible name of the map canvas. */
  declare ariaLabelText: string;
  /** Attribution line shown in the map corner. */
  declare attribution: string;

  private engine: MapEngine | undefined;
  private resizeObserver: ResizeObserver | undefined;
  /** The last view the map itself reported, so echoing it back through `view` does not move the map. */
  private reportedView: MapView | undefined;
  private selectedFromMap = false;
  private disposed = false;

  constructor() {
    super();
    this.lang = 'zh';
    this.visibleAreas = [];
    this.time = { year: presentYear() };
    this.padding = { top: 0, right: 0, bottom: 0, left: 0 };
    this.ariaLabelText = '';
    this.attribution = '';
    // `ready` is for whoever wants it; a map that cannot start must not also raise an unhandled rejection.
    this.ready.catch(() => undefined);
  }

  static styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 200px;
      background: var(--paper);
    }
    #map {
      position: absolute;
      inset: 0;
    }
  `;

  /** Resolves once the map has drawn everything for the first time (rejects if it cannot start). */
  readonly ready: Promise<void> = new Promise((resolve, reject) => {
    this.resolveReady = resolve;
    this.rejectReady = reject;
  });
  private resolveReady!: () => void;
  private rejectReady!: (e: Error) => void;

  private setState(state: MapState, detail?: string) {
    this.dataset.state = state;
    this.dispatchEvent(new MapStateEvent(state, detail));
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.disposed = false;
    this.resizeObserver = new ResizeObserver(() => this.engine?.resize());
    this.resizeObserver.observe(this);
    // Start fetching MapLibre right after the shell's first paint, in parallel with the data, instead of
    // waiting for the data to arrive first.
    void this.engineModule();
  }

  private engineLoad: Promise<typeof import('./map-engine.ts') | undefined> | undefined;
  /**
   * MapLibre and the engine, or undefined where WebGL2 cannot draw. Nothing is downloaded before the page's
   * WebGL2 probe (webgl.ts, started by the app at boot) says yes, and not before the page has painted and the
   * frame after this element was rendered is out, so the app's shell is on screen first.
   * Trap: starting the download beside the probe saved about 0.3 s where a cold GPU process makes the probe
   * slow, but where WebGL is switched off the probe can take longer than any head start on a busy phone, and
   * that browser then fetched 300 kB of MapLibre it could never run.
   */
  private engineModule() {
    // Whoever asks first waits: the element once connected, or start() once the data is in (on a fast network
    // the data can arrive before the shell has painted).
    this.engineLoad ??= Promise.all([firstPaint(), afterNextFrame(), supportsWebGL2()]).then(([, , ok]) =>
      ok ? import('./map-engine.ts') : undefined,
    );
    return this.engineLoad;
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.disposed = true;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.engine?.destroy();
    this.engine = undefined;
  }

  render() {
    return html`<div id="map" part="map"></div>`;
  }

  protected updated(changed: PropertyValues<this>): void {
    if (!this.engine) {
      if (this.places && this.basemap && !this.dataset.state) void this.start();
      return;
    }
    if (changed.has('lang')) this.engine.setLang(this.lang);
    if ((changed.has('places') || changed.has('basemap')) && this.places && this.basemap)
      this.engine.setData(this.places, this.basemap);
    if (changed.has('visibleAreas')) this.engine.setVisible(this.visibleAreas);
    if (changed.has('time')) this.engine.setTime(this.time);
    if (changed.has('walk')) this.engine.setWalk(this.walk, this.padding);
    if (changed.has('events')) this.engine.setEvents(this.events);
    if (changed.has('selectedEvent')) this.showSelectedEvent();
    if (changed.has('ariaLabelText'))
      this.engine.map.getCanvas().setAttribute('aria-label', this.ariaLabelText);
    if (changed.has('view') && this.view && this.view !== this.reportedView) this.engine.jumpTo(this.view);
    if (changed.has('selected')) {
      this.engine.setSelected(this.selected);
      const place = this.places?.features.find((f) => f.properties.id === this.selected);
      if (place && !this.selectedFromMap) {
        const at = place.geometry.type === 'Point' ? place.geometry.coordinates : undefined;
        if (at) this.engine.flyToPlace(at, this.padding);
      } else if (place && place.geometry.type === 'Point') {
        this.engine.reveal(place.geometry.coordinates, this.padding);
      }
      this.selectedFromMap = false;
    }
  }

  private selectedEventFromMap = false;

  private showSelectedEvent() {
    const eventId = this.selectedEvent?.split('@')[0];
    this.engine?.setSelectedEvent(eventId);
    const point = this.events?.features.find(
      (f) => f.geometry.type === 'Point' && f.properties.event === eventId,
    );
    if (point && point.geometry.type === 'Point' && !this.selectedEventFromMap)
      this.engine?.flyToPlace(point.geometry.coordinates, this.padding);
    this.selectedEventFromMap = false;
  }

  private async start() {
    this.setState('loading');
    try {
      const engine = await this.engineModule();
      if (!engine) {
        this.setState('unsupported');
        this.rejectReady(new Error('WebGL2 is not available'));
        return;
      }
      const { MapEngine, MAPLIBRE_CSS } = engine;
      if (this.disposed || !this.places || !this.basemap) return;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(MAPLIBRE_CSS);
      this.shadowRoot!.adoptedStyleSheets = [...this.shadowRoot!.adoptedStyleSheets, sheet];
      this.engine = new MapEngine({
        container: this.renderRoot.querySelector<HTMLElement>('#map')!,
        palette: SONG_PALETTE,
        lang: this.lang,
        visible: this.visibleAreas,
        time: this.time,
        walk: this.walk,
        places: this.places,
        basemap: this.basemap,
        attribution: this.attribution,
        view: this.view ?? DEFAULT_VIEW,
        ariaLabel: this.ariaLabelText,
        onSelect: (id) => {
          this.selectedFromMap = true;
          this.dispatchEvent(new PlaceSelectEvent(id, 'map'));
        },
        onEventSelect: (key) => {
          this.selectedEventFromMap = true;
          this.dispatchEvent(new OccurrenceSelectEvent(key, 'map'));
        },
        onViewChange: (view) => {
          this.reportedView = view;
          this.dispatchEvent(new MapViewChangeEvent(view));
        },
        onIdle: () => {
          this.setState('idle');
          this.resolveReady();
        },
        onLocate: (lonLat) => this.dispatchEvent(new LocateEvent(lonLat)),
        onLocateError: (reason) => this.dispatchEvent(new LocateEvent(undefined, reason)),
        onError: (message) => {
          if (this.dataset.state !== 'idle') this.setState('error', message);
        },
      });
      if (this.walk && !this.view) this.engine.setWalk(this.walk, this.padding);
      if (this.events) this.engine.setEvents(this.events);
      if (this.selectedEvent) this.showSelectedEvent();
      const place = this.places.features.find((f) => f.properties.id === this.selected);
      if (place) {
        this.engine.setSelected(place.properties.id);
        if (!this.view && place.geometry.type === 'Point')
          this.engine.reveal(place.geometry.coordinates, this.padding);
      }
    } catch (e) {
      // The probe can say yes and MapLibre still fail to get a context (a GPU lost or blocked meanwhile):
      // that is "no WebGL2" to the visitor, not a broken app.
      const gpu = (await this.engineLoad?.catch(() => undefined))?.isGpuUnavailable(e);
      this.setState(gpu ? 'unsupported' : 'error', (e as Error).message);
      this.rejectReady(e as Error);
    }
  }

  /** A PNG data URL of the map as it is drawn now; undefined without a map. */
  async snapshot(): Promise<string | undefined> {
    return this.engine?.snapshot();
  }

  /** Where a place's point is drawn, in viewport pixels (for tests and for anchoring overlays). */
  pointOnScreen(id: string): { x: number; y: number } | undefined {
    const f = this.places?.features.find((p) => p.properties.id === id);
    if (!this.engine || f?.geometry.type !== 'Point') return undefined;
    const p = this.engine.map.project(f.geometry.coordinates);
    const box = this.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }

  /** Where an event's point is drawn, in viewport pixels (for tests). */
  eventOnScreen(eventId: string): { x: number; y: number } | undefined {
    const f = this.events?.features.find(
      (e) => e.geometry.type === 'Point' && e.properties.event === eventId,
    );
    if (!this.engine || f?.geometry.type !== 'Point') return undefined;
    const p = this.engine.map.project(f.geometry.coordinates);
    const box = this.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }

  /** Features drawn on screen now (for tests and diagnostics); empty until the map is idle. */
  renderedFeatures(layers?: string[]) {
    return this.engine?.renderedFeatures(layers) ?? [];
  }
}

customElements.define('heritage-map', HeritageMap);

declare global {
  interface HTMLElementTagNameMap {
    'heritage-map': HeritageMap;
  }
}
