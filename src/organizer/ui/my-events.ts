import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { Lang } from '../../i18n/lang.ts';
import type { ListingEvent } from '../../listings/schema.ts';
import { sharedStyles } from '../../theme/shared-styles.ts';
import type { EventRecord, Organization } from '../../api/client.ts';
import { draftFromEvent } from '../model/draft.ts';
import { DraftDiscardEvent, DraftOpenEvent } from '../../events/organizer.ts';
import type { OrganizerStrings } from '../model/strings.ts';
import { EMBED_STRINGS, embedSnippet, embedUrl } from '../model/embed-snippet.ts';
import { textLang, type TextLang } from '../../i18n/lang.ts';
import { occurrenceWords, ruleSentence } from '../model/repeat-words.ts';
import { eventTitle } from '../../listings/event-text.ts';

/**
 * An organizer's events with their moderation state, the moderator's reason for a rejection, and actions to
 * edit one or to duplicate it as a new event (a past event repeated with a new id and dates). All event text
 * is rendered as text. The working revision (draft, pending or rejected) can be discarded after a question
 * that says what follows: an event never approved is deleted, otherwise the approved version stays public.
 * Below the list, an organizer (one with an `organization`) gets the <iframe> code, in Chinese and in
 * English, that shows their approved events on their own website (model/embed-snippet.ts), with a copy
 * button and a preview link each.
 *
 * @summary The organizer's own events.
 * @fires draft-open - edit (with a target) or duplicate (without) an event (DraftOpenEvent)
 * @fires draft-discard - a confirmed discard of the working revision (DraftDiscardEvent)
 */
export class MyEvents extends LitElement {
  static properties = {
    records: { attribute: false },
    busy: { type: Boolean },
    lang: {},
    t: { attribute: false },
    organization: { attribute: false },
    site: {},
    discarding: { state: true },
    copied: { state: true },
  };

  declare records: readonly EventRecord[];
  declare busy: boolean;
  declare lang: Lang;
  declare t: OrganizerStrings;
  /** The signed-in organizer's organization (null for a moderator or an admin: no embed box). */
  declare organization: Organization | null;
  /** The service's origin, which the embed code points at (e.g. `https://map.example.org`). */
  declare site: string;
  /** Id of the event whose discard is being confirmed. */
  declare discarding: string | undefined;
  /** What the last copy of an embed code did, and in which language. */
  declare copied: { lang: Lang; ok: boolean } | undefined;

