import { LitElement, css, html, nothing } from 'lit';
import type { Lang } from '../../i18n/lang.ts';
import type { Translation } from '../../i18n/translations.ts';
import { pillButton, sharedStyles } from '../../theme/shared-styles.ts';
import type { BlockingEvent, VenueListItem } from '../../api/client.ts';
import { VenueOpenEvent, VenueRetireEvent } from '../../events/venues.ts';
import type { VenueStrings } from '../model/venue-strings.ts';
import { eventTitle } from '../../listings/event-text.ts';

/**
 * The admin's list of venues: the added venues (edit, retire after a confirmation, restore) and, folded
 * below, the heritage places of geodata/, read-only with their sources. A refused retirement names the
 * upcoming events that keep the venue in use, beside the venue.
 *
 * @summary Admin list of venues.
 * @fires venue-open - add a venue, or edit one (VenueOpenEvent)
 * @fires venue-retire - retire (confirmed) or restore a venue (VenueRetireEvent)
 */
export class VenueAdmin extends LitElement {
  static properties = {
    items: { attribute: false },
    refusal: { attribute: false },
    busy: { type: Boolean },
    lang: {},
    t: { attribute: false },
    tt: { attribute: false },
    confirming: { state: true },
  };

  declare items: readonly VenueListItem[];
  /** The last refused retirement: the venue and the events that keep it. */
  declare refusal: { id: string; events: BlockingEvent[] } | undefined;
  declare busy: boolean;
  declare lang: Lang;
  declare t: VenueStrings;
  /** Tourist strings, for layer names. */
  declare tt: Translation;
  /** Id of the venue whose retirement waits for confirmation. */
  declare confirming: string | undefined;

  constructor() {
    super();
    this.items = [];
    this.busy = false;
    this.lang = 'zh';
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        gap: 0.8rem;
      }
      .intro {
        margin: 0;
        color: var(--ink-soft);
        max-width: 60rem;
      }
      h3 {
        margin: 0.4rem 0 0;
        font-size: 1rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      li {
        display: grid;
        gap: 0.25rem;
        padding: 0.6rem 0.75rem;
        border: 1px solid var(--line);
        border-radius: 10px;
        background: var(--card);
        min-width: 0;
        overflow-wrap: anywhere;
      }
      li.retired {
        opacity: 0.75;
      }
      .name {
        font-weight: 700;
      }
      .meta {
        margin: 0;
        font-size: 0.88rem;
        color: var(--ink-soft);
      }
      .badge {
        display: inline-block;
        margin-inline-start: 0.4rem;
        padding: 0 0.45rem;
        border-radius: 999px;
        font-size: 0.8rem;
        font-weight: 600;
        background: #eee6d8;
        color: var(--ink);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
      }
      button {
        ${pillButton}
      }
      button.primary,
      button.danger {
        color: #fff;
        background: var(--accent);
      }
      button.danger {
        background: var(--error);
        border-color: var(--error);
      }
      .confirm,
      .refusal {
        margin: 0.2rem 0 0;
        padding: 0.5rem 0.7rem;
        border-radius: 8px;
        border: 2px solid var(--error);
        background: var(--error-bg);
      }
      .confirm p,
      .refusal p {
        margin: 0 0 0.4rem;
      }
      .refusal ul {
        list-style: disc;
        padding-inline-start: 1.2rem;
        gap: 0.1rem;
      }
      details summary {
        cursor: pointer;
        padding: 0.7rem 0;
        font-weight: 700;
      }
    `,
  ];

  private name(v: { name_zh: string; name_en: string }) {
    return this.lang === 'zh' ? v.name_zh : v.name_en;
  }

  private sources(v: VenueListItem) {
    return html`<p class="meta">
      ${this.t.sourcesLabel}:
      ${v.sources.map(
        (s, i) =>
          html`${i ? ' · ' : ''}${
            s.url ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${s.title}</a>` : s.title
          }`,
      )}
      · ${this.t.confidenceLabel}: ${this.t.confidences[v.confidence]}
    </p>`;
  }

  private where(v: VenueListItem) {
    const area = this.tt.areaNames[v.area as keyof Translation['areaNames']] ?? v.area;
    return html`<p class="meta">
      <code>${v.id}</code> · ${area} · ${v.position[0].toFixed(6)}, ${v.position[1].toFixed(6)} (WGS84)
    </p>`;
  }

  private renderAdmin(v: Extract<VenueListItem, { source: 'admin' }>) {
    const t = this.t;
    const refused = this.refusal?.id === v.id ? this.refusal : undefined;
    return html`<li class=${v.retired ? 'retired' : ''} data-id=${v.id}>
      <span class="name"
        >${this.name(v)}${v.retired ? html`<span class="badge">${t.retired}</span>` : nothing}</span
      >
      ${this.where(v)} ${this.sources(v)}
      <div class="actions">
        <button ?disabled=${this.busy} @click=${() => this.dispatchEvent(new VenueOpenEvent(v.id))}>
          ${t.edit}
        </button>
        ${
          v.retired
            ? html`<button
                class="restore"
                ?disabled=${this.busy}
                @click=${() => this.dispatchEvent(new VenueRetireEvent(v.id, false))}
              >
                ${t.restore}
              </button>`
            : html`<button class="retire" ?disabled=${this.busy} @click=${() => (this.confirming = v.id)}>
                ${t.retire}
              </button>`
        }
      </div>
      ${
        this.confirming === v.id
          ? html`<div class="confirm" role="group" aria-label=${t.retire}>
              <p>${t.confirmRetire(this.name(v))}</p>
              <div class="actions">
                <button
                  class="danger"
                  ?disabled=${this.busy}
                  @click=${() => {
                    this.confirming = undefined;
                    this.dispatchEvent(new VenueRetireEvent(v.id, true));
                  }}
                >
                  ${t.confirm}
                </button>
                <button @click=${() => (this.confirming = undefined)}>${t.cancel}</button>
              </div>
            </div>`
          : nothing
      }
      ${
        refused
          ? html`<div class="refusal" role="alert">
              <p>${t.retireRefused(this.name(v))}</p>
              <ul>
                ${refused.events.map(
                  (e) =>
                    html`<li>${eventTitle(e, this.lang)} · ${e.next.replace('T', ' ').slice(0, 16)}</li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
    </li>`;
  }

  render() {
    const t = this.t;
    const admin = this.items.filter(
      (v): v is Extract<VenueListItem, { source: 'admin' }> => v.source === 'admin',
    );
    const geodata = this.items.filter((v) => v.source === 'geodata');
    return html`<p class="intro">${t.intro}</p>
      <div class="actions">
        <button class="primary add" @click=${() => this.dispatchEvent(new VenueOpenEvent())}>
          + ${t.add}
        </button>
      </div>
      <h3>${t.adminHeading}</h3>
      ${
        admin.length
          ? html`<ul class="admin">
              ${admin.map((v) => this.renderAdmin(v))}
            </ul>`
          : html`<p class="meta">${t.noAdminVenues}</p>`
      }
      <details>
        <summary>${t.geodataHeading(geodata.length)}</summary>
        <ul class="geodata">
          ${geodata.map(
            (v) =>
              html`<li data-id=${v.id}>
                <span class="name">${this.name(v)}<span class="badge">${t.readOnly}</span></span>
                ${this.where(v)} ${this.sources(v)}
              </li>`,
          )}
        </ul>
      </details>`;
  }
}

customElements.define('venue-admin', VenueAdmin);

declare global {
  interface HTMLElementTagNameMap {
    'venue-admin': VenueAdmin;
  }
}
