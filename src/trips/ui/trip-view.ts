import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { BasemapCollection, PlaceCollection, PlaceFeature } from '../../data/schema.ts';
import { COLLATOR_LOCALE, isZh, HTML_LANG, type Lang } from '../../i18n/lang.ts';
import { AGE_GROUPS, type AgeGroup } from '../../learning/age-groups.ts';
import type { WalkFeature } from '../../walks/compile.ts';
import { TripChangeEvent, TripCloseEvent } from '../../events/trips.ts';
import { GROUP_SPEED_M_PER_MIN, lineLength } from '../pace.ts';
import { TRIP_STRINGS, type TripStrings } from '../strings.ts';
import { TripData } from './trip-data.ts';
import { deleteTrip, readSavedTrips, saveTrip, type SavedTrip } from '../trip-saved.ts';
import {
  MAX_GROUPS,
  MAX_PUPILS,
  MAX_TRIP_STOPS,
  OWN,
  SHEETS,
  formatClock,
  tripParams,
  type Sheet,
  type TripSettings,
} from '../trip-settings.ts';
import { tripModel, type TripModel } from '../trip-model.ts';
import './trip-map.ts';
import { checkpointTable, flagsList, groupTables, planNotices } from './trip-parts.ts';
import './trip-sheets.ts';
import { PRINT_PAGE } from './print-page.ts';
import { systemClock, type Clock } from '../../data/clock.ts';
import type { Occurrence } from '../../listings/occurrences.ts';
import { tripViewStyles } from './trip-view.styles.ts';
import { eventTitle } from '../../listings/event-text.ts';

/**
 * The field-trip planner: settings form, the timed plan with its flags, groups and checkpoints, events that
 * day, plans saved on the device, and the three printables (the selected one is what prints).
 *
 * @summary School field-trip planner.
 * @fires trip-change - the teacher changed a setting (TripChangeEvent)
 * @fires trip-close - back to the map (TripCloseEvent)
 */
export class TripView extends LitElement {
  static properties = {
    settings: { attribute: false },
    places: { attribute: false },
    basemap: { attribute: false },
    walks: { attribute: false },
    occurrences: { attribute: false },
    lang: {},
    saved: { state: true },
    message: { state: true },
  };

  /** The trip, as the URL has it. */
  declare settings: TripSettings;
  declare places: PlaceCollection | undefined;
  /** The occurrences of the app's feed (the one the map and What's on show); [] until it has arrived. */
  declare occurrences: readonly Occurrence[];
  declare basemap: BasemapCollection | undefined;
  /** The curated walks. */
  declare walks: WalkFeature[];
  declare lang: Lang;
  /** The app's clock: when a saved plan was saved. */
  clock: Clock = systemClock;
  declare saved: SavedTrip[];
  declare message: string | undefined;
  readonly data = new TripData(this);
  private model: TripModel | undefined;

