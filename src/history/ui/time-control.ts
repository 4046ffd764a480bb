import { LitElement, css, html, nothing } from 'lit';
import type { Lang } from '../../i18n/lang.ts';
import type { Translation } from '../../i18n/translations.ts';
import { sharedStyles } from '../../theme/shared-styles.ts';
import { erasForYear } from '../era.ts';
import { TimeChangeEvent } from '../../events/history.ts';
import { FIRST_YEAR, clampYear, presentYear, timePresets, type TimeView } from '../time-view.ts';

/**
 * The time control: a year slider with period presets, and a then/now comparison that fades between the Song
 * reconstruction and today's map. Every part is a native control, so it works by keyboard (arrows, Home/End,
 * PageUp/PageDown on the sliders).
 *
 * @summary Year slider, presets and then/now fade.
 * @fires time-change - the year or the fade changed (TimeChangeEvent)
 */
export class TimeControl extends LitElement {
  static properties = {
    time: { attribute: false },
    lang: {},
    t: { attribute: false },
  };

  /** The time view shown. */
  declare time: TimeView;
  /** Language of the labels. */
  declare lang: Lang;
  /** UI strings. */
  declare t: Translation;

  constructor() {
    super();
    this.time = { year: presentYear() };
    this.lang = 'zh';
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        font-size: 0.88rem;
      }
      .row {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        flex-wrap: wrap;
      }
      label.year {
        font-weight: 600;
      }
      output {
        font-variant-numeric: tabular-nums;
      }
      input[type='range'] {
        width: 100%;
        margin: 0.35rem 0;
        accent-color: #5b3a1a;
        min-height: 28px;
      }
      .presets button {
        min-height: 36px;
        padding: 0 0.6rem;
        border: 1px solid var(--line);
        border-radius: 999px;
        background: var(--card);
        cursor: pointer;
        font-size: 0.82rem;
      }
      .presets button[aria-pressed='true'] {
        background: #5b3a1a;
        border-color: #5b3a1a;
        color: var(--card);
      }
      .compare {
        display: flex;
        align-items: center;
        gap: 0.35rem;
        margin-inline-start: auto;
        min-height: 36px;
        cursor: pointer;
      }
      .fade {
        display: grid;
        grid-template-columns: auto 1fr auto;
        align-items: center;
        gap: 0.5rem;
      }
      .hint {
        color: var(--ink-soft);
        font-size: 0.78rem;
        margin: 0;
      }
    `,
  ];

  private emit(time: TimeView) {
    this.dispatchEvent(new TimeChangeEvent(time));
  }

  private yearText(year: number): string {
    const eras = erasForYear(year).slice(0, 2).join(' / ');
    return this.t.yearValue(year, eras);
  }

  render() {
    const t = this.t;
    const { year, fade } = this.time;
    const present = presentYear();
    const comparing = fade !== undefined;
    return html`
      ${
        comparing
          ? html`<div class="fade">
                <span aria-hidden="true">${t.fadeThen}</span>
                <input
                  id="fade"
                  type="range"
                  min="0"
                  max="100"
                  step="5"
                  .value=${String(Math.round(fade * 100))}
                  aria-label=${t.compareHint}
                  aria-valuetext=${`${t.fadeThen} ${100 - Math.round(fade * 100)}% · ${t.fadeNow} ${Math.round(fade * 100)}%`}
                  @input=${(e: Event) =>
                    this.emit({ year, fade: Number((e.target as HTMLInputElement).value) / 100 })}
                />
                <span aria-hidden="true">${t.fadeNow}</span>
              </div>
              <p class="hint">${t.compareHint}</p>`
          : html`<div class="row">
                <label class="year" for="year">${t.time}</label>
                <output for="year" aria-live="polite">${this.yearText(year)}</output>
              </div>
              <input
                id="year"
                type="range"
                min=${FIRST_YEAR}
                max=${present}
                step="1"
                .value=${String(year)}
                aria-valuetext=${this.yearText(year)}
                @input=${(e: Event) =>
                  this.emit({ year: clampYear(Number((e.target as HTMLInputElement).value), present) })}
              />`
      }
      <div class="row presets">
        ${
          comparing
            ? nothing
            : timePresets(present).map(
                (p) =>
                  html`<button
                    aria-pressed=${year === p.year ? 'true' : 'false'}
                    title=${t.presetRange(p.range[0], p.range[1])}
                    @click=${() => this.emit({ year: p.year })}
                  >
                    ${t.presets[p.id]}
                  </button>`,
              )
        }
        <label class="compare">
          <input
            type="checkbox"
            .checked=${comparing}
            @change=${(e: Event) =>
              this.emit((e.target as HTMLInputElement).checked ? { year, fade: 0.5 } : { year })}
          />
          ${t.compare}
        </label>
      </div>
    `;
  }
}

customElements.define('time-control', TimeControl);

declare global {
  interface HTMLElementTagNameMap {
    'time-control': TimeControl;
  }
}
