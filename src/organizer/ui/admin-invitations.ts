import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { Lang } from '../../i18n/lang.ts';
import { zoned } from '../../i18n/zoned.ts';
import { sharedStyles } from '../../theme/shared-styles.ts';
import {
  NAME_EN_MAX,
  NAME_ZH_MAX,
  checkInvitation,
  checkOrganization,
  organizationBody,
  problemOfIssue,
  type AdminProblem,
  type InvitationValues,
  type OrganizationValues,
} from '../model/admin-checks.ts';
import { InvitationCreateEvent, InvitationRevokeEvent } from '../../events/admin.ts';
import { adminStyles, problemText, textField } from './admin-form.ts';
import type { AdminInvitation, Organization, Role } from '../../api/client.ts';
import { ROLE_ORDER } from '../model/people-changes.ts';
import type { OrganizerStrings } from '../model/strings.ts';
import type { ApiFieldIssue } from '../../api/contract.ts';

/** A just-created invitation: its link is known only now (the server keeps only the token's hash). */
export interface CreatedInvitation {
  email: string;
  link: string;
  expires_at: string;
}

const EMPTY_INVITE: InvitationValues = { email: '', role: 'organizer', organization: '' };
const EMPTY_ORG: OrganizationValues = { name_zh: '', name_en: '', url: '' };

/**
 * Invite someone: e-mail, role and, for an organizer, an organization (an existing one or a new one made
 * with the invitation). The new link is shown once with a copy button; the open invitations are listed with
 * their expiry and can be revoked after a confirmation. Server field messages use the keys `email`,
 * `organization`, and `org-name_zh` / `org-name_en` / `org-url` for the new organization.
 *
 * @summary Invitations: create, show the link once, list, revoke.
 * @fires invitation-create - the form passed its checks (InvitationCreateEvent)
 * @fires invitation-revoke - a revocation was confirmed (InvitationRevokeEvent)
 */
export class AdminInvitations extends LitElement {
  static properties = {
    invitations: { attribute: false },
    organizations: { attribute: false },
    created: { attribute: false },
    serverFields: { attribute: false },
    busy: { type: Boolean },
    lang: {},
    t: { attribute: false },
    values: { state: true },
    org: { state: true },
    tried: { state: true },
    edited: { state: true },
    revoking: { state: true },
    copy: { state: true },
    closed: { state: true },
  };

  declare invitations: readonly AdminInvitation[];
  declare organizations: readonly Organization[];
  /** The invitation just made, whose link is shown until closed. */
  declare created: CreatedInvitation | undefined;
  declare serverFields: Readonly<Record<string, ApiFieldIssue>>;
  declare busy: boolean;
  declare lang: Lang;
  declare t: OrganizerStrings;
  declare values: InvitationValues;
  /** The new organization's fields, when `values.organization` is `new`. */
  declare org: OrganizationValues;
  declare tried: boolean;
  declare edited: ReadonlySet<string>;
  /** Id of the invitation whose revocation is being confirmed. */
  declare revoking: number | undefined;
  declare copy: 'copied' | 'failed' | undefined;
  declare closed: boolean;

  constructor() {
    super();
    this.invitations = [];
    this.organizations = [];
    this.serverFields = {};
    this.busy = false;
    this.lang = 'zh';
    this.values = EMPTY_INVITE;
    this.org = EMPTY_ORG;
    this.tried = false;
    this.edited = new Set();
    this.closed = false;
  }

