import { departureFor } from '../appointment.ts';
import { streetName } from '../street-name.ts';
import { zoned } from '../../i18n/zoned.ts';
import { LitElement, html, nothing } from 'lit';
import { isZh, HTML_LANG, type Lang } from '../../i18n/lang.ts';
import type { Translation } from '../../i18n/translations.ts';
import { PlaceSelectEvent } from '../../events/places.ts';
import {
  GuideEvent,
  WalkActionEvent,
  WalkEditEvent,
  WalkOpenEvent,
  type WalkAction,
} from '../../events/walks.ts';
import { PROFILES, type Profile } from '../route.ts';
import type { Tour } from '../order.ts';
import type { WalkDirectionView, WalkView } from '../walk-view.ts';
import { systemClock } from '../../data/clock.ts';
import { OSM_ATTRIBUTION, OSM_COPYRIGHT_URL } from '../../data/licence.ts';
import { walkPanelStyles } from './walk-panel.styles.ts';
import type { HoursSpec, VisitStatus } from '../../hours/hours-spec.ts';
import type { HoursModel } from '../../hours/hours-model.ts';
import { clockMinutes, clockText } from '../../hours/clock-text.ts';
import { formatLocal } from '../../listings/time.ts';
import { timeWalk, type TimedStop, type TimedWalk } from '../timed-walk.ts';

/**
 * One walk: totals, numbered stops with the legs between them and turn-by-turn directions, and (for the
 * visitor's own walk) reordering by drag or by keyboard, the walking profile and the best order.
 *
 * @summary Walk itinerary and editor.
 * @fires walk-edit - the visitor reordered or removed stops, or changed profile or tour (WalkEditEvent)
 * @fires walk-action - best order, export, print, save, share (WalkActionEvent)
 * @fires walk-open - with id undefined when the walk is closed (WalkOpenEvent)
 * @fires place-select - a stop's name was chosen (PlaceSelectEvent, origin "list")
 * @fires walk-guide - "Start walk": follow this walk on foot (GuideEvent 'start')
 */
