import { LitElement, css, html } from 'lit';
import { AREA_IDS, type AreaId } from '../../data/areas.ts';
import type { Translation } from '../../i18n/translations.ts';
import { sharedStyles } from '../../theme/shared-styles.ts';
import { AreaToggleEvent } from '../../events/places.ts';

/**
 * Shows or hides each heritage area, and explains the map's symbols.
 *
 * @summary Area toggles and legend.
 * @fires area-toggle - an area was shown or hidden (AreaToggleEvent)
 */
export class LayerPanel extends LitElement {
  static properties = {
    visible: { attribute: false },
    t: { attribute: false },
  };

  /** Areas currently shown. */
  declare visible: readonly AreaId[];
  /** UI strings. */
  declare t: Translation;

  constructor() {
    super();
    this.visible = [];
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
      }
      legend {
        font-weight: 600;
        margin-bottom: 0.3rem;
      }
      .areas {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(10.5rem, 1fr));
        gap: 0.35rem;
      }
      label {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        min-height: 44px;
        padding: 0 0.6rem;
        border: 1px solid var(--line);
        border-radius: 8px;
        background: var(--card);
        cursor: pointer;
        font-size: 0.92rem;
      }
      input {
        width: 1.15rem;
        height: 1.15rem;
        margin: 0;
        accent-color: var(--area);
      }
      details {
        margin-top: 0.5rem;
        font-size: 0.85rem;
        color: var(--ink-soft);
      }
      summary {
        cursor: pointer;
        min-height: 32px;
        display: flex;
        align-items: center;
      }
      .key {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 1rem;
        margin: 0.3rem 0 0;
        padding: 0;
        list-style: none;
      }
      .key li {
        display: flex;
        align-items: center;
        gap: 0.4rem;
      }
      .hollow {
        box-sizing: border-box;
        border: 2px solid var(--ink-soft);
      }
      .filled {
        background: var(--ink-soft);
      }
      .line,
      .dashed {
        width: 1.4rem;
        height: 0;
        border-top: 3px solid var(--ink-soft);
      }
      .dashed {
        border-top-style: dashed;
      }
    `,
  ];

  render() {
    const t = this.t;
    return html`
      <fieldset>
        <legend>${t.layers}</legend>
        <div class="areas">
          ${AREA_IDS.map(
            (area) =>
              html`<label class="area-${area}">
                <input
                  type="checkbox"
                  name="area"
                  value=${area}
                  .checked=${this.visible.includes(area)}
                  @change=${(e: Event) =>
                    this.dispatchEvent(new AreaToggleEvent(area, (e.target as HTMLInputElement).checked))}
                />
                <span class="swatch area-${area}" aria-hidden="true"></span>
                ${t.areaNames[area]}
              </label>`,
          )}
        </div>
      </fieldset>
      <details>
        <summary>${t.legend}</summary>
        <ul class="key">
          <li><span class="swatch filled" aria-hidden="true"></span>${t.legendPlace}</li>
          <li><span class="swatch hollow" aria-hidden="true"></span>${t.legendLowConfidence}</li>
          <li><span class="line" aria-hidden="true"></span>${t.legendStreet}</li>
          <li><span class="dashed" aria-hidden="true"></span>${t.legendSchematic}</li>
        </ul>
      </details>
    `;
  }
}

customElements.define('layer-panel', LayerPanel);

declare global {
  interface HTMLElementTagNameMap {
    'layer-panel': LayerPanel;
  }
}
