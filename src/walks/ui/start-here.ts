import { LitElement, css, html } from 'lit';
import { HERITAGE_AREAS } from '../../data/areas.ts';
import { isZh, type Lang } from '../../i18n/lang.ts';
import type { Translation } from '../../i18n/translations.ts';
import { sharedStyles } from '../../theme/shared-styles.ts';
import { StartChoiceEvent, WalkOpenEvent } from '../../events/walks.ts';
import type { WalkFeature } from '../compile.ts';
import type { GuideStrings } from './guide-strings.ts';
import { guideStyles } from './guide.styles.ts';

export type WalkLength = 'h1' | 'h2' | 'half';

/** Upper bound (minutes) of each length; a walk goes to the first whose bound it is under. */
const LENGTH_MAX: Record<WalkLength, number> = { h1: 75, h2: 135, half: Infinity };

/** The curated walk shown for each length: of the walks of that length, the shortest. */
export function walksByLength(walks: readonly WalkFeature[]): Partial<Record<WalkLength, WalkFeature>> {
  const out: Partial<Record<WalkLength, WalkFeature>> = {};
  const sorted = [...walks].sort((a, b) => a.properties.duration_min - b.properties.duration_min);
  for (const w of sorted) {
    const len = (Object.keys(LENGTH_MAX) as WalkLength[]).find(
      (k) => w.properties.duration_min <= LENGTH_MAX[k],
    )!;
    out[len] ??= w;
  }
  return out;
}

/**
 * The first screen's three ways in, each one tap: a curated walk by length, what is near the visitor now,
 * and the four areas. "Show the map" puts it away (the shell remembers that on the device).
 *
 * @summary First-screen choices.
 * @fires walk-open - a curated walk was chosen (WalkOpenEvent)
 * @fires start-choice - near me, an area, or the map (StartChoiceEvent)
 */
export class StartHere extends LitElement {
  static properties = {
    walks: { attribute: false },
    lang: {},
    t: { attribute: false },
    s: { attribute: false },
    listOnly: { type: Boolean },
  };

  /** No map can be drawn here: putting the choices away shows the list, and the button says so. */
  declare listOnly: boolean;

  /** Curated walks. */
  declare walks: readonly WalkFeature[];
  declare lang: Lang;
  /** App strings (area names, minutes). */
  declare t: Translation;
  /** Guide strings. */
  declare s: GuideStrings;

  constructor() {
    super();
    this.walks = [];
    this.lang = 'zh';
    this.listOnly = false;
  }

  static styles = [
    sharedStyles,
    guideStyles,
    css`
      :host {
        display: block;
        background: var(--card);
        border-radius: 12px;
        box-shadow: 0 2px 12px rgb(0 0 0 / 0.25);
        padding: 0.7rem 0.8rem;
      }
      h2 {
        font-size: 1.05rem;
        margin: 0;
      }
      h3 {
        font-size: 0.85rem;
        color: var(--ink-soft);
        margin: 0.55rem 0 0.3rem;
        font-weight: 600;
      }
      .head {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 0.5rem;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.35rem;
      }
      .row button {
        display: inline-flex;
        align-items: center;
        gap: 0.35rem;
      }
      small {
        color: var(--ink-soft);
      }
    `,
  ];

  private choose(choice: 'near' | 'map', area?: (typeof HERITAGE_AREAS)[number]) {
    this.dispatchEvent(new StartChoiceEvent(choice, area));
  }

  render() {
    const { s, t } = this;
    const byLength = walksByLength(this.walks);
    return html`<div class="head">
        <h2>${s.startTitle}</h2>
        <button class="close" @click=${() => this.choose('map')}>
          ${this.listOnly ? s.startCloseList : s.startClose}
        </button>
      </div>
      <h3>${s.startWalks}</h3>
      <div class="row">
        ${(['h1', 'h2', 'half'] as const).map((len) => {
          const w = byLength[len];
          return w
            ? html`<button
                data-length=${len}
                @click=${() => this.dispatchEvent(new WalkOpenEvent(w.properties.id))}
              >
                <strong>${s.startLength[len]}</strong>
                <small>${isZh(this.lang) ? w.properties.name_zh : w.properties.name_en}</small>
              </button>`
            : '';
        })}
      </div>
      <h3>${s.startNear}</h3>
      <div class="row">
        <button class="primary near" title=${s.startNearHint} @click=${() => this.choose('near')}>
          ${s.startNear}
        </button>
      </div>
      <h3>${s.startAreas}</h3>
      <div class="row">
        ${HERITAGE_AREAS.map(
          (a) =>
            html`<button
              class=${`area area-${a}`}
              data-area=${a}
              @click=${() => this.dispatchEvent(new StartChoiceEvent('area', a))}
            >
              <span class="swatch" aria-hidden="true"></span>${t.areaNames[a]}
            </button>`,
        )}
      </div>`;
  }
}

customElements.define('start-here', StartHere);

declare global {
  interface HTMLElementTagNameMap {
    'start-here': StartHere;
  }
}
