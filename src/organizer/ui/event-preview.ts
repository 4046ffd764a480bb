import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { AREA_IDS } from '../../data/areas.ts';
import type { BasemapCollection, PlaceCollection } from '../../data/schema.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { Translation } from '../../i18n/translations.ts';
import '../../listings/ui/event-list.ts';
import '../../map/heritage-map.ts';
import type { MapView } from '../../data/bounds.ts';
import { eventMapFeatures, type EventMapCollection } from '../../listings/event-map.ts';
import { viewOf } from '../../listings/route-edit.ts';
import { sharedStyles } from '../../theme/shared-styles.ts';
import type { Preview } from '../model/preview-event.ts';
import type { OrganizerStrings } from '../model/strings.ts';
import { systemClock } from '../../data/clock.ts';

/** Height of the preview map, px (the route is framed for it). */
const MAP_HEIGHT = 240;

/**
 * The draft as visitors will see it: the tourist app's own <event-list> with the draft's occurrences, and a
 * small <heritage-map> with the venue highlighted, or the route drawn by the tourist map's own event layers
 * (the dashed line and the procession's point, from listings/event-map.ts) and framed. Links and buttons inside
 * the list are inert here (the event is not published yet).
 *
 * @summary Live preview of an event being edited.
 */
export class EventPreview extends LitElement {
  static properties = {
    preview: { attribute: false },
    places: { attribute: false },
    basemap: { attribute: false },
    now: { type: Number },
    lang: {},
    t: { attribute: false },
    tt: { attribute: false },
  };

  /** The draft as a feed event, or undefined while it has no usable dates. */
  declare preview: Preview | undefined;
  /** Heritage places and basemap for the map preview. */
  declare places: PlaceCollection | undefined;
  declare basemap: BasemapCollection | undefined;
  /** Epoch ms the list counts from, as in the tourist app. */
  declare now: number;
  declare lang: Lang;
  /** Organizer strings. */
  declare t: OrganizerStrings;
  /** The tourist app's strings, which the list uses. */
  declare tt: Translation;

  /** The route as the tourist map draws it, and the view that frames it. */
  private routeMap: EventMapCollection | undefined;
  private routeView: MapView | undefined;
  private routeKey = '';

  constructor() {
    super();
    this.now = systemClock();
    this.lang = 'zh';
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        gap: 0.6rem;
        align-content: start;
      }
      @media (min-width: 860px) {
        /* Beside the form: stays in view while the form scrolls, and scrolls itself when long. */
        :host {
          max-height: calc(100vh - 1rem);
          overflow: auto;
        }
      }
      h3 {
        margin: 0;
        font-size: 1rem;
      }
      .note {
        margin: 0;
        color: var(--ink-soft);
        font-size: 0.88rem;
      }
      .list {
        pointer-events: none;
      }
      heritage-map {
        flex: none;
        height: ${MAP_HEIGHT}px;
        border: 1px solid var(--line);
        border-radius: 10px;
        overflow: hidden;
      }
    `,
  ];

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('preview') || changed.has('now')) {
      const p = this.preview;
      const line = p?.event.route?.coordinates.filter((q) => q.every(Number.isFinite)) as
        [number, number][] | undefined;
      const drawable = p && line && line.length > 1;
      // The occurrence a visitor would see first: the next one not yet over, else the last.
      const o = p && (p.occurrences.find((x) => x.end > this.now) ?? p.occurrences[p.occurrences.length - 1]);
      this.routeMap =
        drawable && o
          ? eventMapFeatures(
              [
                {
                  ...o,
                  event: { ...p.event, route: { ...p.event.route!, coordinates: line } },
                  onNow: false,
                  running: false,
                  startingSoon: false,
                  long: false,
                },
              ],
              this.now,
            )
          : undefined;
      const key = drawable ? JSON.stringify(line) : '';
      if (key && key !== this.routeKey) this.routeView = viewOf(line!, this.clientWidth || 360, MAP_HEIGHT);
      this.routeKey = key;
    }
  }

  render() {
    const t = this.t;
    const p = this.preview;
    const upcoming = p?.occurrences.some((o) => o.end > this.now);
    return html`
      <h3>${t.previewTitle}</h3>
      ${
        this.places && this.basemap
          ? html`<heritage-map
              .places=${this.places}
              .basemap=${this.basemap}
              .lang=${this.lang}
              .visibleAreas=${AREA_IDS}
              .selected=${p?.event.venue}
              .events=${this.routeMap}
              .view=${this.routeView}
              .ariaLabelText=${t.previewMap}
              .attribution=${this.tt.attribution}
            ></heritage-map>`
          : nothing
      }
      ${
        !p
          ? html`<p class="note">${t.previewInvalid}</p>`
          : upcoming
            ? html`<p class="note">${t.previewSampleNote}</p>
                <event-list
                  class="list"
                  inert
                  .occurrences=${p.occurrences}
                  .now=${this.now}
                  .lang=${this.lang}
                  .t=${this.tt}
                ></event-list>`
            : html`<p class="note" role="status">${t.previewEnded}</p>`
      }
    `;
  }
}

customElements.define('event-preview', EventPreview);

declare global {
  interface HTMLElementTagNameMap {
    'event-preview': EventPreview;
  }
}
