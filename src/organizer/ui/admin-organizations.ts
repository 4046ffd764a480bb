import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { Lang } from '../../i18n/lang.ts';
import { sharedStyles } from '../../theme/shared-styles.ts';
import {
  NAME_EN_MAX,
  NAME_ZH_MAX,
  checkOrganization,
  organizationBody,
  problemOfIssue,
  type AdminProblem,
  type OrganizationValues,
} from '../model/admin-checks.ts';
import { OrganizationCreateEvent } from '../../events/admin.ts';
import { adminStyles, textField } from './admin-form.ts';
import type { Organization } from '../../api/client.ts';
import type { OrganizerStrings } from '../model/strings.ts';
import type { ApiFieldIssue } from '../../api/contract.ts';

const EMPTY: OrganizationValues = { name_zh: '', name_en: '', url: '' };
const FIELDS = ['name_zh', 'name_en', 'url'] as const;

/**
 * The organizations organizers belong to, and a form to add one. Its own checks show once a save was
 * tried; the server's field messages (`serverFields`) show beside their field until it is edited.
 *
 * @summary Organizations: list and add.
 * @fires organization-create - the form passed its checks (OrganizationCreateEvent)
 */
export class AdminOrganizations extends LitElement {
  static properties = {
    organizations: { attribute: false },
    serverFields: { attribute: false },
    busy: { type: Boolean },
    lang: {},
    t: { attribute: false },
    values: { state: true },
    tried: { state: true },
    edited: { state: true },
  };

  declare organizations: readonly Organization[];
  /** The server's last refusal, field → message (422 `fields`). */
  declare serverFields: Readonly<Record<string, ApiFieldIssue>>;
  declare busy: boolean;
  declare lang: Lang;
  declare t: OrganizerStrings;
  declare values: OrganizationValues;
  declare tried: boolean;
  /** Fields edited since the server's last answer (their server message is stale). */
  declare edited: ReadonlySet<string>;

  constructor() {
    super();
    this.organizations = [];
    this.serverFields = {};
    this.busy = false;
    this.lang = 'zh';
    this.values = EMPTY;
    this.tried = false;
    this.edited = new Set();
  }

  static styles = [
    sharedStyles,
    adminStyles,
    css`
      ul.cards {
        margin-bottom: 0.8rem;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
      }
      h4 {
        margin: 0;
        font-size: 1rem;
      }
      .names {
        margin: 0;
        font-weight: 600;
      }
    `,
  ];

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('serverFields')) this.edited = new Set();
  }

  /** Empties the form after the organization was added. */
  reset(): void {
    this.values = EMPTY;
    this.tried = false;
  }

  /** Focuses the first field with a message. */
  async focusError(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  private problems(): Partial<Record<keyof OrganizationValues, AdminProblem>> {
    const own = this.tried ? checkOrganization(this.values) : {};
    const out = { ...own };
    for (const f of FIELDS) {
      const m = this.serverFields[f];
      if (!out[f] && m && !this.edited.has(f)) out[f] = problemOfIssue(m);
    }
    return out;
  }

  private set(field: keyof OrganizationValues, value: string) {
    this.values = { ...this.values, [field]: value };
    this.edited = new Set([...this.edited, field]);
  }

  private onSubmit(e: SubmitEvent) {
    e.preventDefault();
    this.tried = true;
    if (Object.keys(checkOrganization(this.values)).length) {
      void this.focusError();
      return;
    }
    this.dispatchEvent(new OrganizationCreateEvent(organizationBody(this.values)));
  }

  render() {
    const t = this.t;
    const a = t.admin;
    const p = this.problems();
    const name = (o: Organization) => (this.lang === 'zh' ? o.name_zh : o.name_en);
    return html`<h3 id="orgs-title">${a.sections.organizations}</h3>
      ${
        this.organizations.length
          ? html`<ul class="cards" aria-labelledby="orgs-title">
              ${this.organizations.map(
                (o) =>
                  html`<li data-id=${o.id}>
                    <p class="names" dir="auto">${name(o)}</p>
                    <p class="meta" dir="auto" lang=${this.lang === 'zh' ? 'en' : 'zh-Hans'}>
                      ${this.lang === 'zh' ? o.name_en : o.name_zh}
                    </p>
                    ${o.url ? html`<p class="meta">${o.url}</p>` : nothing}
                  </li>`,
              )}
            </ul>`
          : html`<p class="meta">${a.noOrganizations}</p>`
      }
      <form novalidate @submit=${this.onSubmit} aria-labelledby="org-form-title">
        <h4 id="org-form-title">${a.createOrganization}</h4>
        ${textField(
          {
            id: 'name_zh',
            label: a.name_zh,
            value: this.values.name_zh,
            problem: p.name_zh,
            maxlength: NAME_ZH_MAX,
            required: true,
            onInput: (v) => this.set('name_zh', v),
          },
          t,
        )}
        ${textField(
          {
            id: 'name_en',
            label: a.name_en,
            value: this.values.name_en,
            problem: p.name_en,
            maxlength: NAME_EN_MAX,
            required: true,
            onInput: (v) => this.set('name_en', v),
          },
          t,
        )}
        ${textField(
          {
            id: 'url',
            label: a.url,
            value: this.values.url,
            problem: p.url,
            type: 'url',
            onInput: (v) => this.set('url', v),
          },
          t,
        )}
        <div class="buttons">
          <button type="submit" class="primary" ?disabled=${this.busy}>${a.createOrganization}</button>
        </div>
      </form>`;
  }
}

customElements.define('admin-organizations', AdminOrganizations);

declare global {
  interface HTMLElementTagNameMap {
    'admin-organizations': AdminOrganizations;
  }
}
