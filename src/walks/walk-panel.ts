import { departureFor } from './appointment.ts';
import { OSM_ATTRIBUTION, OSM_COPYRIGHT_URL } from '../data/licence.ts';
import { zoned } from '../i18n/zoned.ts';
import { LitElement, css, html, nothing } from 'lit';
import { HTML_LANG, type Lang } from '../i18n/lang.ts';
import type { Translation } from '../i18n/translations.ts';
import { sharedStyles } from '../theme/shared-styles.ts';
import { PlaceSelectEvent } from '../places/events.ts';
import { WalkActionEvent, WalkEditEvent, WalkOpenEvent, type WalkAction } from './events.ts';
import { PROFILES, type Profile } from './route.ts';
import type { Tour } from './order.ts';
import type { WalkDirectionView, WalkView } from './walk-view.ts';
import { systemClock } from '../data/clock.ts';

/**
 * One walk: totals, numbered stops with the legs between them and turn-by-turn directions, and (for the
 * visitor's own walk) reordering by drag or by keyboard, the walking profile and the best order.
 *
 * @summary Walk itinerary and editor.
 * @fires walk-edit - the visitor reordered or removed stops, or changed profile or tour (WalkEditEvent)
 * @fires walk-action - best order, export, print, save, share (WalkActionEvent)
 * @fires walk-open - with id undefined when the walk is closed (WalkOpenEvent)
 * @fires place-select - a stop's name was chosen (PlaceSelectEvent, origin "list")
 */
export class WalkPanel extends LitElement {
  static properties = {
    walk: { attribute: false },
    editable: { type: Boolean },
    busy: { type: Boolean },
    message: {},
    appointment: { attribute: false },
    now: { type: Number },
    lang: {},
    t: { attribute: false },
    dragging: { state: true },
  };

  /** The walk to show. */
  declare walk: WalkView | undefined;
  /** An event the visitor added with its time: the panel says when to set off to be there for the start. */
  declare appointment: { title: string; place: string; start: number } | undefined;
  /** Epoch ms, for saying whether the time to set off has passed. */
  declare now: number;
  /** The visitor's own walk: stops can be reordered and removed. */
  declare editable: boolean;
  /** A route is being worked out. */
  declare busy: boolean;
  /** A short status line (saved, copied, errors). */
  declare message: string | undefined;
  /** Language of the texts. */
  declare lang: Lang;
  /** UI strings. */
  declare t: Translation;
  declare dragging: number | undefined;

