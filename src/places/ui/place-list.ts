import type { NearOccurrence } from '../../listings/near.ts';
import { OccurrenceSelectEvent } from '../../events/listings.ts';
import { LitElement, css, html, nothing } from 'lit';
import { AREA_IDS } from '../../data/areas.ts';
import type { PlaceFeature } from '../../data/schema.ts';
import { type Lang } from '../../i18n/lang.ts';
import type { Translation } from '../../i18n/translations.ts';
import { sharedStyles } from '../../theme/shared-styles.ts';
import { PlaceSelectEvent } from '../../events/places.ts';
import { WalkAddEvent } from '../../events/walks.ts';
import { SPEED_M_PER_MIN } from '../../walks/pace.ts';
import { placeText } from '../place-text.ts';
import { eventTitle } from '../../listings/event-text.ts';

/** Area outline first, then places, then streets and lanes: the order a visitor reads an area in. */
const ORDER = (f: PlaceFeature) => (f.properties.kind === 'area' ? 0 : f.geometry.type === 'Point' ? 1 : 2);

/**
 * Every place, grouped by area: the map's keyboard and screen-reader equivalent, and the whole app when the
 * map cannot be drawn.
 *
 * @summary Grouped list of places.
 * @fires place-select - a place was chosen (PlaceSelectEvent, origin "list")
 */
/** "Near you": ten minutes' walk at the standard pace. */
export const NEAR_METRES = 10 * SPEED_M_PER_MIN.standard;

export class PlaceList extends LitElement {
  static properties = {
    places: { attribute: false },
    lang: {},
    t: { attribute: false },
    selected: {},
    inWalk: { attribute: false },
    distances: { attribute: false },
    nearEvents: { attribute: false },
  };

  /** Walking distance (metres) from the visitor to each place, once their position is known. */
  declare distances: ReadonlyMap<string, number> | undefined;
  /** Events on now or starting soon within the same walk, nearest first (listings/near.ts). */
  declare nearEvents: readonly NearOccurrence[] | undefined;

  /** Ids of the places already in the visitor's walk. */
  declare inWalk: readonly string[];

  /** All places to list. */
  declare places: readonly PlaceFeature[];
  /** Language of the names. */
  declare lang: Lang;
  /** UI strings. */
  declare t: Translation;
  /** Id of the selected place, marked as current. */
  declare selected: string | undefined;

  constructor() {
    super();
    this.places = [];
    this.lang = 'zh';
    this.inWalk = [];
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      section + section {
        margin-top: 0.75rem;
      }
      h3 {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        margin: 0 0 0.25rem;
        font-size: 0.95rem;
      }
      .count {
        font-weight: normal;
        color: var(--ink-soft);
        font-size: 0.85rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      button {
        display: flex;
        width: 100%;
        align-items: baseline;
        justify-content: space-between;
        gap: 0.75rem;
        min-height: 44px;
        padding: 0.4rem 0.5rem;
        border: 0;
        border-radius: 6px;
        background: none;
        text-align: start;
        cursor: pointer;
      }
      button:hover {
        background: #efe6d6;
      }
      button[aria-current='true'] {
        background: #e9dcc4;
        font-weight: 600;
      }
      li {
        display: flex;
        align-items: center;
        gap: 0.25rem;
      }
      li > button:first-child {
        flex: 1;
      }
      button.add {
        flex: none;
        width: 44px;
        justify-content: center;
        color: #9a330a;
        font-size: 1.2rem;
      }
      button.add[disabled] {
        color: var(--ink-soft);
      }
      .kind {
        color: var(--ink-soft);
        font-size: 0.8rem;
        white-space: nowrap;
      }
    `,
  ];

  /** Minutes at the standard pace, as the walk planner times it. */
  private minutes(m: number) {
    return Math.max(1, Math.round(m / SPEED_M_PER_MIN.standard));
  }

  private renderNear() {
    const t = this.t;
    const d = this.distances;
    if (!d) return nothing;
    const near = this.places
      .filter((f) => f.geometry.type === 'Point' && (d.get(f.properties.id) ?? Infinity) <= NEAR_METRES)
      .sort((a, b) => d.get(a.properties.id)! - d.get(b.properties.id)!);
    return html`<section aria-labelledby="near" class="near">
      <h3 id="near">${t.nearYou}</h3>
      ${
        near.length
          ? html`<ul>
              ${near.map(
                (f) =>
                  html`<li>
                    <button
                      data-near=${f.properties.id}
                      @click=${() => this.dispatchEvent(new PlaceSelectEvent(f.properties.id, 'list'))}
                    >
                      <span>${placeText(f.properties, 'name', this.lang)}</span>
                      <span class="kind"
                        >${t.away(t.distance(Math.round(d.get(f.properties.id)!)), this.minutes(d.get(f.properties.id)!))}</span
                      >
                    </button>
                  </li>`,
              )}
            </ul>`
          : html`<p class="kind">${t.nearNone}</p>`
      }
      ${
        this.nearEvents?.length
          ? html`<h4>${t.nearEvents}</h4>
              <ul class="near-events">
                ${this.nearEvents.map(
                  (n) =>
                    html`<li>
                      <button
                        data-near-event=${n.occurrence.key}
                        @click=${() => this.dispatchEvent(new OccurrenceSelectEvent(n.occurrence.key, 'card'))}
                      >
                        <span>${eventTitle(n.occurrence.event, this.lang)}</span>
                        <span class="kind"
                          >${n.onNow ? t.onNow : t.startingSoon} ·
                          ${t.away(t.distance(Math.round(n.metres)), this.minutes(n.metres))}</span
                        >
                      </button>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </section>`;
  }

  render() {
    const t = this.t;
    return [this.renderNear(), ...this.renderAreas(t)];
  }

  private renderAreas(t: Translation) {
    return AREA_IDS.map((area) => {
      const items = this.places.filter((f) => f.properties.area === area).sort((a, b) => ORDER(a) - ORDER(b));
      if (!items.length) return nothing;
      const headingId = `area-${area}`;
      return html`<section aria-labelledby=${headingId}>
        <h3 id=${headingId}>
          <span class="swatch area-${area}" aria-hidden="true"></span>
          ${t.areaNames[area]} <span class="count">${t.placesCount(items.length)}</span>
        </h3>
        <ul>
          ${items.map(
            (f) =>
              html`<li>
                <button
                  aria-current=${f.properties.id === this.selected ? 'true' : 'false'}
                  data-id=${f.properties.id}
                  @click=${() => this.dispatchEvent(new PlaceSelectEvent(f.properties.id, 'list'))}
                >
                  <span>${placeText(f.properties, 'name', this.lang)}</span>
                  <span class="kind">${t.kinds[f.properties.kind]}</span>
                </button>
                <button
                  class="add"
                  data-add=${f.properties.id}
                  aria-label=${t.addToWalkNamed(placeText(f.properties, 'name', this.lang) ?? '')}
                  title=${t.addToWalk}
                  ?disabled=${this.inWalk.includes(f.properties.id)}
                  @click=${() => this.dispatchEvent(new WalkAddEvent(f.properties.id))}
                >
                  ${this.inWalk.includes(f.properties.id) ? '✓' : '+'}
                </button>
              </li>`,
          )}
        </ul>
      </section>`;
    });
  }
}

customElements.define('place-list', PlaceList);

declare global {
  interface HTMLElementTagNameMap {
    'place-list': PlaceList;
  }
}
