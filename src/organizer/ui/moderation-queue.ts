import { LitElement, css, html, nothing } from 'lit';
import type { Lang } from '../../i18n/lang.ts';
import { sharedStyles } from '../../theme/shared-styles.ts';
import type { ApiVenue, QueueItem } from '../../api/client.ts';
import type { BasemapCollection, PlaceCollection } from '../../data/schema.ts';
import type { Translation } from '../../i18n/translations.ts';
import { systemClock } from '../../data/clock.ts';
import { formatLocal } from '../../listings/time.ts';
import { draftFromEvent, type EventDraft } from '../model/draft.ts';
import { previewOf, type Preview } from '../model/preview-event.ts';
import { occurrenceWords, ruleSentence } from '../model/repeat-words.ts';
import './event-preview.ts';
import { DraftOpenEvent, ModerateEvent } from '../../events/organizer.ts';
import type { OrganizerStrings } from '../model/strings.ts';
import { fieldOfPath } from '../model/validate-draft.ts';
import { eventTitle } from '../../listings/event-text.ts';

/** Dates said in words under each item. */
const NEXT_DATES = 4;

const shown = (x: unknown) =>
  x === null || x === undefined ? undefined : typeof x === 'string' ? x : JSON.stringify(x);

/**
 * The moderator's queue: each pending revision with who sent it, when it happens in words, the event as
 * visitors will see it in What's on (the tourist app's own list and map, through <event-preview>; for an edit,
 * as published now and after approval side by side), what it changes field by field, and approve, reject with
 * a reason, or edit. One preview is open at a time (each holds a map, and a page has few WebGL contexts).
 * All text from organizers is rendered as text.
 *
 * @summary Pending events awaiting moderation.
 * @fires moderate - approve or reject one revision (ModerateEvent)
 * @fires draft-open - edit the pending revision (DraftOpenEvent with its id and revision)
 */
export class ModerationQueue extends LitElement {
  static properties = {
    items: { attribute: false },
    busy: { type: Boolean },
    lang: {},
    t: { attribute: false },
    rejecting: { state: true },
    reasonMissing: { state: true },
    venues: { attribute: false },
    places: { attribute: false },
    basemap: { attribute: false },
    tt: { attribute: false },
    now: { type: Number },
    previewing: { state: true },
  };

  /** Venues, to place an event in the preview. */
  declare venues: readonly ApiVenue[];
  /** Heritage places and basemap for the preview's map (no map without them). */
  declare places: PlaceCollection | undefined;
  declare basemap: BasemapCollection | undefined;
  /** The tourist app's strings, which the preview's list uses. */
  declare tt: Translation;
  /** Epoch ms the preview counts from, as in the tourist app. */
  declare now: number;
  /** Id of the item whose preview is open; undefined: the first item's; null: none (the moderator closed it). */
  declare previewing: string | null | undefined;

  declare items: readonly QueueItem[];
  declare busy: boolean;
  declare lang: Lang;
  declare t: OrganizerStrings;
  /** Id of the item whose reject form is open. */
  declare rejecting: string | undefined;
  declare reasonMissing: boolean;

