import { LitElement, css, html, nothing } from 'lit';
import { isZh, type Lang } from '../../i18n/lang.ts';
import { sharedStyles } from '../../theme/shared-styles.ts';
import { SearchSelectEvent } from '../../events/search.ts';
import type { SearchHit, SearchIndex, SearchResults } from '../search-index.ts';

/** The UI strings of the box, passed in by the app from its translation table. */
export interface SearchLabels {
  placeholder: string;
  places: string;
  walks: string;
  events: string;
  noResults: string;
}

const GROUPS = ['places', 'walks', 'events'] as const;

const EMPTY: SearchResults = { places: [], walks: [], events: [] };

/**
 * One search box for places, walks and events, following the ARIA combobox pattern: focus stays in the input,
 * the active option is named by aria-activedescendant, and results are listed in one listbox grouped by type.
 * ArrowDown/ArrowUp move, Enter chooses, Escape closes (and clears when already closed).
 *
 * @summary Search combobox with grouped results.
 * @fires search-select - a result was chosen (SearchSelectEvent)
 * @csspart input - the text field
 * @csspart listbox - the popup list of results
 */
export class SearchBox extends LitElement {
  static properties = {
    index: { attribute: false },
    lang: {},
    labels: { attribute: false },
    limit: { type: Number },
    query: { state: true },
    open: { state: true },
    active: { state: true },
  };

  /** The search index; the box is disabled until it is set. */
  declare index: SearchIndex | undefined;
  /** Language of the primary name of each result. */
  declare lang: Lang;
  /** UI strings. */
  declare labels: SearchLabels;
  /** Most results shown per group. */
  declare limit: number;
  declare query: string;
  declare open: boolean;
  /** Position of the active option in the flat result list, -1 for none. */
  declare active: number;

  constructor() {
    super();
    this.lang = 'zh';
    this.labels = { placeholder: '', places: '', walks: '', events: '', noResults: '' };
    this.limit = 6;
    this.query = '';
    this.open = false;
    this.active = -1;
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        position: relative;
      }
      input {
        box-sizing: border-box;
        width: 100%;
        min-height: 44px;
        padding: 0.4rem 0.6rem;
        border: 1px solid var(--line);
        border-radius: 6px;
        background: var(--card);
        font: inherit;
        color: inherit;
      }
      [role='listbox'] {
        position: absolute;
        z-index: 10;
        inset-inline: 0;
        margin-top: 0.25rem;
        max-height: 60vh;
        overflow-y: auto;
        padding: 0.25rem;
        border: 1px solid var(--line);
        border-radius: 6px;
        background: var(--card);
        box-shadow: 0 4px 12px rgb(0 0 0 / 15%);
      }
      .heading {
        padding: 0.35rem 0.5rem 0.15rem;
        color: var(--ink-soft);
        font-size: 0.8rem;
      }
      [role='option'] {
        display: flex;
        align-items: baseline;
        justify-content: space-between;
        gap: 0.75rem;
        min-height: 44px;
        box-sizing: border-box;
        padding: 0.4rem 0.5rem;
        border-radius: 6px;
        cursor: pointer;
      }
      [role='option']:hover,
      [role='option'][aria-selected='true'] {
        background: #e9dcc4;
      }
      .other {
        color: var(--ink-soft);
        font-size: 0.8rem;
      }
      .empty {
        padding: 0.5rem;
        color: var(--ink-soft);
      }
    `,
  ];

  private results: SearchResults = EMPTY;

  willUpdate(changed: Map<string, unknown>) {
    if (changed.has('query') || changed.has('index') || changed.has('limit')) {
      this.results =
        this.index && this.query.trim() ? this.index.search(this.query, { limit: this.limit }) : EMPTY;
    }
  }

  updated(changed: Map<string, unknown>) {
    if (changed.has('active') && this.active >= 0) {
      this.renderRoot.querySelector(`#${this.optionId(this.active)}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  private flat(results: SearchResults): SearchHit[] {
    return GROUPS.flatMap((g) => results[g]);
  }

  private choose(hit: SearchHit) {
    this.open = false;
    this.active = -1;
    this.dispatchEvent(new SearchSelectEvent(hit.type, hit.id));
  }

  private onInput(e: InputEvent) {
    this.query = (e.target as HTMLInputElement).value;
    this.open = this.query.trim() !== '';
    this.active = -1;
  }

  private onKeydown(e: KeyboardEvent) {
    const hits = this.flat(this.results);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!hits.length) return;
      this.open = true;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active =
        this.active < 0 ? (step > 0 ? 0 : hits.length - 1) : (this.active + step + hits.length) % hits.length;
    } else if (e.key === 'Enter') {
      const hit = hits[this.active] ?? (this.open ? hits[0] : undefined);
      if (hit) {
        e.preventDefault();
        this.choose(hit);
      }
    } else if (e.key === 'Escape') {
      if (this.open) this.open = false;
      else this.query = '';
      this.active = -1;
    }
  }

  private optionId(i: number) {
    return `search-option-${i}`;
  }

  render() {
    const results = this.results;
    const hits = this.flat(results);
    const expanded = this.open && this.query.trim() !== '';
    let i = 0;
    return html`
      <input
        part="input"
        type="search"
        role="combobox"
        aria-label=${this.labels.placeholder}
        aria-autocomplete="list"
        aria-controls="search-listbox"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-activedescendant=${expanded && this.active >= 0 ? this.optionId(this.active) : nothing}
        placeholder=${this.labels.placeholder}
        autocomplete="off"
        spellcheck="false"
        ?disabled=${!this.index}
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
        @blur=${() => (this.open = false)}
        @focus=${() => (this.open = this.query.trim() !== '')}
      />
      <div
        id="search-listbox"
        part="listbox"
        role="listbox"
        aria-label=${this.labels.placeholder}
        ?hidden=${!expanded}
      >
        ${
          hits.length
            ? GROUPS.map((g) =>
                results[g].length
                  ? html`<div role="group" aria-labelledby="search-group-${g}">
                      <div class="heading" id="search-group-${g}">${this.labels[g]}</div>
                      ${results[g].map((hit) => this.renderOption(hit, i++))}
                    </div>`
                  : nothing,
              )
            : html`<div class="empty" role="status">${this.labels.noResults}</div>`
        }
      </div>
    `;
  }

  private renderOption(hit: SearchHit, i: number) {
    const [name, other] = isZh(this.lang) ? [hit.name_zh, hit.name_en] : [hit.name_en, hit.name_zh];
    // mousedown, not click: the input must keep focus (and not close the list on blur) while choosing.
    return html`<div
      role="option"
      id=${this.optionId(i)}
      aria-selected=${i === this.active ? 'true' : 'false'}
      @mousedown=${(e: MouseEvent) => {
        e.preventDefault();
        this.choose(hit);
      }}
    >
      <span>${name}</span><span class="other" lang=${isZh(this.lang) ? 'en' : 'zh-Hans'}>${other}</span>
    </div>`;
  }
}

customElements.define('search-box', SearchBox);

declare global {
  interface HTMLElementTagNameMap {
    'search-box': SearchBox;
  }
}
