import { LitElement, css, html, nothing } from 'lit';
import { streetName } from '../street-name.ts';
import { isZh, type Lang } from '../../i18n/lang.ts';
import type { Translation } from '../../i18n/translations.ts';
import { sharedStyles } from '../../theme/shared-styles.ts';
import { GuideEvent } from '../../events/walks.ts';
import type { GuideState } from '../guide.ts';
import type { GuideStrings } from './guide-strings.ts';
import { guideStyles } from './guide.styles.ts';
import './read-aloud.ts';

/** The stop just reached, with its story. */
export interface ArrivedStop {
  /** 1-based number on the walk. */
  n: number;
  name: string;
  story?: string;
}

/** What the guide says about the route: left it, a new one being planned, planned, or none possible. */
export type RouteNotice = 'off-route' | 'rerouting' | 'rerouted' | 'reroute-failed' | undefined;

/**
 * The guided walk: the next stop's direction and distance, the stretch being walked and the next one, the
 * story of the stop just reached (with read-aloud), and notices (left the route, new route, no position).
 * Renders what the app shell worked out; it computes nothing.
 *
 * @summary Guided walk panel.
 * @fires walk-guide - "End walk" (GuideEvent 'stop')
 */
export class WalkGuide extends LitElement {
  static properties = {
    name: {},
    state: { attribute: false },
    nextName: {},
    nextN: { type: Number },
    arrived: { attribute: false },
    notice: {},
    problem: {},
    awake: { type: Boolean },
    finished: { type: Boolean },
    lang: {},
    t: { attribute: false },
    s: { attribute: false },
  };

  /** The walk's name. */
  declare name: string;
  /** Where the visitor is, once a position has arrived. */
  declare state: GuideState | undefined;
  /** Name of the stop walked to. */
  declare nextName: string;
  /** Its number on the walk as started (a new route keeps the numbers). */
  declare nextN: number;
  /** The stop last reached. */
  declare arrived: ArrivedStop | undefined;
  declare notice: RouteNotice;
  /** Why no position is coming. */
  declare problem: 'denied' | 'unavailable' | 'unsupported' | undefined;
  /** The screen is kept awake. */
  declare awake: boolean;
  /** Every stop has been reached. */
  declare finished: boolean;
  declare lang: Lang;
  /** App strings (distances). */
  declare t: Translation;
  /** Guide strings. */
  declare s: GuideStrings;

  constructor() {
    super();
    this.name = '';
    this.nextName = '';
    this.awake = false;
    this.finished = false;
    this.lang = 'zh';
  }

  static styles = [
    sharedStyles,
    guideStyles,
    css`
      :host {
        display: block;
      }
      h2 {
        font-size: 1rem;
        margin: 0 0 0.4rem;
      }
      .next {
        font-size: 1.1rem;
        font-weight: 600;
        margin: 0.3rem 0 0;
      }
      .away {
        margin: 0.1rem 0 0;
      }
      .turn {
        margin: 0.3rem 0 0;
        color: var(--ink-soft);
      }
      .story {
        border-top: 1px solid var(--line);
        margin-top: 0.6rem;
        padding-top: 0.5rem;
      }
      .story h3 {
        font-size: 1rem;
        margin: 0 0 0.3rem;
      }
      .story p {
        line-height: 1.55;
        margin: 0 0 0.5rem;
      }
      .notice {
        background: var(--paper);
        border-left: 4px solid var(--accent);
        padding: 0.3rem 0.6rem;
      }
      .end {
        margin-top: 0.6rem;
      }
    `,
  ];

  private renderWhere() {
    const { s, t, state } = this;
    if (this.finished) return html`<p class="next">${s.finished}</p>`;
    if (!state) return html`<p class="status">${s.waiting}</p>`;
    const step = state.step;
    return html`<p class="next">
        ${state.next === 0 ? `${s.toStart}: ${this.nextName}` : s.nextStop(this.nextN, this.nextName)}
      </p>
      <p class="away">${s.away(t.distance(Math.round(state.distance_m)), s.compass[state.compass])}</p>
      ${
        step
          ? html`<p class="turn">
              ${s.onStep(streetName(step.direction, this.lang), t.distance(Math.round(step.left_m)))} ·
              ${
                state.then
                  ? s.thenStep(
                      streetName(state.then, this.lang),
                      state.then.turn,
                      state.then.at && (isZh(this.lang) ? state.then.at.name_zh : state.then.at.name_en),
                    )
                  : s.thenArrive
              }
            </p>`
          : nothing
      }`;
  }

  render() {
    const s = this.s;
    const notice = {
      'off-route': s.offRoute,
      rerouting: `${s.offRoute} ${s.rerouting}`,
      rerouted: s.rerouted,
      'reroute-failed': `${s.offRoute} ${s.rerouteFailed}`,
    };
    const problem = {
      denied: s.locateDenied,
      unavailable: s.locateUnavailable,
      unsupported: s.noGeolocation,
    };
    return html`<h2>${s.guideTitle(this.name)}</h2>
      <div role="status" aria-live="polite">
        ${this.notice ? html`<p class="status notice">${notice[this.notice]}</p>` : nothing}
        ${this.problem ? html`<p class="status problem">${problem[this.problem]}</p>` : nothing}
        ${this.arrived ? html`<p class="status arrived">${s.arrived(this.arrived.n, this.arrived.name)}</p>` : nothing}
      </div>
      ${this.renderWhere()}
      ${
        this.arrived?.story
          ? html`<section class="story" aria-label=${this.arrived.name}>
              <h3>${this.arrived.name}</h3>
              <p>${this.arrived.story}</p>
              <read-aloud .text=${this.arrived.story} .lang=${this.lang} .s=${s}></read-aloud>
            </section>`
          : nothing
      }
      ${this.awake ? html`<p class="status">${s.awake}</p>` : nothing}
      <button class="end" @click=${() => this.dispatchEvent(new GuideEvent('stop'))}>${s.stopGuide}</button>`;
  }
}

customElements.define('walk-guide', WalkGuide);

declare global {
  interface HTMLElementTagNameMap {
    'walk-guide': WalkGuide;
  }
}
