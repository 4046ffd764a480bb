import { LitElement, css, html, nothing } from 'lit';
import type { Lang } from '../../i18n/lang.ts';
import type { ImportProblem } from '../../listings/ical-import.ts';
import type { ListingEvent } from '../../listings/schema.ts';
import { sharedStyles } from '../../theme/shared-styles.ts';
import { draftFromEvent } from '../model/draft.ts';
import { DraftOpenEvent, IcsFileEvent } from '../../events/organizer.ts';
import type { OrganizerStrings } from '../model/strings.ts';
import { eventTitle } from '../../listings/event-text.ts';

/**
 * Import an organizer's .ics file: the server reads it (and stores nothing); this shows its report — every
 * VEVENT not imported and every field that needs checking — and opens each imported event in the form.
 *
 * @summary .ics import and its report.
 * @fires ics-file - a file was chosen (IcsFileEvent with its text)
 * @fires draft-open - open one imported event in the form as a new event (DraftOpenEvent)
 */
export class IcsImport extends LitElement {
  static properties = {
    report: { attribute: false },
    busy: { type: Boolean },
    lang: {},
    t: { attribute: false },
  };

  /** The server's answer for the last file. */
  declare report: { events: ListingEvent[]; problems: ImportProblem[] } | undefined;
  declare busy: boolean;
  declare lang: Lang;
  declare t: OrganizerStrings;

  constructor() {
    super();
    this.busy = false;
    this.lang = 'zh';
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        gap: 0.7rem;
      }
      label {
        font-weight: 600;
        display: grid;
        gap: 0.3rem;
      }
      input {
        font: inherit;
        min-height: 44px;
      }
      .hint,
      .meta {
        margin: 0;
        color: var(--ink-soft);
      }
      h3 {
        margin: 0.4rem 0 0;
        font-size: 1rem;
      }
      ul {
        margin: 0;
        padding-inline-start: 1.2rem;
        display: grid;
        gap: 0.3rem;
      }
      li {
        overflow-wrap: anywhere;
      }
      .error {
        color: var(--error-strong);
      }
      .warning {
        color: #6b3d00;
      }
      button {
        min-height: 40px;
        padding: 0 0.9rem;
        margin-inline-start: 0.4rem;
        border: 1px solid var(--line);
        border-radius: 999px;
        background: #fff;
        cursor: pointer;
      }
    `,
  ];

  private async onFile(e: Event) {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.dispatchEvent(new IcsFileEvent(await file.text(), file.name));
  }

  private renderReport() {
    const t = this.t;
    const r = this.report;
    if (!r) return nothing;
    const title = (e: ListingEvent) => eventTitle(e, this.lang);
    return html`<section aria-labelledby="report">
      <h3 id="report" tabindex="-1">${t.importReport}</h3>
      <p role="status">${r.events.length ? t.importDone(r.events.length) : t.importNothing}</p>
      ${
        r.events.length
          ? html`<ul class="events">
              ${r.events.map(
                (e) =>
                  html`<li>
                    ${title(e)} <span class="meta">(${e.start.replace('T', ' ')})</span>
                    <button @click=${() => this.dispatchEvent(new DraftOpenEvent(draftFromEvent(e)))}>
                      ${t.edit}<span class="visually-hidden">: ${title(e)}</span>
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        r.problems.length
          ? html`<ul class="problems">
              ${r.problems.map(
                (p) =>
                  html`<li class=${p.level}>
                    <strong>${p.level === 'error' ? t.importError : t.importWarning}</strong>
                    <span lang="en">${p.uid} · ${p.field}: ${p.message}</span>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </section>`;
  }

  /** Focus the report heading (after a file was read). */
  async focusReport(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#report')?.focus();
  }

  render() {
    const t = this.t;
    return html`<label
        >${t.importFile}
        <input type="file" accept=".ics,text/calendar" ?disabled=${this.busy} @change=${this.onFile}
      /></label>
      <p class="hint">${t.importHint}</p>
      ${this.renderReport()}`;
  }
}

customElements.define('ics-import', IcsImport);

declare global {
  interface HTMLElementTagNameMap {
    'ics-import': IcsImport;
  }
}
