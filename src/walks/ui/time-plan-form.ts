import { LitElement, css, html } from 'lit';
import type { Translation } from '../../i18n/translations.ts';
import { sharedStyles } from '../../theme/shared-styles.ts';
import { TimePlanEvent } from '../../events/walks.ts';
import { clockMinutes, clockText } from '../../hours/clock-text.ts';

/** The lengths offered, minutes: about 1 h, 2 h and half a day. */
export const TIME_BUDGETS = [60, 120, 240] as const;

/**
 * "Plan by my time": how long, from which place, setting off when. The shell plans the walk (stops that fit,
 * open on arrival) and opens it; this form only asks.
 *
 * @summary Time-boxed walk form.
 * @fires time-plan - the visitor asked for a plan (TimePlanEvent)
 */
export class TimePlanForm extends LitElement {
  static properties = {
    places: { attribute: false },
    start: {},
    startAt: { type: Number },
    budget: { type: Number },
    busy: { type: Boolean },
    t: { attribute: false },
  };

  /** Places a walk may start from, in the visitor's language, sorted for reading. */
  declare places: readonly { id: string; name: string }[];
  declare start: string;
  /** Minutes after today's midnight (Hangzhou). */
  declare startAt: number;
  declare budget: number;
  /** A plan is being worked out. */
  declare busy: boolean;
  declare t: Translation;

  constructor() {
    super();
    this.places = [];
    this.start = '';
    this.startAt = 14 * 60;
    this.budget = 120;
    this.busy = false;
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      form {
        display: grid;
        gap: 0.5rem;
        margin: 0 0 1rem;
        padding: 0.75rem;
        border: 1px solid var(--line);
        border-radius: 10px;
        background: var(--card);
      }
      h3 {
        margin: 0;
        font-size: 1rem;
      }
      fieldset {
        min-width: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin: 0;
        padding: 0;
        border: 0;
      }
      legend {
        margin-bottom: 0.25rem;
      }
      .budget label {
        display: inline-flex;
        align-items: center;
        gap: 0.3rem;
        min-height: 44px;
        padding: 0 0.75rem;
        border: 1px solid var(--line);
        border-radius: 999px;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
      }
      .row label {
        display: grid;
        gap: 0.2rem;
        min-width: 0;
        max-width: 100%;
      }
      .row label:first-child {
        flex: 1 1 14rem;
      }
      select {
        width: 100%;
      }
      select,
      input[type='time'] {
        min-height: 44px;
        font: inherit;
      }
      button {
        justify-self: start;
        min-height: 44px;
        padding: 0 1rem;
        border: 0;
        border-radius: 999px;
        background: var(--accent);
        color: #fff;
        cursor: pointer;
      }
    `,
  ];

  private submit(e: Event) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const startAt = clockMinutes(String(data.get('time') ?? '')) ?? this.startAt;
    this.dispatchEvent(new TimePlanEvent(String(data.get('start')), startAt, Number(data.get('budget'))));
  }

  render() {
    const t = this.t;
    return html`<form @submit=${this.submit} aria-labelledby="plan-title">
      <h3 id="plan-title">${t.planByTime}</h3>
      <fieldset class="budget">
        <legend>${t.planHowLong}</legend>
        ${TIME_BUDGETS.map(
          (b) =>
            html`<label
              ><input
                type="radio"
                name="budget"
                value=${b}
                ?checked=${b === this.budget}
              />${t.planBudget(b)}</label
            >`,
        )}
      </fieldset>
      <div class="row">
        <label
          >${t.planFrom}
          <select name="start">
            ${this.places.map((p) => html`<option value=${p.id} ?selected=${p.id === this.start}>${p.name}</option>`)}
          </select>
        </label>
        <label
          >${t.setOffAt} <input type="time" name="time" .value=${clockText(this.startAt)} required
        /></label>
      </div>
      <button type="submit" ?disabled=${this.busy}>${t.planSubmit}</button>
    </form>`;
  }
}

customElements.define('time-plan-form', TimePlanForm);

declare global {
  interface HTMLElementTagNameMap {
    'time-plan-form': TimePlanForm;
  }
}