  constructor() {
    super();
    this.walks = [];
    this.occurrences = [];
    this.lang = 'zh';
    this.saved = [];
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.saved = readSavedTrips();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, PRINT_PAGE];
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== PRINT_PAGE);
  }

  get s(): TripStrings {
    return TRIP_STRINGS[this.lang];
  }

  private place = (id: string): PlaceFeature | undefined =>
    this.places?.features.find((f) => f.properties.id === id);

  private readonly hoursText = (id: string) => {
    const p = this.place(id)?.properties;
    return isZh(this.lang) ? p?.hours_zh : p?.hours_en;
  };

  name(id: string): string {
    const p = this.place(id)?.properties;
    return p ? (isZh(this.lang) ? p.name_zh : p.name_en) : id;
  }

  protected willUpdate(changed: PropertyValues): void {
    if (
      changed.has('settings') ||
      changed.has('places') ||
      changed.has('walks') ||
      changed.has('occurrences') ||
      !this.model
    )
      this.model = this.compute();
  }

  private compute(): TripModel | undefined {
    if (!this.data.graph || !this.places || !this.settings) return undefined;
    return tripModel(this.settings, this.data.graph, this.walks, this.place, this.occurrences);
  }

  private change(patch: Partial<TripSettings>) {
    this.dispatchEvent(new TripChangeEvent({ ...this.settings, ...patch }));
  }

  private num(e: Event, min: number, max: number): number | undefined {
    const v = Number((e.target as HTMLInputElement).value);
    return Number.isInteger(v) && v >= min && v <= max ? v : undefined;
  }

  static styles = tripViewStyles;

  private renderForm(s: TripStrings, t: TripSettings) {
    const points = (this.places?.features ?? []).filter((f) => f.geometry.type === 'Point');
    const byName = [...points].sort((a, b) =>
      this.name(a.properties.id).localeCompare(this.name(b.properties.id), COLLATOR_LOCALE[this.lang]),
    );
    const pointSelect = (label: string, value: string | undefined, key: 'from' | 'to') =>
      html`<label
        >${label}
        <select
          @change=${(e: Event) => this.change({ [key]: (e.target as HTMLSelectElement).value || undefined })}
        >
          <option value="" ?selected=${!value}>${s.routeDefault}</option>
          ${byName.map((f) => html`<option value=${f.properties.id} ?selected=${value === f.properties.id}>${this.name(f.properties.id)}</option>`)}
        </select></label
      >`;
    return html`<form class="screen" aria-label=${s.settings} @submit=${(e: Event) => e.preventDefault()}>
      <div class="row">
        <label
          >${s.date}
          <input
            type="date"
            .value=${t.date ?? ''}
            @change=${(e: Event) => this.change({ date: (e.target as HTMLInputElement).value || undefined })}
        /></label>
        <label
          >${s.startTime}
          <input
            type="time"
            .value=${formatClock(t.start)}
            @change=${(e: Event) => {
              const m = /^(\d{2}):(\d{2})/.exec((e.target as HTMLInputElement).value);
              if (m) this.change({ start: Number(m[1]) * 60 + Number(m[2]) });
            }}
        /></label>
      </div>
      <div class="row">
        <label
          >${s.pupils}
          <input
            type="number"
            min="1"
            max=${MAX_PUPILS}
            .value=${String(t.pupils)}
            @change=${(e: Event) => {
              const v = this.num(e, 1, MAX_PUPILS);
              if (v) this.change({ pupils: v });
            }}
        /></label>
        <label
          >${s.age}
          <select
            @change=${(e: Event) => this.change({ age: (e.target as HTMLSelectElement).value as AgeGroup })}
          >
            ${AGE_GROUPS.map((a) => html`<option value=${a} ?selected=${t.age === a}>${s.ages[a]}</option>`)}
          </select></label
        >
      </div>
      <div class="row">
        <label
          >${s.budget}
          <input
            type="number"
            min="30"
            max="720"
            step="10"
            .value=${String(t.budget)}
            @change=${(e: Event) => {
              const v = this.num(e, 30, 720);
              if (v) this.change({ budget: v });
            }}
        /></label>
        <label
          >${s.groups}
          <input
            type="number"
            min="1"
            max=${MAX_GROUPS}
            .value=${String(t.groups)}
            @change=${(e: Event) => {
              const v = this.num(e, 1, MAX_GROUPS);
              if (v) this.change({ groups: v });
            }}
        /></label>
      </div>
      <label
        >${s.route}
        <select @change=${(e: Event) => this.change({ route: (e.target as HTMLSelectElement).value })}>
          ${this.walks.map((w) => html`<option value=${w.properties.id} ?selected=${t.route === w.properties.id}>${isZh(this.lang) ? w.properties.name_zh : w.properties.name_en}</option>`)}
          <option value=${OWN} ?selected=${t.route === OWN}>${s.ownRoute}</option>
        </select></label
      >
      ${
        t.route === OWN
          ? html`<ol class="own">
                ${t.stops.map(
                  (id, i) =>
                    html`<li>
                      <span>${this.name(id)}</span>
                      <span>
                        ${
                          i > 0
                            ? html`<button
                                type="button"
                                aria-label="${s.moveUp}: ${this.name(id)}"
                                @click=${() => {
                                  const st = [...t.stops];
                                  [st[i - 1], st[i]] = [st[i], st[i - 1]];
                                  this.change({ stops: st });
                                }}
                              >
                                ↑
                              </button>`
                            : nothing
                        }
                        <button
                          type="button"
                          aria-label="${s.remove}: ${this.name(id)}"
                          @click=${() => this.change({ stops: t.stops.filter((x) => x !== id) })}
                        >
                          ×
                        </button>
                      </span>
                    </li>`,
                )}
              </ol>
              ${
                t.stops.length < MAX_TRIP_STOPS
                  ? html`<label
                      >${s.addStop}
                      <select
                        @change=${(e: Event) => {
                          const v = (e.target as HTMLSelectElement).value;
                          if (v) this.change({ stops: [...t.stops, v] });
                        }}
                      >
                        <option value="">—</option>
                        ${byName.filter((f) => !t.stops.includes(f.properties.id)).map((f) => html`<option value=${f.properties.id}>${this.name(f.properties.id)}</option>`)}
                      </select></label
                    >`
                  : nothing
              }`
          : nothing
      }
      ${pointSelect(s.from, t.from, 'from')} ${pointSelect(s.to, t.to, 'to')}
      <label
        >${s.rest}
        <input
          type="number"
          min="0"
          max="240"
          step="5"
          .value=${String(t.rest)}
          @change=${(e: Event) => {
            const v = this.num(e, 0, 240);
            if (v !== undefined) this.change({ rest: v });
          }}
      /></label>
      <label class="check"
        ><input
          type="checkbox"
          .checked=${t.stepFree}
          @change=${(e: Event) => this.change({ stepFree: (e.target as HTMLInputElement).checked })}
        />
        ${s.stepFree}</label
      >
    </form>`;
  }

  private renderPlan(s: TripStrings, m: TripModel) {
    const { plan, settings: t } = m;
    const clock = formatClock;
    return html`<section class="screen" aria-labelledby="sum">
        <h3 id="sum">${s.summary}</h3>
        <p>${s.total(Math.round(plan.minutes), t.budget)} · ${s.distance(m.distance)}</p>
        ${planNotices(s, m, (id) => this.name(id))}
        ${!t.date ? html`<p class="warn">${s.needsDate}</p>` : nothing}
        ${m.routes[0].unreachable.map(([a, b]) => html`<p class="warn">${s.unreachable(this.name(a), this.name(b))}</p>`)}
        ${t.rest > 0 && plan.longestStretch > t.rest + 0.5 ? html`<p class="warn">${s.stretchTooLong(Math.round(plan.longestStretch))}</p>` : nothing}
        ${plan.flags
          .filter((f) => f.hours === 'closed-day' || f.hours === 'outside')
          .map(
            (f) =>
              html`<p class="warn" role="status">${this.name(f.id)}${s.colon}${s.hoursStatus[f.hours]}</p>`,
          )}
        ${plan.flags
          .filter((f) => f.booking.status === 'required')
          .map(
            (f) =>
              html`<p class="warn">
                ${this.name(f.id)}${s.colon}${s.bookingRequired}${s.sep}${s.groupBookingUnknown}
              </p>`,
          )}
        <p class="warn">${s.toiletUnknown}</p>
        <p class="note">${s.paceRule(GROUP_SPEED_M_PER_MIN[t.age], lineLength(t.pupils))}</p>
        <p class="note">${s.paceNote}</p>
      </section>
      <section class="screen" aria-labelledby="stops">
        <h3 id="stops">${s.stops}</h3>
        ${flagsList(s, m, this.lang, (id) => this.name(id), this.hoursText)}
      </section>
      <section class="screen plan-groups" aria-labelledby="groups">
        <h3 id="groups">${s.meeting}</h3>
        <ul>
          <li>${s.meetStart(this.name(plan.meetStart.place), clock(plan.meetStart.time))}</li>
          <li>${s.meetEnd(this.name(plan.meetEnd.place), clock(plan.meetEnd.time))}</li>
        </ul>
        <h3>${s.groupsTitle}</h3>
        ${groupTables(s, m, (id) => this.name(id))}
        <h3>${s.checkpoints}</h3>
        ${checkpointTable(s, m, (id) => this.name(id))}
      </section>
      <section class="screen" aria-labelledby="events">
        <h3 id="events">${s.events}</h3>
        ${
          !t.date
            ? html`<p>${s.needsDate}</p>`
            : m.events.length
              ? html`<ul>
                  ${m.events.map((o) => {
                    const e = o.event;
                    const when = `${clock((o.start / 60000 + 480) % 1440)}–${clock((o.end / 60000 + 480) % 1440)}`;
                    return html`<li>
                      ${eventTitle(e, this.lang)} ·
                      ${o.long ? '' : when}${e.venue ? ` · ${this.name(e.venue)}` : ''}
                    </li>`;
                  })}
                </ul>`
              : html`<p>${s.noEvents}</p>`
        }
        <p class="note">${s.eventsNote}</p>
      </section>
      <section class="screen" aria-labelledby="saved">
        <h3 id="saved">${s.saved}</h3>
        <p>
          <button type="button" @click=${this.save}>${s.save}</button>
          <button type="button" @click=${this.copyLink}>${s.copyLink}</button>
          ${this.message ? html`<span role="status">${this.message}</span>` : nothing}
        </p>
        ${
          this.saved.length
            ? html`<ul>
                ${this.saved.map(
                  (x) =>
                    html`<li>
                      <a href=${x.hash}>${x.label}</a>
                      <button
                        type="button"
                        aria-label="${s.delete}: ${x.label}"
                        @click=${() => (this.saved = deleteTrip(x.hash))}
                      >
                        ${s.delete}
                      </button>
                    </li>`,
                )}
              </ul>`
            : html`<p class="note">${s.noSaved}</p>`
        }
      </section>`;
  }

  private label(): string {
    const t = this.settings;
    const w = this.walks.find((x) => x.properties.id === t.route);
    const name = w ? (isZh(this.lang) ? w.properties.name_zh : w.properties.name_en) : this.s.ownRoute;
    return `${t.date ?? this.s.noDate} · ${name} · ${this.s.ages[t.age]} · ${t.pupils}`;
  }

  private readonly save = () => {
    const ok = saveTrip({
      hash: `#${tripParams(this.settings).join('&')}`,
      label: this.label(),
      saved: new Date(this.clock()).toISOString(),
    });
    this.saved = readSavedTrips();
    this.message = ok ? this.s.savedOk : undefined;
  };

  private readonly copyLink = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      this.message = this.s.copied;
    } catch {
      this.message = location.href;
    }
  };

  private readonly printSheet = (sheet: Sheet) => {
    if (sheet !== this.settings.sheet) this.change({ sheet });
    // The shell re-renders from the URL first; print once the chosen sheet is on the page.
    setTimeout(() => void this.updateComplete.then(() => print()), 50);
  };

  render() {
    const s = this.s;
    const t = this.settings;
    const m = this.model;
    return html`<main lang=${HTML_LANG[this.lang]}>
      <div class="top screen">
        <h2>${s.title}</h2>
        <button type="button" @click=${() => this.dispatchEvent(new TripCloseEvent())}>← ${s.close}</button>
      </div>
      <p class="intro screen">${s.intro}</p>
      <div class="layout">
        ${t ? this.renderForm(s, t) : nothing}
        <div class="results">
          ${
            this.data.error
              ? html`<p class="warn" role="alert">
                  ${s.loadError}
                  <button type="button" @click=${() => void this.data.load()}>${s.retry}</button>
                </p>`
              : !m
                ? html`<p role="status">${s.loading}</p>`
                : html`${this.renderPlan(s, m)}
                    <section class="print-section" aria-labelledby="sheets">
                      <h3 id="sheets" class="screen">${s.sheets}</h3>
                      <div class="tabs screen" role="group" aria-label=${s.sheets}>
                        ${SHEETS.map(
                          (x) =>
                            html`<button
                              type="button"
                              aria-pressed=${t.sheet === x ? 'true' : 'false'}
                              @click=${() => this.change({ sheet: x })}
                            >
                              ${s.sheetNames[x]}
                            </button>`,
                        )}
                        <button type="button" class="primary" @click=${() => this.printSheet(t.sheet)}>
                          ${s.print}: ${s.sheetNames[t.sheet]}
                        </button>
                      </div>
                      <div class="sheet-preview">
                        <trip-sheet
                          .model=${m}
                          .sheet=${t.sheet}
                          .lang=${this.lang}
                          .places=${this.places}
                          .basemap=${this.basemap}
                          .learning=${this.data.learning}
                          .walkName=${this.label()}
                        ></trip-sheet>
                      </div>
                    </section>`
          }
        </div>
      </div>
    </main>`;
  }
}

customElements.define('trip-view', TripView);

declare global {
  interface HTMLElementTagNameMap {
    'trip-view': TripView;
  }
}