const hoursNotLoaded = (): VisitStatus => ({ status: 'unknown' });

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
    startLabel: {},
    hoursOf: { attribute: false },
    hours: { attribute: false },
    startAt: { type: Number },
  };

  /** Opening hours of a stop, when the data has them. */
  declare hoursOf: (id: string) => HoursSpec | undefined;
  /** The hours model, once the shell has loaded it (hours-model.ts); until then times come without warnings. */
  declare hours: HoursModel | undefined;
  /**
   * The time the visitor sets off, minutes after today's midnight (Hangzhou); undefined: not given. The shell
   * sets it after a plan by time; the visitor changes it in the panel.
   */
  declare startAt: number | undefined;

  /** Label of the button that starts the guided walk. */
  declare startLabel: string;

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
    this.startLabel = '';
    this.lang = 'zh';
    this.now = systemClock();
    this.hoursOf = () => undefined;
  }

  /** Moves focus to the walk's title (the shell calls it when a walk is opened from the list). */
  focusTitle(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  /** Today's date in Hangzhou, from `now`. */
  private get today(): string {
    return formatLocal(this.now).slice(0, 10);
  }

  /** The set-off time: the visitor's, else the one an added event's start asks for. */
  private start(w: WalkView): number | undefined {
    if (this.startAt !== undefined) return this.startAt;
    const a = this.appointment;
    const d = a && departureFor(w, a.place, a.start);
    if (!d) return undefined;
    const local = formatLocal(d.leave);
    return local.slice(0, 10) === this.today ? clockMinutes(local.slice(11, 16)) : undefined;
  }

  private renderSetOff(timed: TimedWalk | undefined, start: number | undefined) {
    const t = this.t;
    return html`<div class="set-off">
      <label
        >${t.setOffAt}
        <input
          type="time"
          .value=${start === undefined ? '' : clockText(start)}
          @change=${(e: Event) => {
            this.startAt = clockMinutes((e.target as HTMLInputElement).value);
          }}
        />
      </label>
      ${
        timed
          ? html`<span class="ends" data-testid="walk-ends">${t.walkEnds(clockText(timed.end))}</span>`
          : html`<p class="hint">${t.setOffHint}</p>`
      }
    </div>`;
  }

  /** A stop's times and, when its hours do not fit the visit, what is wrong and the fix. */
  private renderTimes(i: number, name: string, ts: TimedStop, start: number) {
    const t = this.t;
    const at = clockText(ts.arrive);
    const st = ts.status;
    const problem =
      st.status === 'closed-day'
        ? t.hoursClosedDay(name)
        : st.status === 'after-last-entry'
          ? st.lastEntry !== undefined && st.lastEntry < ts.arrive && ts.fix?.kind === 'earlier'
            ? t.hoursAfterLastEntry(name, at, clockText(st.lastEntry))
            : t.hoursClosedForDay(name, at)
          : st.status === 'before-opening'
            ? t.hoursBeforeOpening(name, at, clockText(st.opensAt))
            : st.status === 'closes-during'
              ? t.hoursClosesDuring(name, clockText(st.closesAt))
              : undefined;
    const fix = ts.fix;
    return html`<span class="times">${t.arriveLeave(at, clockText(ts.leave))}</span> ${
        problem
          ? html`<p class="hours-warning">
              <span>${problem}</span>
              ${
                fix && fix.kind !== 'skip'
                  ? html`<button
                      class="fix"
                      @click=${() => (this.startAt = start + (fix.kind === 'earlier' ? -fix.minutes : fix.minutes))}
                    >
                      ${fix.kind === 'earlier' ? t.fixEarlier(fix.minutes) : t.fixLater(fix.minutes)}
                    </button>`
                  : nothing
              }
              ${
                this.editable
                  ? html`<button class="fix" @click=${() => this.removeStop(i)}>${t.fixSkip}</button>`
                  : nothing
              }
            </p>`
          : nothing
      }`;
  }

  static styles = walkPanelStyles;

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
    const name = streetName(d, this.lang);
    const at = d.at && (isZh(this.lang) ? d.at.name_zh : d.at.name_en);
    const dist = this.t.distance(d.distance_m);
    const t = this.t;
    const flights = d.flights ?? 1;
    const text = d.turn
      ? d.steps
        ? t.turnSteps(d.turn, dist, flights, at)
        : t.turnWalk(d.turn, name, dist, at)
      : d.steps
        ? t.takeSteps(dist, flights)
        : t.walkAlong(name, dist);
    return html`<li>${text}</li>`;
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
    const stopName = isZh(this.lang) ? stop.name_zh : stop.name_en;
    const first = isZh(this.lang) ? w.stops[0].name_zh : w.stops[0].name_en;
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
    const zh = isZh(this.lang);
    const other = zh ? 'en' : 'zh';
    const name = (x: { name_zh: string; name_en: string }) => (zh ? x.name_zh : x.name_en);
    const unreachable = w.stops.filter((s) => w.unreachable.includes(s.id));
    const start = this.start(w);
    const timed =
      start === undefined
        ? undefined
        : timeWalk(w, start, this.today, this.hoursOf, this.hours?.visitStatus ?? hoursNotLoaded);
    return html`
      <article aria-labelledby="walk-title">
        <header>
          <div>
            <h2 id="walk-title" tabindex="-1">${name(w)}</h2>
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
        ${this.renderAppointment(w)} ${this.renderSetOff(timed, start)}
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
            w.stops.length && !w.unreachable.length
              ? html`<button
                  class="primary start-walk"
                  @click=${() => this.dispatchEvent(new GuideEvent('start'))}
                >
                  ▶ ${this.startLabel}
                </button>`
              : nothing
          }
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
                  ${timed && start !== undefined ? this.renderTimes(i, name(s), timed.stops[i], start) : nothing}
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
                        ${
                          leg.arrival && w.stops[i + 1]
                            ? html`<li class="arrive">${t.arriveSide(name(w.stops[i + 1]), leg.arrival)}</li>`
                            : nothing
                        }
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
