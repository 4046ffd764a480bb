import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { AREA_IDS } from '../../data/areas.ts';
import { DEFAULT_VIEW } from '../../data/bounds.ts';
import type { BasemapCollection, PlaceCollection } from '../../data/schema.ts';
import { presentYear } from '../../history/time-view.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { Route } from '../../listings/schema.ts';
import { SONG_PALETTE } from '../../theme/palette.ts';
import type { Graph } from '../../walks/graph.ts';
import { RouteChangeEvent } from '../../events/map.ts';
import type { RouteDrawing } from '../../map/route-draw.ts';
import {
  EMPTY_SHAPE,
  appendVertex,
  appendVertices,
  commit,
  deleteVertex,
  hasRoomFor,
  insertVertex,
  laneNear,
  lanePath,
  lengthMetres,
  moveVertex,
  routeOf,
  sameShape,
  setTime,
  shapeOf,
  startHistory,
  timesOutOfOrder,
  undo,
  walkingMinutes,
  type History,
  type Position,
  type RouteShape,
} from '../../listings/route-edit.ts';
import { supportsWebGL2 } from '../../map/webgl.ts';
import { routeEditorStyles } from './route-editor.styles.ts';

/** The zoom a new route starts at: lanes and 御街 readable, about a kilometre across a phone. */
const START_ZOOM = 15;

/** The editor's words, given by the page that uses it (zh or en). */
export interface RouteEditorStrings {
  /** Accessible name of the map canvas. */
  mapLabel: string;
  /** How to draw, with a finger or a mouse. */
  hint: string;
  undo: string;
  deletePoint: string;
  clear: string;
  clearConfirm: (points: number) => string;
  clearYes: string;
  clearNo: string;
  followLanes: string;
  /** "4 points · 1,230 m · about 16 min on foot" */
  status: (points: number, metres: number, minutes: number) => string;
  empty: string;
  selected: (n: number) => string;
  /** Label of the selected vertex's minutes field. */
  timeOf: (n: number) => string;
  timesKept: string;
  timesOrder: string;
  full: string;
  straight: string;
  blocked: string;
  unsupported: string;
}

/**
 * Draws a roaming event's route on the map: tap or click to add a vertex at the end, drag a vertex to move
 * it, drag or tap a segment's midpoint handle to insert one, select a vertex to delete it (button or the
 * Delete key) or give it a time; undo, clear (asked first), and "follow the lanes", which routes each new
 * segment along the walking network. The count, length and walking time are announced in a live region.
 *
 * It holds its own undo history; a `route` given from outside that differs from what it holds (the typed
 * coordinates changed) replaces it and starts a new history.
 *
 * @summary Map editor of an event's route.
 * @fires route-change - the route was edited on the map (RouteChangeEvent)
 */
export class RouteEditor extends LitElement {
  static properties = {
    route: { attribute: false },
    blocked: { type: Boolean },
    places: { attribute: false },
    basemap: { attribute: false },
    graph: { attribute: false },
    lang: {},
    t: { attribute: false },
    attribution: {},
    history: { state: true },
    selected: { state: true },
    confirming: { state: true },
    follow: { state: true },
    notice: { state: true },
    unsupported: { state: true },
  };

  /** The route as the form holds it (undefined: none yet). */
  declare route: Route | undefined;
  /** The typed coordinates cannot be read: the map shows no route and takes no edits. */
  declare blocked: boolean;
  declare places: PlaceCollection | undefined;
  declare basemap: BasemapCollection | undefined;
  /** The walking network; without it "follow the lanes" is not offered. */
  declare graph: Graph | undefined;
  declare lang: Lang;
  declare t: RouteEditorStrings;
  /** Attribution line shown in the map corner. */
  declare attribution: string;
  declare history: History;
  declare selected: number | undefined;
  declare confirming: boolean;
  declare follow: boolean;
  declare notice: string | undefined;
  declare unsupported: boolean;

  private drawing: RouteDrawing | undefined;
  private starting = false;
  private resizeObserver: ResizeObserver | undefined;
  private disposed = false;

  constructor() {
    super();
    this.blocked = false;
    this.lang = 'zh';
    this.attribution = '';
    this.history = startHistory(EMPTY_SHAPE);
    this.confirming = false;
    this.follow = false;
    this.unsupported = false;
    this.ready.catch(() => undefined);
  }

  /** Resolves once the map has drawn for the first time (rejects if it cannot start). */
  readonly ready: Promise<void> = new Promise((resolve, reject) => {
    this.resolveReady = resolve;
    this.rejectReady = reject;
  });
  private resolveReady!: () => void;
  private rejectReady!: (e: Error) => void;