  static styles = [
    sharedStyles,
    adminStyles,
    css`
      section + section {
        margin-top: 1.2rem;
      }
      fieldset {
        display: grid;
        gap: 0.6rem;
        margin: 0;
        padding: 0.6rem;
        border: 1px dashed var(--muted);
        border-radius: 8px;
        min-width: 0;
      }
      legend {
        font-weight: 600;
      }
      .link {
        margin-bottom: 1rem;
        border: 2px solid var(--focus);
        background: #eef5f9;
      }
      .link h3 {
        margin: 0;
      }
      .link textarea {
        box-sizing: border-box;
        width: 100%;
        padding: 0.4rem 0.5rem;
        border: 1px solid var(--muted);
        border-radius: 6px;
        font-family: ui-monospace, monospace;
        font-size: 0.85rem;
        word-break: break-all;
        resize: none;
      }
      .copy-state {
        margin: 0;
        align-self: center;
        font-weight: 600;
      }
      ul.cards {
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
      }
      .who {
        margin: 0;
        font-weight: 600;
      }
    `,
  ];

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('serverFields')) this.edited = new Set();
    if (changed.has('created')) {
      this.closed = false;
      this.copy = undefined;
    }
    if (changed.has('invitations') && !this.invitations.some((i) => i.id === this.revoking))
      this.revoking = undefined;
  }

  /** Empties the form after the invitation was made. */
  reset(): void {
    this.values = EMPTY_INVITE;
    this.org = EMPTY_ORG;
    this.tried = false;
  }

  /** After the new organization was made but the invitation failed: pick it, so it is not made twice. */
  useOrganization(id: number): void {
    this.values = { ...this.values, organization: String(id) };
    this.org = EMPTY_ORG;
  }

  async focusError(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus();
  }

  /** Focuses the new link's heading, which names it and says it is shown once. */
  async focusLink(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.link h3')?.focus();
  }

  private when(iso: string) {
    return zoned(this.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  }

  private orgName(o: Organization | null | undefined) {
    return o ? (this.lang === 'zh' ? o.name_zh : o.name_en) : '';
  }

  private newOrg() {
    return this.values.role === 'organizer' && this.values.organization === 'new';
  }

  private problems(): Record<string, AdminProblem | undefined> {
    const out: Record<string, AdminProblem | undefined> = {};
    if (this.tried) {
      Object.assign(out, checkInvitation(this.values));
      if (this.newOrg())
        for (const [k, p] of Object.entries(checkOrganization(this.org))) out[`org-${k}`] = p;
    }
    for (const [k, m] of Object.entries(this.serverFields))
      if (!out[k] && !this.edited.has(k)) out[k] = problemOfIssue(m);
    return out;
  }

  private edit(key: string) {
    this.edited = new Set([...this.edited, key]);
  }

  private onSubmit(e: SubmitEvent) {
    e.preventDefault();
    this.tried = true;
    const v = this.values;
    const bad =
      Object.keys(checkInvitation(v)).length +
      (this.newOrg() ? Object.keys(checkOrganization(this.org)).length : 0);
    if (bad) {
      void this.focusError();
      return;
    }
    const organizer = v.role === 'organizer';
    this.dispatchEvent(
      new InvitationCreateEvent(
        v.email.trim(),
        v.role,
        organizer && !this.newOrg() ? Number(v.organization) : undefined,
        organizer && this.newOrg() ? organizationBody(this.org) : undefined,
      ),
    );
  }

  private async copyLink() {
    const input = this.renderRoot.querySelector<HTMLTextAreaElement>('#invite-link');
    try {
      await navigator.clipboard.writeText(this.created!.link);
      this.copy = 'copied';
    } catch {
      input?.focus();
      input?.select();
      this.copy = 'failed';
    }
  }

  private renderLink() {
    const c = this.created;
    if (!c || this.closed) return nothing;
    const a = this.t.admin;
    return html`<section class="panel link" aria-labelledby="link-title">
      <h3 id="link-title" tabindex="-1">${a.linkTitle(c.email)}</h3>
      <p>${a.linkOnce(this.when(c.expires_at))}</p>
      <div class="field">
        <label for="invite-link">${a.linkLabel}</label>
        <textarea
          id="invite-link"
          readonly
          rows="3"
          .value=${c.link}
          @focus=${(e: FocusEvent) => (e.target as HTMLTextAreaElement).select()}
        ></textarea>
      </div>
      <div class="buttons">
        <button class="primary copy" @click=${this.copyLink}>${a.copy}</button>
        <button class="close" @click=${() => (this.closed = true)}>${a.closeLink}</button>
        <p role="status" class="copy-state">
          ${this.copy === 'copied' ? a.copied : this.copy === 'failed' ? a.copyFailed : ''}
        </p>
      </div>
    </section>`;
  }

  private renderForm() {
    const t = this.t;
    const a = t.admin;
    const p = this.problems();
    const v = this.values;
    const orgProblem = p.organization;
    const field = (key: keyof OrganizationValues, label: string, max?: number) =>
      textField(
        {
          id: `org-${key}`,
          label,
          value: this.org[key],
          problem: p[`org-${key}`],
          type: key === 'url' ? 'url' : 'text',
          maxlength: max,
          required: key !== 'url',
          onInput: (x) => {
            this.org = { ...this.org, [key]: x };
            this.edit(`org-${key}`);
          },
        },
        t,
      );
    return html`<form novalidate @submit=${this.onSubmit} aria-labelledby="invite-title">
      ${textField(
        {
          id: 'email',
          label: a.email,
          value: v.email,
          problem: p.email,
          type: 'email',
          required: true,
          maxlength: 254,
          onInput: (x) => {
            this.values = { ...v, email: x };
            this.edit('email');
          },
        },
        t,
      )}
      <div class="field">
        <label for="role">${a.role}</label>
        <select
          id="role"
          name="role"
          .value=${v.role}
          @change=${(e: Event) => (this.values = { ...v, role: (e.target as HTMLSelectElement).value as Role })}
        >
          ${ROLE_ORDER.map((r) => html`<option value=${r} ?selected=${r === v.role}>${t.roles[r]}</option>`)}
        </select>
        ${v.role === 'organizer' ? nothing : html`<p class="hint">${a.orgOnlyForOrganizers}</p>`}
      </div>
      ${
        v.role === 'organizer'
          ? html`<div class="field">
              <label for="organization">${a.organization}</label>
              <select
                id="organization"
                name="organization"
                aria-invalid=${orgProblem ? 'true' : 'false'}
                aria-describedby=${orgProblem ? 'organization-error' : nothing}
                @change=${(e: Event) => {
                  this.values = { ...v, organization: (e.target as HTMLSelectElement).value };
                  this.edit('organization');
                }}
              >
                <option value="" ?selected=${v.organization === ''}>${a.chooseOrganization}</option>
                ${this.organizations.map(
                  (o) =>
                    html`<option value=${String(o.id)} ?selected=${v.organization === String(o.id)}>
                      ${this.orgName(o)}
                    </option>`,
                )}
                <option value="new" ?selected=${v.organization === 'new'}>${a.newOrganization}</option>
              </select>
              ${
                orgProblem
                  ? html`<p class="field-error" id="organization-error">${problemText(t, orgProblem)}</p>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${
        this.newOrg()
          ? html`<fieldset>
              <legend>${a.newOrganization}</legend>
              ${field('name_zh', a.name_zh, NAME_ZH_MAX)} ${field('name_en', a.name_en, NAME_EN_MAX)}
              ${field('url', a.url)}
            </fieldset>`
          : nothing
      }
      <div class="buttons">
        <button type="submit" class="primary" ?disabled=${this.busy}>${a.createInvite}</button>
      </div>
    </form>`;
  }

  private renderList() {
    const t = this.t;
    const a = t.admin;
    if (!this.invitations.length) return html`<p class="meta">${a.noInvitations}</p>`;
    return html`<ul class="cards" aria-labelledby="open-title">
      ${this.invitations.map(
        (i) =>
          html`<li data-id=${i.id}>
            <p class="who" dir="auto">${i.email}</p>
            <p class="meta">
              ${t.roles[i.role]}${i.organization ? html` · ${this.orgName(i.organization)}` : nothing} ·
              ${a.expires(this.when(i.expires_at))}
            </p>
            ${
              this.revoking === i.id
                ? html`<div class="confirm" role="group" aria-labelledby=${`revoke-${i.id}`}>
                    <p id=${`revoke-${i.id}`} tabindex="-1">${a.revokeConfirm(i.email)}</p>
                    <div class="buttons">
                      <button
                        class="danger confirm-revoke"
                        ?disabled=${this.busy}
                        @click=${() => this.dispatchEvent(new InvitationRevokeEvent(i.id))}
                      >
                        ${a.revokeYes}
                      </button>
                      <button class="keep" @click=${() => void this.closeRevoke(i.id)}>${a.keep}</button>
                    </div>
                  </div>`
                : html`<div class="buttons">
                    <button class="revoke" @click=${() => void this.openRevoke(i.id)}>
                      ${a.revoke}<span class="visually-hidden">: ${i.email}</span>
                    </button>
                  </div>`
            }
          </li>`,
      )}
    </ul>`;
  }

  private async openRevoke(id: number) {
    this.revoking = id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#revoke-${id}`)?.focus();
  }

  private async closeRevoke(id: number) {
    this.revoking = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`li[data-id="${id}"] button.revoke`)?.focus();
  }

  render() {
    const a = this.t.admin;
    return html`<section aria-labelledby="invite-title">
        <h3 id="invite-title">${a.sections.invite}</h3>
        ${this.renderLink()} ${this.renderForm()}
      </section>
      <section aria-labelledby="open-title">
        <h3 id="open-title">${a.sections.invitations}</h3>
        ${this.renderList()}
      </section>`;
  }
}

customElements.define('admin-invitations', AdminInvitations);

declare global {
  interface HTMLElementTagNameMap {
    'admin-invitations': AdminInvitations;
  }
}
