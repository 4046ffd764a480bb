import { LitElement, css, html, type PropertyValues } from 'lit';
import { AREA_IDS } from '../data/areas.ts';
import { DEFAULT_VIEW, inBounds } from '../data/bounds.ts';
import type { BasemapCollection, PlaceCollection, Position } from '../data/schema.ts';
import { presentYear } from '../history/time-view.ts';
import type { Lang } from '../i18n/lang.ts';
import { SONG_PALETTE } from '../theme/palette.ts';
import type { MapEngine } from './map-engine.ts';
import { supportsWebGL2 } from './webgl.ts';

/** A point was chosen on the map (a click, or the marker dragged): WGS84 [lon, lat]. */
export class PointPickEvent extends Event {
  static readonly type = 'point-pick';
  constructor(readonly position: Position) {
    super(PointPickEvent.type, { bubbles: true, composed: true });
  }
}

type Marker = import('maplibre-gl').Marker;

/**
 * A small map for choosing one point: the basemap and every heritage layer, with a draggable marker. A click
 * puts the marker there; dragging moves it. Everything on this map is WGS84, so what it sends up is WGS84.
 * Setting `position` (typed coordinates) moves the marker and brings it into view; the map never changes
 * `position` itself: it sends PointPickEvent and the owner decides.
 *
 * Keyboard users type the coordinates instead: the map is a pointer convenience, not the only way in.
 *
 * @summary Pick a point on the heritage map.
 * @fires point-pick - a point was clicked or the marker dropped (PointPickEvent)
 */
export class PointPicker extends LitElement {
  static properties = {
    places: { attribute: false },
    basemap: { attribute: false },
    lang: {},
    position: { attribute: false },
    ariaLabelText: { attribute: false },
    attribution: {},
  };

  declare places: PlaceCollection | undefined;
  declare basemap: BasemapCollection | undefined;
  declare lang: Lang;
  /** The marker's WGS84 point; no marker when undefined. */
  declare position: Position | undefined;
  /** Accessible name of the map canvas. */
  declare ariaLabelText: string;
  declare attribution: string;

  private engine: MapEngine | undefined;
  private marker: Marker | undefined;
  private markerModule: typeof import('maplibre-gl') | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private starting = false;
  private disposed = false;

  constructor() {
    super();
    this.lang = 'zh';
    this.ariaLabelText = '';
    this.attribution = '';
  }

  static styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 220px;
      background: #f4efe4;
    }
    #map {
      position: absolute;
      inset: 0;
    }
    .pin {
      width: 22px;
      height: 22px;
      border-radius: 50% 50% 50% 0;
      transform-origin: center;
      background: #b3261e;
      border: 3px solid #fff;
      box-shadow: 0 1px 4px rgb(0 0 0 / 45%);
      cursor: grab;
      rotate: -45deg;
    }
  `;

  connectedCallback(): void {
    super.connectedCallback();
    this.disposed = false;
    this.resizeObserver = new ResizeObserver(() => this.engine?.resize());
    this.resizeObserver.observe(this);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.disposed = true;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.marker?.remove();
    this.marker = undefined;
    this.engine?.destroy();
    this.engine = undefined;
    this.starting = false;
  }

  render() {
    return html`<div id="map"></div>`;
  }

  protected updated(changed: PropertyValues<this>): void {
    if (!this.engine) {
      if (this.places && this.basemap && !this.starting) void this.start();
      return;
    }
    if (changed.has('lang')) this.engine.setLang(this.lang);
    if (changed.has('position')) this.placeMarker(true);
  }

  private async start() {
    this.starting = true;
    if (!supportsWebGL2()) {
      this.dataset.state = 'unsupported';
      return;
    }
    const [{ MapEngine, MAPLIBRE_CSS }, maplibre] = await Promise.all([
      import('./map-engine.ts'),
      import('maplibre-gl'),
    ]);
    if (this.disposed || !this.places || !this.basemap) return;
    this.markerModule = maplibre;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(MAPLIBRE_CSS);
    this.shadowRoot!.adoptedStyleSheets = [...this.shadowRoot!.adoptedStyleSheets, sheet];
    const at = this.position && inBounds(this.position) ? this.position : undefined;
    this.engine = new MapEngine({
      container: this.renderRoot.querySelector<HTMLElement>('#map')!,
      palette: SONG_PALETTE,
      lang: this.lang,
      visible: AREA_IDS,
      time: { year: presentYear() },
      walk: undefined,
      places: this.places,
      basemap: this.basemap,
      attribution: this.attribution,
      view: at ? { center: at, zoom: 16 } : DEFAULT_VIEW,
      ariaLabel: this.ariaLabelText,
      onSelect: () => undefined,
      onEventSelect: () => undefined,
      onViewChange: () => undefined,
      onIdle: () => (this.dataset.state = 'idle'),
      onLocate: () => undefined,
      onLocateError: () => undefined,
      onError: (message) => {
        if (this.dataset.state !== 'idle') this.dataset.state = `error: ${message}`;
      },
    });
    this.engine.map.on('click', (e) => this.pick([e.lngLat.lng, e.lngLat.lat]));
    this.placeMarker(false);
  }

  private pick(p: Position) {
    const position: Position = [Math.round(p[0] * 1e7) / 1e7, Math.round(p[1] * 1e7) / 1e7];
    this.dispatchEvent(new PointPickEvent(position));
  }

  private placeMarker(reveal: boolean) {
    if (!this.engine || !this.markerModule) return;
    const p = this.position && inBounds(this.position) ? this.position : undefined;
    if (!p) {
      this.marker?.remove();
      this.marker = undefined;
      return;
    }
    if (!this.marker) {
      const pin = document.createElement('div');
      pin.className = 'pin';
      this.marker = new this.markerModule.Marker({ element: pin, draggable: true, anchor: 'bottom' });
      this.marker.on('dragend', () => {
        const { lng, lat } = this.marker!.getLngLat();
        this.pick([lng, lat]);
      });
      this.marker.setLngLat(p).addTo(this.engine.map);
    } else this.marker.setLngLat(p);
    if (reveal) this.engine.reveal(p, { top: 0, right: 0, bottom: 0, left: 0 });
  }

  /** Where the marker is drawn, in viewport pixels (for tests); undefined without one. */
  markerOnScreen(): { x: number; y: number } | undefined {
    if (!this.engine || !this.marker) return undefined;
    const p = this.engine.map.project(this.marker.getLngLat());
    const box = this.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }

  /** Screen pixels (viewport) → WGS84, for tests that click the map at a known point. */
  screenOf(lonLat: Position): { x: number; y: number } | undefined {
    if (!this.engine) return undefined;
    const p = this.engine.map.project(lonLat);
    const box = this.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }
}

customElements.define('point-picker', PointPicker);

declare global {
  interface HTMLElementTagNameMap {
    'point-picker': PointPicker;
  }
  interface HTMLElementEventMap {
    [PointPickEvent.type]: PointPickEvent;
  }
}