  static styles = routeEditorStyles;

  connectedCallback(): void {
    super.connectedCallback();
    this.disposed = false;
    this.resizeObserver = new ResizeObserver(() => this.drawing?.engine.resize());
    this.resizeObserver.observe(this);
    this.addEventListener('keydown', this.onKey);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.disposed = true;
    this.removeEventListener('keydown', this.onKey);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.drawing?.destroy();
    this.drawing = undefined;
    this.starting = false;
  }

  private get shape(): RouteShape {
    return this.history.present;
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('route') || changed.has('blocked')) {
      const given = this.blocked ? EMPTY_SHAPE : shapeOf(this.route);
      if (!sameShape(given, this.shape)) {
        this.history = startHistory(given);
        this.selected = undefined;
        this.drawing?.setRoute(given.coordinates, undefined);
        this.drawing?.fit(given.coordinates);
      }
    }
  }

  protected updated(): void {
    if (!this.drawing && !this.starting && this.places && this.basemap) void this.start();
  }

  private async start() {
    this.starting = true;
    if (!(await supportsWebGL2())) {
      this.unsupported = true;
      this.rejectReady(new Error('WebGL2 is not available'));
      return;
    }
    try {
      const { RouteDrawing, MAPLIBRE_CSS } = await import('../../map/route-draw.ts');
      if (this.disposed || !this.places || !this.basemap) return;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(MAPLIBRE_CSS);
      this.shadowRoot!.adoptedStyleSheets = [...this.shadowRoot!.adoptedStyleSheets, sheet];
      const drawing = new RouteDrawing({
        container: this.renderRoot.querySelector<HTMLElement>('#map')!,
        palette: SONG_PALETTE,
        lang: this.lang,
        visible: AREA_IDS,
        time: { year: presentYear() },
        places: this.places,
        basemap: this.basemap,
        attribution: this.attribution,
        ariaLabel: this.t.mapLabel,
        // Close enough to tell the lanes apart; a stored route is framed once the map has loaded.
        view: { center: DEFAULT_VIEW.center, zoom: START_ZOOM },
        onAdd: (p) => this.add(p),
        onMove: (i, p) => this.edit(moveVertex(this.shape, i, p), i),
        onInsert: (i, p) => {
          if (hasRoomFor(this.shape)) this.edit(insertVertex(this.shape, i, p), i);
          else this.refuse(this.t.full);
        },
        onSelect: (i) => this.select(i),
        onIdle: () => this.resolveReady(),
        onError: () => undefined,
      });
      this.drawing = drawing;
      drawing.engine.map.once('load', () => {
        drawing.engine.map.getCanvas().style.cursor = 'crosshair';
        drawing.setRoute(this.shape.coordinates, this.selected);
        drawing.fit(this.shape.coordinates);
      });
    } catch (e) {
      this.rejectReady(e as Error);
    }
  }

  protected update(changed: PropertyValues<this>): void {
    super.update(changed);
    if (changed.has('lang')) this.drawing?.engine.setLang(this.lang);
  }

  /** Makes `next` the route: drawn at once (the click after a tap must see it), then sent up. */
  private edit(next: RouteShape, selected?: number) {
    if (this.blocked) return this.drawing?.setRoute(this.shape.coordinates, this.selected);
    this.history = commit(this.history, next);
    this.selected = selected;
    this.confirming = false;
    this.drawing?.setRoute(next.coordinates, selected);
    this.dispatchEvent(new RouteChangeEvent(routeOf(next)));
  }

  private refuse(notice: string) {
    this.notice = notice;
    this.drawing?.setRoute(this.shape.coordinates, this.selected);
  }

  private add(p: Position) {
    if (this.blocked) return;
    this.notice = undefined;
    const c = this.shape.coordinates;
    if (!hasRoomFor(this.shape)) return this.refuse(this.t.full);
    if (this.follow && this.graph && !c.length) {
      // The first point goes on the lane, so the next segment starts along it and not with a jog.
      return this.edit(appendVertex(this.shape, laneNear(this.graph, p) ?? p));
    }
    if (this.follow && this.graph) {
      const path = lanePath(this.graph, c[c.length - 1], p);
      if (path && hasRoomFor(this.shape, path.length)) return this.edit(appendVertices(this.shape, path));
      this.notice = this.t.straight;
    }
    this.edit(appendVertex(this.shape, p));
  }

  private select(i: number | undefined) {
    this.selected = i;
    this.drawing?.setRoute(this.shape.coordinates, i);
  }

  private deleteSelected() {
    if (this.selected === undefined) return;
    const focusUndo = this.renderRoot.querySelector('#delete') === this.shadowRoot?.activeElement;
    this.edit(deleteVertex(this.shape, this.selected), undefined);
    if (focusUndo)
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#undo')?.focus());
  }

  private undo() {
    this.history = undo(this.history);
    this.selected = undefined;
    this.drawing?.setRoute(this.shape.coordinates, undefined);
    this.dispatchEvent(new RouteChangeEvent(routeOf(this.shape)));
  }

  private clear() {
    this.edit(EMPTY_SHAPE, undefined);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#undo')?.focus());
  }

  private readonly onKey = (e: KeyboardEvent) => {
    const target = e.composedPath()[0] as HTMLElement | undefined;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if ((e.key === 'Delete' || e.key === 'Backspace') && this.selected !== undefined) {
      e.preventDefault();
      this.deleteSelected();
    } else if (e.key === 'Escape') {
      if (this.confirming) this.confirming = false;
      else if (this.selected !== undefined) this.select(undefined);
    }
  };

  private setSelectedTime(text: string) {
    if (this.selected === undefined) return;
    const n = text.trim() === '' ? null : Number(text);
    if (n !== null && !(Number.isInteger(n) && n >= 0)) return;
    this.edit(setTime(this.shape, this.selected, n), this.selected);
  }

  /** Where a position is drawn, in viewport pixels (for tests and for anchoring overlays). */
  pointOnScreen(p: Position): { x: number; y: number } | undefined {
    const map = this.renderRoot.querySelector('#map');
    if (!this.drawing || !map) return undefined;
    const q = this.drawing.project(p);
    const box = map.getBoundingClientRect();
    return { x: box.left + q.x, y: box.top + q.y };
  }

  render() {
    const t = this.t;
    const s = this.shape;
    const n = s.coordinates.length;
    const metres = lengthMetres(s.coordinates);
    const hasTimes = s.times.some((x) => x !== null);
    const sel = this.selected;
    return html`
      <div class="bar">
        <button id="undo" type="button" ?disabled=${!this.history.past.length} @click=${this.undo}>
          ${t.undo}
        </button>
        <button id="delete" type="button" ?disabled=${sel === undefined} @click=${this.deleteSelected}>
          ${t.deletePoint}
        </button>
        <button
          id="clear"
          type="button"
          ?disabled=${!n}
          aria-expanded=${this.confirming ? 'true' : 'false'}
          @click=${() => (this.confirming = true)}
        >
          ${t.clear}
        </button>
        ${
          this.graph
            ? html`<label class="check"
                ><input
                  type="checkbox"
                  id="follow"
                  .checked=${this.follow}
                  @change=${(e: Event) => (this.follow = (e.target as HTMLInputElement).checked)}
                />${t.followLanes}</label
              >`
            : nothing
        }
      </div>
      ${
        this.confirming
          ? html`<p class="confirm">
              <span>${t.clearConfirm(n)}</span>
              <button class="danger" type="button" @click=${this.clear}>${t.clearYes}</button>
              <button type="button" @click=${() => (this.confirming = false)}>${t.clearNo}</button>
            </p>`
          : nothing
      }
      <div class="frame">
        <div id="map"></div>
        ${this.blocked ? html`<p class="veil">${t.blocked}</p>` : nothing}
        ${this.unsupported ? html`<p class="veil">${t.unsupported}</p>` : nothing}
      </div>
      <p class="status" role="status">${n ? t.status(n, metres, walkingMinutes(metres)) : t.empty}</p>
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      ${
        sel !== undefined && sel < n
          ? html`<div class="time">
              <span>${t.selected(sel + 1)}</span>
              <label for="minutes">${t.timeOf(sel + 1)}</label>
              <input
                id="minutes"
                type="number"
                min="0"
                step="1"
                inputmode="numeric"
                .value=${s.times[sel] === null ? '' : String(s.times[sel])}
                @change=${(e: Event) => this.setSelectedTime((e.target as HTMLInputElement).value)}
              />
            </div>`
          : nothing
      }
      ${hasTimes ? html`<p class="hint">${t.timesKept}</p>` : nothing}
      ${timesOutOfOrder(s).length ? html`<p class="warn">${t.timesOrder}</p>` : nothing}
      <p class="hint">${t.hint}</p>
    `;
  }
}

customElements.define('route-editor', RouteEditor);

declare global {
  interface HTMLElementTagNameMap {
    'route-editor': RouteEditor;
  }
}
