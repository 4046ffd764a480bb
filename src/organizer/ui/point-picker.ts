import { LitElement, css, html, type PropertyValues } from 'lit';
import type { BasemapCollection, PlaceCollection, Position } from '../../data/schema.ts';
import type { Lang } from '../../i18n/lang.ts';
import { PointPickEvent } from '../../events/map.ts';
import type { PointPickMap } from '../../map/point-pick-map.ts';
import { supportsWebGL2 } from '../../map/webgl.ts';

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

  private map: PointPickMap | undefined;
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
      background: var(--paper);
    }
    #map {
      position: absolute;
      inset: 0;
    }
  `;

  connectedCallback(): void {
    super.connectedCallback();
    this.disposed = false;
    this.resizeObserver = new ResizeObserver(() => this.map?.resize());
    this.resizeObserver.observe(this);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.disposed = true;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.map?.destroy();
    this.map = undefined;
    this.starting = false;
  }

  render() {
    return html`<div id="map"></div>`;
  }

  protected updated(changed: PropertyValues<this>): void {
    if (!this.map) {
      if (this.places && this.basemap && !this.starting) void this.start();
      return;
    }
    if (changed.has('lang')) this.map.setLang(this.lang);
    if (changed.has('position')) this.map.setPosition(this.position, true);
  }

  private async start() {
    this.starting = true;
    if (!(await supportsWebGL2())) {
      this.dataset.state = 'unsupported';
      return;
    }
    const { PointPickMap, MAPLIBRE_CSS } = await import('../../map/point-pick-map.ts');
    if (this.disposed || !this.places || !this.basemap) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(MAPLIBRE_CSS);
    this.shadowRoot!.adoptedStyleSheets = [...this.shadowRoot!.adoptedStyleSheets, sheet];
    this.map = new PointPickMap({
      container: this.renderRoot.querySelector<HTMLElement>('#map')!,
      places: this.places,
      basemap: this.basemap,
      lang: this.lang,
      attribution: this.attribution,
      ariaLabel: this.ariaLabelText,
      position: this.position,
      onPick: (position) => this.dispatchEvent(new PointPickEvent(position)),
      onIdle: () => (this.dataset.state = 'idle'),
      onError: (message) => {
        if (this.dataset.state !== 'idle') this.dataset.state = `error: ${message}`;
      },
    });
  }

  /** Where a WGS84 point is drawn, in viewport pixels (for tests); undefined before the map exists. */
  screenOf(lonLat: Position): { x: number; y: number } | undefined {
    if (!this.map) return undefined;
    const p = this.map.project(lonLat);
    const box = this.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }
}

customElements.define('point-picker', PointPicker);

declare global {
  interface HTMLElementTagNameMap {
    'point-picker': PointPicker;
  }
}
