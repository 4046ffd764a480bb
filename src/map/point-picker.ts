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

type GeoJSONSource = import('maplibre-gl').GeoJSONSource;
const SOURCE = 'picked-point';
const LAYER = 'picked-point';

/**
 * A small map for choosing one point: the basemap and every heritage layer, with a draggable marker (a map
 * layer, not a DOM marker). A click puts the marker there; dragging moves it. Everything on this map is WGS84, so what it sends up is WGS84.
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
  private loaded = false;
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
    this.loaded = false;
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
    const { MapEngine, MAPLIBRE_CSS } = await import('./map-engine.ts');
    if (this.disposed || !this.places || !this.basemap) return;
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
    const map = this.engine.map;
    map.on('click', (e) => this.pick([e.lngLat.lng, e.lngLat.lat]));
    map.once('load', () => {
      // The marker is a layer of the map (drawn by WebGL above the heritage layers), dragged with the
      // pointer: pressing on it stops the map from panning until the pointer is released.
      map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      map.addLayer({
        id: LAYER,
        type: 'circle',
        source: SOURCE,
        paint: {
          'circle-radius': 10,
          'circle-color': '#b3261e',
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 3,
        },
      });
      const move = (e: { lngLat: { lng: number; lat: number } }) =>
        this.drawMarker([e.lngLat.lng, e.lngLat.lat]);
      const start = (e: { preventDefault(): void; type: string }) => {
        e.preventDefault();
        map.getCanvas().style.cursor = 'grabbing';
        map.on('mousemove', move);
        map.on('touchmove', move);
        const end = (u: { lngLat: { lng: number; lat: number } }) => {
          map.off('mousemove', move);
          map.off('touchmove', move);
          map.getCanvas().style.cursor = '';
          this.pick([u.lngLat.lng, u.lngLat.lat]);
        };
        map.once(e.type === 'touchstart' ? 'touchend' : 'mouseup', end);
      };
      map.on('mousedown', LAYER, start);
      map.on('touchstart', LAYER, start);
      this.loaded = true;
      // A point typed while the map was loading is brought into view now.
      this.placeMarker(true);
    });
  }

  private drawMarker(p: Position | undefined) {
    this.engine?.map.getSource<GeoJSONSource>(SOURCE)?.setData({
      type: 'FeatureCollection',
      features: p ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: p } }] : [],
    });
  }

  private pick(p: Position) {
    const position: Position = [Math.round(p[0] * 1e7) / 1e7, Math.round(p[1] * 1e7) / 1e7];
    this.dispatchEvent(new PointPickEvent(position));
  }

  private placeMarker(reveal: boolean) {
    if (!this.engine || !this.loaded) return;
    const p = this.position && inBounds(this.position) ? this.position : undefined;
    this.drawMarker(p);
    if (p && reveal) this.engine.reveal(p, { top: 0, right: 0, bottom: 0, left: 0 });
  }

  /** Where a WGS84 point is drawn, in viewport pixels (for tests); undefined before the map exists. */
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
