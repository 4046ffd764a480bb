import { LitElement, css, html, nothing } from 'lit';
import type { Lang } from '../i18n/lang.ts';
import type { ListingEvent } from '../listings/schema.ts';
import { sharedStyles } from '../theme/shared-styles.ts';
import type { EventRecord } from './api.ts';
import { draftFromEvent } from './draft.ts';
import { DraftOpenEvent } from './events.ts';
import type { OrganizerStrings } from './strings.ts';

/**
 * An organizer's events with their moderation state, the moderator's reason for a rejection, and actions to
 * edit one or to duplicate it as a new event (a past event repeated with a new id and dates). All event text
 * is rendered as text.
 *
 * @summary The organizer's own events.
 * @fires draft-open - edit (with a target) or duplicate (without) an event (DraftOpenEvent)
 */
export class MyEvents extends LitElement {
  static properties = {
    records: { attribute: false },
    lang: {},
    t: { attribute: false },
  };

  declare records: readonly EventRecord[];
  declare lang: Lang;
  declare t: OrganizerStrings;

  constructor() {
    super();
    this.records = [];
    this.lang = 'zh';
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.6rem;
      }
      li {
        padding: 0.6rem 0.8rem;
        border: 1px solid var(--line);
        border-radius: 10px;
        background: var(--card);
      }
      h3 {
        margin: 0.2rem 0;
        font-size: 1rem;
        overflow-wrap: anywhere;
      }
      .meta {
        color: var(--ink-soft);
        font-size: 0.85rem;
        margin: 0;
      }
      .state {
        display: inline-block;
        margin-inline-end: 0.35rem;
        padding: 0 0.5rem;
        border-radius: 999px;
        border: 1px solid var(--line);
        font-size: 0.8rem;
        font-weight: 600;
      }
      .state.pending {
        background: #fff4e0;
        border-color: #a15c00;
        color: #6b3d00;
      }
      .state.approved {
        background: #e6f4ea;
        border-color: #2e7d32;
        color: #1b5e20;
      }
      .state.rejected {
        background: #fdecea;
        border-color: #b3261e;
        color: #8c1d18;
      }
      .reason {
        margin: 0.4rem 0 0;
        padding: 0.4rem 0.6rem;
        border-inline-start: 4px solid #b3261e;
        background: #fff;
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        margin-top: 0.5rem;
      }
      button {
        min-height: 40px;
        padding: 0 0.9rem;
        border: 1px solid var(--line);
        border-radius: 999px;
        background: #fff;
        cursor: pointer;
      }
    `,
  ];

  private titleOf(e: ListingEvent) {
    return this.lang === 'zh' ? e.title_zh : e.title_en;
  }

  private edit(r: EventRecord) {
    const event = r.working?.event ?? r.published!;
    this.dispatchEvent(
      new DraftOpenEvent(draftFromEvent(event), { id: r.id, revision: r.working?.revision }),
    );
  }

  private duplicate(r: EventRecord) {
    const draft = draftFromEvent(r.published ?? r.working!.event);
    this.dispatchEvent(new DraftOpenEvent({ ...draft, id: '', exdates: [] }));
  }

  private item(r: EventRecord) {
    const t = this.t;
    const event = r.working?.event ?? r.published;
    if (!event) return nothing;
    const reason = r.state === 'rejected' ? (r.working?.reason ?? r.feedback[0]?.reason) : undefined;
    return html`<li data-id=${r.id}>
      <span class="state ${r.state}">${t.moderation[r.state]}</span>
      ${r.published && r.state !== 'approved' ? html`<span class="meta">${t.published}</span>` : nothing}
      <h3>${this.titleOf(event)}</h3>
      <p class="meta">${r.id} · ${event.start.replace('T', ' ')}</p>
      ${r.published && r.state === 'pending' ? html`<p class="meta">${t.editPending}</p>` : nothing}
      ${
        reason
          ? html`<p class="reason">
              <strong>${t.reason}:</strong> <span class="reason-text">${reason}</span>
            </p>`
          : nothing
      }
      <div class="actions">
        <button class="edit" @click=${() => this.edit(r)}>
          ${t.edit}<span class="visually-hidden">: ${this.titleOf(event)}</span>
        </button>
        <button class="duplicate" @click=${() => this.duplicate(r)}>
          ${t.duplicate}<span class="visually-hidden">: ${this.titleOf(event)}</span>
        </button>
      </div>
    </li>`;
  }

  render() {
    return this.records.length
      ? html`<ul>
          ${this.records.map((r) => this.item(r))}
        </ul>`
      : html`<p class="meta">${this.t.noEvents}</p>`;
  }
}

customElements.define('my-events', MyEvents);

declare global {
  interface HTMLElementTagNameMap {
    'my-events': MyEvents;
  }
}
