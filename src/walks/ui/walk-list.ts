import { LitElement, css, html, nothing } from 'lit';
import { isZh, type Lang } from '../../i18n/lang.ts';
import type { Translation } from '../../i18n/translations.ts';
import { sharedStyles } from '../../theme/shared-styles.ts';
import type { WalkFeature } from '../compile.ts';
import { SavedWalkEvent, WalkOpenEvent } from '../../events/walks.ts';
import type { SavedWalk } from '../saved-walks.ts';

/**
 * The curated walks, the visitor's own walk and the walks saved on this device.
 *
 * @summary List of walks.
 * @fires walk-open - a walk was chosen (WalkOpenEvent; id "mine" for the visitor's own walk)
 * @fires saved-walk - a saved walk was opened or deleted (SavedWalkEvent)
 */
export class WalkList extends LitElement {
  static properties = {
    walks: { attribute: false },
    saved: { attribute: false },
    mineCount: { type: Number },
    lang: {},
    t: { attribute: false },
  };

  /** Curated walks, compiled at build time. */
  declare walks: readonly WalkFeature[];
  /** Walks saved on this device. */
  declare saved: readonly SavedWalk[];
  /** Number of stops in the visitor's own walk. */
  declare mineCount: number;
  /** Language of the texts. */
  declare lang: Lang;
  /** UI strings. */
  declare t: Translation;

  constructor() {
    super();
    this.walks = [];
    this.saved = [];
    this.mineCount = 0;
    this.lang = 'zh';
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      h3 {
        font-size: 0.95rem;
        margin: 0.75rem 0 0.4rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      button.walk {
        display: block;
        width: 100%;
        padding: 0.6rem 0.75rem;
        border: 1px solid var(--line);
        border-radius: 10px;
        background: var(--card);
        text-align: start;
        cursor: pointer;
      }
      button.walk:hover {
        border-color: var(--accent);
      }
      .name {
        display: block;
        font-weight: 600;
      }
      .meta {
        display: block;
        color: var(--ink-soft);
        font-size: 0.85rem;
        margin-top: 0.15rem;
      }
      .badge {
        display: inline-block;
        margin-top: 0.3rem;
        padding: 0 0.45rem;
        border-radius: 999px;
        border: 1px solid #3f5f48;
        color: #2e4a35;
        font-size: 0.78rem;
      }
      .saved {
        display: flex;
        gap: 0.4rem;
        align-items: stretch;
      }
      .saved button.walk {
        flex: 1;
      }
      .delete {
        min-width: 44px;
        border: 1px solid var(--line);
        border-radius: 10px;
        background: var(--card);
        cursor: pointer;
      }
      .empty {
        color: var(--ink-soft);
        font-size: 0.9rem;
      }
    `,
  ];

  render() {
    const t = this.t;
    const zh = isZh(this.lang);
    return html`
      <h3>${t.myWalk}</h3>
      ${
        this.mineCount
          ? html`<button
              class="walk"
              data-walk="mine"
              @click=${() => this.dispatchEvent(new WalkOpenEvent('mine'))}
            >
              <span class="name">${t.myWalk}</span>
              <span class="meta">${t.placesCount(this.mineCount)}</span>
            </button>`
          : html`<p class="empty">${t.myWalkEmpty}</p>`
      }
      <h3>${t.walks}</h3>
      <ul>
        ${this.walks.map((w) => {
          const p = w.properties;
          return html`<li>
            <button
              class="walk"
              data-walk=${p.id}
              @click=${() => this.dispatchEvent(new WalkOpenEvent(p.id))}
            >
              <span class="name">${zh ? p.name_zh : p.name_en}</span>
              <span class="meta">${zh ? p.theme_zh : p.theme_en}</span>
              <span class="meta"
                >${t.walkTotals(t.distance(p.distance_m), t.minutes(p.duration_min), p.stops.length)}</span
              >
              ${
                p.step_free
                  ? html`<span class="badge">${t.stepFree}</span>`
                  : html`<span class="badge">${t.steppedSections(p.stepped_sections)}</span>`
              }
            </button>
          </li>`;
        })}
      </ul>
      ${
        this.saved.length
          ? html`<h3>${t.savedWalks}</h3>
              <ul>
                ${this.saved.map(
                  (s) =>
                    html`<li class="saved">
                      <button
                        class="walk"
                        @click=${() => this.dispatchEvent(new SavedWalkEvent('open', s.key))}
                      >
                        <span class="name">${s.name}</span>
                        <span class="meta">${t.profiles[s.profile]} · ${s.stops.length}</span>
                      </button>
                      <button
                        class="delete"
                        aria-label=${t.deleteWalk(s.name)}
                        title=${t.deleteWalk(s.name)}
                        @click=${() => this.dispatchEvent(new SavedWalkEvent('delete', s.key))}
                      >
                        ×
                      </button>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    `;
  }
}

customElements.define('walk-list', WalkList);

declare global {
  interface HTMLElementTagNameMap {
    'walk-list': WalkList;
  }
}