  constructor() {
    super();
    this.items = [];
    this.busy = false;
    this.lang = 'zh';
    this.reasonMissing = false;
    this.venues = [];
    this.now = systemClock();
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      ul.queue {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.8rem;
      }
      li.item {
        padding: 0.7rem 0.9rem;
        border: 1px solid var(--line);
        border-radius: 10px;
        background: var(--card);
        min-width: 0;
      }
      h3 {
        margin: 0.2rem 0;
        font-size: 1.02rem;
        overflow-wrap: anywhere;
      }
      .meta {
        margin: 0;
        color: var(--ink-soft);
        font-size: 0.85rem;
      }
      .kind {
        display: inline-block;
        padding: 0 0.5rem;
        border-radius: 999px;
        border: 1px solid var(--warning);
        background: var(--warning-bg);
        color: #6b3d00;
        font-size: 0.8rem;
        font-weight: 600;
      }
      .when {
        margin: 0.4rem 0 0;
      }
      .when dt {
        font-weight: 600;
        font-size: 0.85rem;
      }
      .when dd {
        margin: 0 0 0.3rem;
      }
      button.show {
        margin-top: 0.3rem;
      }
      .pair {
        display: grid;
        gap: 0.8rem;
        margin-top: 0.5rem;
      }
      @media (min-width: 860px) {
        .pair.both {
          grid-template-columns: 1fr 1fr;
        }
      }
      .pair h4 {
        margin: 0 0 0.3rem;
        font-size: 0.9rem;
      }
      .changes {
        overflow-x: auto;
        margin-top: 0.5rem;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.85rem;
      }
      caption {
        text-align: start;
        font-weight: 600;
        padding-bottom: 0.2rem;
      }
      th,
      td {
        border: 1px solid var(--line);
        padding: 0.25rem 0.4rem;
        text-align: start;
        vertical-align: top;
        overflow-wrap: anywhere;
      }
      .v {
        white-space: pre-line;
      }
      th[scope='row'] {
        font-weight: 600;
        min-width: 7rem;
      }
      th[scope='row'] code {
        display: block;
        font-weight: normal;
        font-size: 0.78rem;
        color: var(--ink-soft);
      }
      td.before {
        background: var(--error-bg);
      }
      td.after {
        background: var(--ok-bg);
      }
      .absent {
        color: var(--ink-soft);
        font-style: italic;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        margin-top: 0.6rem;
      }
      button {
        min-height: 44px;
        padding: 0 1rem;
        border: 1px solid var(--line);
        border-radius: 999px;
        background: #fff;
        font-weight: 600;
        cursor: pointer;
      }
      button.approve {
        background: var(--ok);
        border-color: var(--ok);
        color: #fff;
      }
      button.reject,
      button.confirm {
        border-color: var(--error);
        color: var(--error-strong);
      }
      .reject-form {
        display: grid;
        gap: 0.3rem;
        margin-top: 0.5rem;
      }
      label {
        font-weight: 600;
      }
      textarea {
        font: inherit;
        min-height: 5rem;
        padding: 0.3rem 0.5rem;
        border: 1px solid var(--muted);
        border-radius: 6px;
      }
      .error {
        color: var(--error);
        font-weight: 600;
        margin: 0;
      }
    `,
  ];

  private titleOf(i: QueueItem) {
    return eventTitle(i.event, this.lang);
  }

  /** The form's label of the field a path names, or nothing for bookkeeping fields (e.g. `sample`). */
  private fieldName(path: string) {
    const field = fieldOfPath(path);
    const label = (this.t.fields as Partial<Record<string, string>>)[field];
    return label ? html`<span class="name">${label}</span>` : nothing;
  }

  private cell(x: unknown, cls: string) {
    const s = shown(x);
    const value =
      s === undefined
        ? html`<span class="absent">${this.t.absent}</span>`
        : html`<span class="v">${s}</span>`;
    return html`<td class=${cls}>${value}</td>`;
  }

  /** When it happens, in words: the repeat as a sentence and the next few dates, or the one date. */
  private when(d: EventDraft, preview: Preview | undefined) {
    const t = this.t;
    const next = (preview?.occurrences ?? [])
      .filter((o) => o.end > this.now)
      .slice(0, NEXT_DATES)
      .map((o) => occurrenceWords(formatLocal(o.start), this.lang));
    const rule = ruleSentence(d, this.lang);
    return html`<dl class="when">
      ${
        rule
          ? html`<dt>${t.publicWhen}</dt>
              <dd>${rule}</dd>`
          : nothing
      }
      ${
        next.length
          ? html`<dt>${t.publicNext}</dt>
              <dd>${next.join(' · ')}</dd>`
          : nothing
      }
    </dl>`;
  }

  /** The event in What's on as visitors will see it; for an edit, as published now and after approval. */
  private public(i: QueueItem, after: Preview | undefined) {
    const t = this.t;
    const open = (this.previewing === undefined ? this.items[0]?.id : this.previewing) === i.id;
    const toggle = html`<button
      class="show"
      aria-expanded=${open ? 'true' : 'false'}
      @click=${() => {
        this.previewing = open ? null : i.id;
      }}
    >
      ${open ? t.publicHide : t.publicShow}
    </button>`;
    if (!open) return toggle;
    const preview = (p: Preview | undefined) =>
      html`<event-preview
        .preview=${p}
        .places=${this.places}
        .basemap=${this.basemap}
        .now=${this.now}
        .lang=${this.lang}
        .t=${t}
        .tt=${this.tt}
      ></event-preview>`;
    return html`${toggle}
      <div class="pair ${i.published ? 'both' : ''}">
        ${
          i.published
            ? html`<section class="before">
                  <h4>${t.publicNow}</h4>
                  ${preview(previewOf(draftFromEvent(i.published), this.venues))}
                </section>
                <section class="after">
                  <h4>${t.publicAfter}</h4>
                  ${preview(after)}
                </section>`
            : html`<section class="after">${preview(after)}</section>`
        }
      </div>`;
  }

  private async openReject(id: string) {
    this.rejecting = id;
    this.reasonMissing = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  }

  private confirmReject(i: QueueItem) {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('textarea');
    const reason = area?.value.trim() ?? '';
    if (!reason) {
      this.reasonMissing = true;
      area?.focus();
      return;
    }
    this.dispatchEvent(new ModerateEvent('reject', i.id, i.revision, i.content_hash, reason));
  }

  private item(i: QueueItem) {
    const t = this.t;
    const org = this.lang === 'zh' ? i.organization.name_zh : i.organization.name_en;
    const name = this.titleOf(i);
    const draft = draftFromEvent(i.event);
    const after = previewOf(draft, this.venues);
    return html`<li class="item" data-id=${i.id}>
      <span class="kind">${i.published ? t.editSubmission : t.newSubmission}</span>
      <h3 class="title" tabindex="-1">${name}</h3>
      <p class="meta">${org} · ${t.submittedBy(i.submitted_by.name)}</p>
      ${this.when(draft, after)} ${this.public(i, after)}
      <div class="changes">
        <table>
          <caption>
            ${i.published ? t.changes : t.content}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.field}</th>
              ${
                i.published
                  ? html`<th scope="col">${t.before}</th>
                      <th scope="col">${t.after}</th>`
                  : html`<th scope="col">${t.value}</th>`
              }
            </tr>
          </thead>
          <tbody>
            ${i.changes.map(
              (c) =>
                html`<tr>
                  <th scope="row">${this.fieldName(c.path)}<code>${c.path}</code></th>
                  ${i.published ? this.cell(c.before, 'before') : nothing} ${this.cell(c.after, 'after')}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="actions">
        <button
          class="approve"
          ?disabled=${this.busy}
          @click=${() => this.dispatchEvent(new ModerateEvent('approve', i.id, i.revision, i.content_hash))}
        >
          ${t.approve}<span class="visually-hidden">: ${name}</span>
        </button>
        <button class="reject" ?disabled=${this.busy} @click=${() => void this.openReject(i.id)}>
          ${t.reject}<span class="visually-hidden">: ${name}</span>
        </button>
        <button
          class="edit"
          ?disabled=${this.busy}
          @click=${() =>
            this.dispatchEvent(
              new DraftOpenEvent(draftFromEvent(i.event), { id: i.id, revision: i.revision }),
            )}
        >
          ${t.edit}<span class="visually-hidden">: ${name}</span>
        </button>
      </div>
      ${
        this.rejecting === i.id
          ? html`<div class="reject-form">
              <label for="reason">${t.rejectReason}</label>
              <textarea
                id="reason"
                maxlength="2000"
                aria-invalid=${this.reasonMissing ? 'true' : 'false'}
                aria-describedby=${this.reasonMissing ? 'reason-error' : ''}
              ></textarea>
              ${this.reasonMissing ? html`<p class="error" id="reason-error">${t.reasonRequired}</p>` : nothing}
              <div class="actions">
                <button class="confirm" ?disabled=${this.busy} @click=${() => this.confirmReject(i)}>
                  ${t.rejectConfirm}
                </button>
                <button class="cancel" @click=${() => (this.rejecting = undefined)}>${t.cancel}</button>
              </div>
            </div>`
          : nothing
      }
    </li>`;
  }

  /** After a decision: focus the next item's title, or the first one. */
  async focusItem(index: number): Promise<void> {
    await this.updateComplete;
    const titles = this.renderRoot.querySelectorAll<HTMLElement>('li.item h3');
    titles[Math.min(index, titles.length - 1)]?.focus();
  }

  render() {
    return this.items.length
      ? html`<ul class="queue">
          ${this.items.map((i) => this.item(i))}
        </ul>`
      : html`<p class="meta">${this.t.queueEmpty}</p>`;
  }
}

customElements.define('moderation-queue', ModerationQueue);

declare global {
  interface HTMLElementTagNameMap {
    'moderation-queue': ModerationQueue;
  }
}