  constructor() {
    super();
    this.editable = false;
    this.busy = false;
    this.lang = 'zh';
    this.now = systemClock();
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      header {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 0.25rem 0.75rem;
        align-items: start;
      }
      h2 {
        margin: 0;
        font-size: 1.25rem;
      }
      .close {
        min-width: 44px;
        min-height: 44px;
        border: 1px solid var(--line);
        border-radius: 50%;
        background: var(--card);
        cursor: pointer;
        font-size: 1.2rem;
      }
      .summary {
        margin: 0.4rem 0;
        line-height: 1.55;
      }
      .totals {
        margin: 0.3rem 0;
        font-weight: 600;
      }
      .badge {
        display: inline-block;
        padding: 0 0.5rem;
        border-radius: 999px;
        border: 1px solid #3f5f48;
        color: #2e4a35;
        font-size: 0.82rem;
      }
      .badge.steps {
        border-color: #a15c00;
        color: #7a4500;
      }
      .appointment {
        margin: 0.5rem 0;
        padding: 0.45rem 0.65rem;
        border-inline-start: 4px solid #2e7d32;
        background: #eef6ee;
        font-size: 0.9rem;
      }
      .appointment strong {
        display: block;
      }
      .appointment.late {
        border-color: #b3261e;
        background: #fdecea;
      }
      .notice {
        padding: 0.5rem 0.75rem;
        border-inline-start: 4px solid #a15c00;
        background: #fff4e0;
        font-size: 0.9rem;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        margin: 0.6rem 0;
        font-size: 0.9rem;
      }
      .controls label {
        display: flex;
        flex-direction: column;
        gap: 0.2rem;
      }
      select {
        font: inherit;
        min-height: 40px;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        margin: 0.6rem 0;
      }
      .actions button {
        min-height: 40px;
        padding: 0 0.75rem;
        border: 1px solid var(--line);
        border-radius: 999px;
        background: var(--card);
        cursor: pointer;
      }
      .actions button.primary {
        background: #8c2a1c;
        border-color: #8c2a1c;
        color: #fffdf8;
      }
      ol.stops {
        list-style: none;
        margin: 0.5rem 0 0;
        padding: 0;
      }
      li.stop {
        display: grid;
        grid-template-columns: 2rem 1fr auto;
        gap: 0.5rem;
        align-items: start;
        padding: 0.45rem 0;
        border-top: 1px solid var(--line);
      }
      li.stop.dragging {
        opacity: 0.5;
      }
      .n {
        display: grid;
        place-items: center;
        width: 1.8rem;
        height: 1.8rem;
        border-radius: 50%;
        background: #c2410c;
        color: #fff;
        font-weight: 700;
        font-size: 0.9rem;
        print-color-adjust: exact;
      }
      .stop-name {
        border: 0;
        background: none;
        padding: 0;
        font-weight: 600;
        text-align: start;
        cursor: pointer;
        text-decoration: underline;
        text-decoration-color: var(--line);
        min-height: 28px;
      }
      .text {
        margin: 0.2rem 0 0;
        font-size: 0.9rem;
        line-height: 1.5;
      }
      .dwell {
        color: var(--ink-soft);
        font-size: 0.8rem;
      }
      .edit {
        display: flex;
        gap: 0.2rem;
      }
      .edit button {
        min-width: 36px;
        min-height: 36px;
        border: 1px solid var(--line);
        border-radius: 8px;
        background: var(--card);
        cursor: pointer;
      }
      li.leg {
        margin: 0 0 0 0.85rem;
        padding: 0.25rem 0 0.4rem 1.4rem;
        border-inline-start: 3px dotted #c2410c;
        font-size: 0.85rem;
        color: var(--ink-soft);
      }
      li.leg ul {
        margin: 0.2rem 0 0;
        padding-inline-start: 1rem;
      }
      .hint {
        color: var(--ink-soft);
        font-size: 0.8rem;
      }
      .licence {
        font-size: 0.78rem;
        color: var(--ink-soft);
      }
      .status {
        font-size: 0.88rem;
        color: #2e4a35;
      }
      @media print {
        :host {
          font-size: 10pt;
        }
        .summary,
        .text {
          line-height: 1.35;
        }
        li.stop {
          padding: 0.2rem 0;
        }
        li.leg {
          padding-top: 0.1rem;
          padding-bottom: 0.2rem;
        }
        .actions,
        .controls,
        .edit,
        .close,
        .status {
          display: none;
        }
        li.stop {
          break-inside: avoid;
        }
        .stop-name {
          text-decoration: none;
        }
      }
    `,
  ];

  private emit(action: WalkAction) {
    this.dispatchEvent(new WalkActionEvent(action));
  }

  private move(from: number, to: number) {
    const ids = this.walk!.stops.map((s) => s.id);
    if (to < 0 || to >= ids.length || from === to) return;
    const [id] = ids.splice(from, 1);
    ids.splice(to, 0, id);
    this.dispatchEvent(new WalkEditEvent({ stops: ids }));
    // Keep keyboard focus on the moved stop's button in its new place.
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>(`li.stop[data-id="${id}"] .${to < from ? 'up' : 'down'}`)
        ?.focus(),
    );
  }

  private removeStop(i: number) {
    const ids = this.walk!.stops.map((s) => s.id);
    ids.splice(i, 1);
    this.dispatchEvent(new WalkEditEvent({ stops: ids }));
  }

  private direction(d: WalkDirectionView) {
    const name = this.lang === 'zh' ? d.name_zh : d.name_en;
    const dist = this.t.distance(d.distance_m);
    return html`<li>${d.steps ? this.t.takeSteps(dist) : this.t.walkAlong(name, dist)}</li>`;
  }

  private renderAppointment(w: WalkView) {
    const a = this.appointment;
    const d = a && departureFor(w, a.place, a.start);
    if (!a || !d) return nothing;
    const t = this.t;
    const time = zoned(this.lang, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const stop = w.stops[d.stop];
    const stopName = this.lang === 'zh' ? stop.name_zh : stop.name_en;
    const first = this.lang === 'zh' ? w.stops[0].name_zh : w.stops[0].name_en;
    return html`<p class="appointment ${d.leave < this.now ? 'late' : ''}" data-testid="walk-appointment">
      ${t.appointment(a.title, time.format(a.start), stopName, d.stop + 1)}
      <strong
        >${d.stop === 0 ? t.beThere(time.format(a.start)) : t.leaveBy(first, time.format(d.leave))}</strong
      >
      ${d.leave < this.now ? html`<span role="alert">${t.appointmentLate}</span>` : nothing}
    </p>`;
  }

  render() {
    const w = this.walk;
    const t = this.t;
    if (!w) return this.busy ? html`<p class="status" role="status">${t.planning}</p>` : nothing;
    const zh = this.lang === 'zh';
    const other = zh ? 'en' : 'zh';
    const name = (x: { name_zh: string; name_en: string }) => (zh ? x.name_zh : x.name_en);
    const unreachable = w.stops.filter((s) => w.unreachable.includes(s.id));
    return html`
      <article aria-labelledby="walk-title">
        <header>
          <div>
            <h2 id="walk-title">${name(w)}</h2>
            <p class="hint" lang=${HTML_LANG[other]}>${zh ? w.name_en : w.name_zh}</p>
          </div>
          <button
            class="close"
            aria-label=${t.closeWalk}
            title=${t.closeWalk}
            @click=${() => this.dispatchEvent(new WalkOpenEvent(undefined))}
          >
            ×
          </button>
        </header>
        ${w.summary_zh ? html`<p class="summary">${zh ? w.summary_zh : w.summary_en}</p>` : nothing}
        <p class="totals" data-testid="walk-totals">
          ${t.walkTotals(t.distance(w.distance_m), t.minutes(w.duration_min), w.stops.length)}
        </p>
        <p class="hint">
          ${t.walkTime(t.minutes(w.walk_min), t.minutes(w.duration_min))} · ${t.profiles[w.profile]}
        </p>
        ${this.renderAppointment(w)}
        ${
          w.step_free
            ? html`<span class="badge">${t.stepFree}</span>`
            : html`<span class="badge steps">${t.steppedSections(w.stepped_sections)}</span>`
        }
        ${
          unreachable.length
            ? html`<p class="notice" role="alert">${t.unreachable(unreachable.map(name).join('、'))}</p>`
            : !w.step_free && w.profile !== 'step-free'
              ? html`<p class="hint">${t.noStepFreeNote}</p>`
              : nothing
        }
        ${
          this.editable
            ? html`<div class="controls">
                <label
                  >${t.profile}
                  <select
                    @change=${(e: Event) =>
                      this.dispatchEvent(
                        new WalkEditEvent({ profile: (e.target as HTMLSelectElement).value as Profile }),
                      )}
                  >
                    ${PROFILES.map(
                      (p) => html`<option value=${p} ?selected=${p === w.profile}>${t.profiles[p]}</option>`,
                    )}
                  </select>
                </label>
                <label
                  >${t.tour}
                  <select
                    @change=${(e: Event) =>
                      this.dispatchEvent(
                        new WalkEditEvent({ tour: (e.target as HTMLSelectElement).value as Tour }),
                      )}
                  >
                    ${(['open', 'round'] as const).map(
                      (x) => html`<option value=${x} ?selected=${x === w.tour}>${t.tours[x]}</option>`,
                    )}
                  </select>
                </label>
              </div>`
            : nothing
        }
        <div class="actions">
          ${
            this.editable
              ? html`<button
                    class="primary"
                    ?disabled=${w.stops.length < 3}
                    @click=${() => this.emit('best-order')}
                  >
                    ${t.bestOrder}
                  </button>
                  <button @click=${() => this.emit('save')}>${t.save}</button>`
              : html`<button @click=${() => this.emit('customise')}>${t.customise}</button>`
          }
          <button @click=${() => this.emit('copy-link')}>${t.copyLink}</button>
          <button @click=${() => this.emit('gpx')}>${t.exportGpx}</button>
          <button @click=${() => this.emit('geojson')}>${t.exportGeoJson}</button>
          <button @click=${() => this.emit('print')}>${t.print}</button>
        </div>
        ${this.message ? html`<p class="status" role="status">${this.message}</p>` : nothing}
        ${this.busy ? html`<p class="status" role="status">${t.planning}</p>` : nothing}
        ${this.editable ? html`<p class="hint">${t.dragHint}</p>` : nothing}
        <ol class="stops">
          ${w.stops.map((s, i) => {
            const leg = w.legs[i];
            return html`<li
                class="stop ${this.dragging === i ? 'dragging' : ''}"
                data-id=${s.id}
                draggable=${this.editable ? 'true' : 'false'}
                @dragstart=${(e: DragEvent) => {
                  this.dragging = i;
                  e.dataTransfer?.setData('text/plain', String(i));
                }}
                @dragend=${() => (this.dragging = undefined)}
                @dragover=${(e: DragEvent) => this.editable && e.preventDefault()}
                @drop=${(e: DragEvent) => {
                  e.preventDefault();
                  const from = Number(e.dataTransfer?.getData('text/plain'));
                  this.dragging = undefined;
                  if (Number.isInteger(from)) this.move(from, i);
                }}
              >
                <span class="n" aria-hidden="true">${i + 1}</span>
                <div>
                  <span class="visually-hidden">${t.stop(i + 1)}: </span>
                  <button
                    class="stop-name"
                    @click=${() => this.dispatchEvent(new PlaceSelectEvent(s.id, 'list'))}
                  >
                    ${name(s)}
                  </button>
                  ${s.text_zh ? html`<p class="text">${zh ? s.text_zh : s.text_en}</p>` : nothing}
                  <span class="dwell">${t.dwell(s.dwell_min)}</span>
                </div>
                ${
                  this.editable
                    ? html`<div class="edit">
                        <button
                          class="up"
                          aria-label=${t.moveUp(name(s))}
                          title=${t.moveUp(name(s))}
                          ?disabled=${i === 0}
                          @click=${() => this.move(i, i - 1)}
                        >
                          ↑
                        </button>
                        <button
                          class="down"
                          aria-label=${t.moveDown(name(s))}
                          title=${t.moveDown(name(s))}
                          ?disabled=${i === w.stops.length - 1}
                          @click=${() => this.move(i, i + 1)}
                        >
                          ↓
                        </button>
                        <button
                          aria-label=${t.removeStop(name(s))}
                          title=${t.removeStop(name(s))}
                          @click=${() => this.removeStop(i)}
                        >
                          ×
                        </button>
                      </div>`
                    : html`<span></span>`
                }
              </li>
              ${
                leg
                  ? html`<li class="leg">
                      ${t.legSummary(t.distance(leg.distance_m), t.minutes(Math.max(1, Math.round(leg.minutes))))}
                      <ul>
                        ${leg.directions.map((d) => this.direction(d))}
                      </ul>
                    </li>`
                  : nothing
              }`;
          })}
        </ol>
        <p class="licence">
          ${t.routeData}
          <a href=${OSM_COPYRIGHT_URL} target="_blank" rel="noopener noreferrer">${OSM_ATTRIBUTION}</a>
        </p>
      </article>
    `;
  }
}

customElements.define('walk-panel', WalkPanel);

declare global {
  interface HTMLElementTagNameMap {
    'walk-panel': WalkPanel;
  }
}
