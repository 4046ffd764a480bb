import { LitElement, css, html, nothing } from 'lit';
import type { Lang } from '../../i18n/lang.ts';
import { zoned } from '../../i18n/zoned.ts';
import { sharedStyles } from '../../theme/shared-styles.ts';
import { AuditMoreEvent } from '../../events/admin.ts';
import { adminStyles } from './admin-form.ts';
import type { AuditEntry } from '../../api/client.ts';
import { auditWords } from '../model/audit-words.ts';
import type { OrganizerStrings } from '../model/strings.ts';

/**
 * The audit log, newest first: when (Hangzhou time), who, what, on what, and the details that matter. Older
 * pages are asked for with a button; the first entry of a new page takes the focus.
 *
 * @summary Audit log.
 * @fires audit-more - load the entries older than the last one shown (AuditMoreEvent)
 */
export class AdminAudit extends LitElement {
  static properties = {
    entries: { attribute: false },
    more: { type: Boolean },
    busy: { type: Boolean },
    lang: {},
    t: { attribute: false },
  };

  declare entries: readonly AuditEntry[];
  /** Whether older entries may exist (the last page was full). */
  declare more: boolean;
  declare busy: boolean;
  declare lang: Lang;
  declare t: OrganizerStrings;

  constructor() {
    super();
    this.entries = [];
    this.more = false;
    this.busy = false;
    this.lang = 'zh';
  }

  static styles = [
    sharedStyles,
    adminStyles,
    css`
      ol {
        list-style: none;
        margin: 0 0 0.8rem;
        padding: 0;
        border-top: 1px solid var(--line);
      }
      li {
        display: grid;
        grid-template-columns: 1fr;
        gap: 0.1rem 1rem;
        padding: 0.5rem 0.2rem;
        border-bottom: 1px solid var(--line);
        overflow-wrap: anywhere;
        min-width: 0;
      }
      @media (min-width: 760px) {
        li {
          grid-template-columns: 12rem minmax(0, 1fr) minmax(0, 20rem);
        }
        .detail {
          grid-column: 2 / 4;
        }
      }
      p {
        margin: 0;
      }
      .action {
        font-weight: 600;
      }
    `,
  ];

  /** Focuses the entry at `index` (the first of a newly loaded page). */
  async focusEntry(index: number): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('li')[index]?.focus();
  }

  render() {
    const t = this.t;
    const a = t.admin;
    const time = zoned(this.lang, { dateStyle: 'medium', timeStyle: 'medium' });
    if (!this.entries.length) return html`<p class="meta">${a.auditEmpty}</p>`;
    return html`<p class="hint">${a.auditTime}</p>
      <ol>
        ${this.entries.map((e) => {
          const w = auditWords(e, t);
          return html`<li tabindex="-1" data-action=${e.action}>
            <p class="meta"><time datetime=${e.at}>${time.format(new Date(e.at))}</time></p>
            <p><span class="action">${w.action}</span> · <span class="target">${w.target}</span></p>
            <p class="actor">${a.auditActor}: ${e.actor?.email ?? a.nobody}</p>
            ${w.detail ? html`<p class="meta detail">${w.detail}</p>` : nothing}
          </li>`;
        })}
      </ol>
      ${
        this.more
          ? html`<button
              class="older"
              ?disabled=${this.busy}
              @click=${() => this.dispatchEvent(new AuditMoreEvent())}
            >
              ${a.older}
            </button>`
          : html`<p class="meta">${a.noOlder}</p>`
      }`;
  }
}

customElements.define('admin-audit', AdminAudit);

declare global {
  interface HTMLElementTagNameMap {
    'admin-audit': AdminAudit;
  }
}