  constructor() {
    super();
    this.records = [];
    this.busy = false;
    this.lang = 'zh';
    this.organization = null;
    this.site = '';
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('records') && !this.records.some((r) => r.id === this.discarding && r.working))
      this.discarding = undefined;
  }

  private async askDiscard(id: string) {
    this.discarding = id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`li[data-id="${id}"] .confirm p`)?.focus();
  }

  private async keep(id: string) {
    this.discarding = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`li[data-id="${id}"] button.discard`)?.focus();
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
        background: var(--warning-bg);
        border-color: var(--warning);
        color: #6b3d00;
      }
      .state.approved {
        background: var(--ok-bg);
        border-color: var(--ok);
        color: #1b5e20;
      }
      .state.rejected {
        background: var(--error-bg);
        border-color: var(--error);
        color: var(--error-strong);
      }
      .reason {
        margin: 0.4rem 0 0;
        padding: 0.4rem 0.6rem;
        border-inline-start: 4px solid var(--error);
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
      button.danger {
        border-color: var(--error);
        background: var(--error);
        color: #fff;
        font-weight: 600;
      }
      .confirm {
        margin-top: 0.5rem;
        padding: 0.5rem 0.7rem;
        border: 2px solid var(--error);
        border-radius: 8px;
        background: var(--error-bg);
      }
      .confirm p {
        margin: 0;
      }
      .embed {
        margin-top: 1.2rem;
        padding: 0.8rem;
        border: 1px solid var(--line);
        border-radius: 10px;
        background: var(--card);
      }
      .embed h3 {
        margin-top: 0;
      }
      .embed p {
        margin: 0.3rem 0 0.6rem;
      }
      .embed label {
        display: block;
        font-weight: 600;
        margin-top: 0.6rem;
      }
      .embed textarea {
        display: block;
        width: 100%;
        box-sizing: border-box;
        min-height: 8.5rem;
        font:
          0.8rem/1.4 ui-monospace,
          monospace;
        padding: 0.4rem;
        border: 1px solid var(--line);
        border-radius: 6px;
        resize: vertical;
      }
      .embed .actions a {
        align-self: center;
      }
    `,
  ];

  private titleOf(e: ListingEvent) {
    return eventTitle(e, this.lang);
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
      <p class="meta">${this.when(event)}</p>
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
        ${
          r.working
            ? html`<button class="discard" @click=${() => void this.askDiscard(r.id)}>
                ${r.published ? t.discard.buttonPublished : t.discard.button}<span class="visually-hidden"
                  >: ${this.titleOf(event)}</span
                >
              </button>`
            : nothing
        }
      </div>
      ${
        this.discarding === r.id && r.working
          ? html`<div class="confirm" role="group" aria-labelledby=${`discard-${r.id}`}>
              <p id=${`discard-${r.id}`} tabindex="-1">
                ${r.published ? t.discard.confirmPublished : t.discard.confirmNew}
              </p>
              <div class="actions">
                <button
                  class="danger confirm-discard"
                  ?disabled=${this.busy}
                  @click=${() => this.dispatchEvent(new DraftDiscardEvent(r.id))}
                >
                  ${t.discard.confirm}<span class="visually-hidden">: ${this.titleOf(event)}</span>
                </button>
                <button class="keep" @click=${() => void this.keep(r.id)}>${t.discard.keep}</button>
              </div>
            </div>`
          : nothing
      }
    </li>`;
  }

  private snippet(lang: TextLang) {
    const o = this.organization!;
    const name = lang === 'zh' ? o.name_zh : o.name_en;
    return embedSnippet(this.site, o.id, lang, EMBED_STRINGS[lang].frameTitle(name));
  }

  private async copySnippet(lang: TextLang) {
    try {
      await navigator.clipboard.writeText(this.snippet(lang));
      this.copied = { lang, ok: true };
    } catch {
      // No clipboard (permission, an old browser): the code is selected for the organizer to copy.
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#embed-${lang}`);
      area?.focus();
      area?.select();
      this.copied = { lang, ok: false };
    }
  }

  private renderEmbed() {
    if (!this.organization || !this.site) return nothing;
    const s = EMBED_STRINGS[textLang(this.lang)];
    return html`<section class="embed" aria-labelledby="embed-title">
      <h3 id="embed-title">${s.title}</h3>
      <p>${s.intro}</p>
      ${(['zh', 'en'] as const).map((lang) => {
        const language = s.languages[lang];
        return html`<label for=${`embed-${lang}`}>${s.codeLabel(language)}</label>
          <textarea id=${`embed-${lang}`} readonly spellcheck="false" .value=${this.snippet(lang)}></textarea>
          <div class="actions">
            <button class=${`copy-embed copy-${lang}`} @click=${() => void this.copySnippet(lang)}>
              ${s.copy(language)}
            </button>
            <a href=${embedUrl(this.site, this.organization!.id, lang)} target="_blank" rel="noopener"
              >${s.preview(language)}</a
            >
          </div>
          ${
            this.copied?.lang === lang
              ? html`<p class="meta" role="status">${this.copied.ok ? s.copied : s.copyFailed}</p>`
              : nothing
          }`;
      })}
      <p class="meta">${s.accentTip}</p>
    </section>`;
  }

  /** When, in words: the first date, and the repeat as a sentence (the id the service made is not shown). */
  private when(event: ListingEvent) {
    const first = occurrenceWords(event.start, this.lang, event.start);
    const rule = event.rrule ? ruleSentence(draftFromEvent(event), this.lang) : undefined;
    return rule ? `${first} · ${rule}` : first;
  }

  render() {
    return html`${
      this.records.length
        ? html`<ul>
            ${this.records.map((r) => this.item(r))}
          </ul>`
        : html`<p class="meta">${this.t.noEvents}</p>`
    }${this.renderEmbed()}`;
  }
}

customElements.define('my-events', MyEvents);

declare global {
  interface HTMLElementTagNameMap {
    'my-events': MyEvents;
  }
}
