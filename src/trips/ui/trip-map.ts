import { LitElement, css, svg, html } from 'lit';
import type { BasemapCollection } from '../../data/schema.ts';
import { isZh, type Lang } from '../../i18n/lang.ts';

export interface MapStop {
  n: number;
  lonLat: [number, number];
  label: string;
}

const W = 600;
const PAD = 28;

/**
 * A printable sketch map as SVG: main roads and water from the offline basemap, the walking route as a bold
 * line, stops as numbered circles. Black and white by design (no colour is needed to read it), so it prints
 * on any office printer; it needs no WebGL and no tiles.
 *
 * Trap: the projection is equirectangular scaled by cos(latitude), fine over the ~3 km of a trip.
 *
 * @summary Numbered route map for printing.
 */
export class TripMap extends LitElement {
  static properties = {
    basemap: { attribute: false },
    line: { attribute: false },
    stops: { attribute: false },
    label: {},
    lang: {},
  };

  /** Language of the road names. */
  declare lang: Lang;

  /** Roads and water to draw under the route. */
  declare basemap: BasemapCollection | undefined;
  /** The route, one coordinate list per leg. */
  declare line: [number, number][][];
  declare stops: MapStop[];
  /** Accessible name of the map. */
  declare label: string;

  constructor() {
    super();
    this.line = [];
    this.stops = [];
    this.label = '';
    this.lang = 'zh';
  }

  static styles = css`
    :host {
      display: block;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
      background: #fff;
      border: 1px solid #000;
    }
  `;

  render() {
    const pts = [...this.line.flat(), ...this.stops.map((s) => s.lonLat)];
    if (!pts.length) return html``;
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of pts) [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
    const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
    const spanX = Math.max((e - w) * k, 0.002);
    const spanY = Math.max(n - s, 0.002);
    const scale = (W - 2 * PAD) / Math.max(spanX, spanY / 0.75);
    const H = Math.round(Math.max(spanY * scale + 2 * PAD, 240));
    const cx = (w + e) / 2;
    const cy = (s + n) / 2;
    const px = (p: [number, number]) =>
      [W / 2 + (p[0] - cx) * k * scale, H / 2 - (p[1] - cy) * scale] as const;
    const path = (cs: [number, number][]) =>
      cs
        .map(
          (c, i) =>
            `${i ? 'L' : 'M'}${px(c)
              .map((v) => v.toFixed(1))
              .join(' ')}`,
        )
        .join('');
    const base = this.basemap?.features ?? [];
    const wet = (k: string) => k === 'water' || k === 'river';
    const water = base.filter((f) => wet(f.properties.kind) && f.geometry.type === 'Polygon');
    const rivers = base.filter((f) => wet(f.properties.kind) && f.geometry.type === 'LineString');
    const roads = base.filter((f) => f.properties.kind === 'road' && f.geometry.type === 'LineString');
    return html`<svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${this.label}>
      <defs>
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" stroke="#777" stroke-width="1" />
        </pattern>
        <clipPath id="frame"><rect x="0" y="0" width=${W} height=${H} /></clipPath>
      </defs>
      <g clip-path="url(#frame)">
        ${water.map((f) => svg`<path d=${(f.geometry.coordinates as [number, number][][]).map((r) => path(r) + 'Z').join('')} fill="url(#hatch)" stroke="#777" />`)}
        ${rivers.map((f) => svg`<path d=${path(f.geometry.coordinates as [number, number][])} fill="none" stroke="#777" stroke-width="3" stroke-dasharray="1 3" />`)}
        ${roads.map((f) => svg`<path d=${path(f.geometry.coordinates as [number, number][])} fill="none" stroke="#aaa" stroke-width=${f.properties.rank === 1 ? 4 : 2} />`)}
        ${roads
          .filter(
            (f, i) =>
              f.properties.rank === 1 &&
              roads.findIndex((r) => r.properties.name_zh === f.properties.name_zh) === i,
          )
          .map((f) => {
            const cs = f.geometry.coordinates as [number, number][];
            const [x, y] = px(cs[Math.floor(cs.length / 2)]);
            return x > 60 && x < W - 60 && y > 12 && y < H - 4
              ? svg`<text x=${x} y=${y - 4} font-size="10" fill="#555" text-anchor="middle">${(isZh(this.lang) ? f.properties.name_zh : f.properties.name_en).replace(/\s*[（(].*$/, '')}</text>`
              : svg``;
          })}
        ${this.line.map((cs) => svg`<path d=${path(cs)} fill="none" stroke="#000" stroke-width="3.5" stroke-linejoin="round" />`)}
        ${this.stops.map((st) => {
          const [x, y] = px(st.lonLat);
          return svg`<g><circle cx=${x} cy=${y} r="11" fill="#fff" stroke="#000" stroke-width="2" />
            <text x=${x} y=${y + 4} font-size="12" font-weight="700" text-anchor="middle">${st.n}</text>
            <title>${st.label}</title></g>`;
        })}
      </g>
      <g transform="translate(${W - 24} 30)">
        <path d="M0 -14 L6 4 L0 0 L-6 4 Z" fill="#000" />
        <text y="16" font-size="11" text-anchor="middle">N</text>
      </g>
    </svg>`;
  }
}

customElements.define('trip-map', TripMap);

declare global {
  interface HTMLElementTagNameMap {
    'trip-map': TripMap;
  }
}
