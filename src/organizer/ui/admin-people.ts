import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { Lang } from '../../i18n/lang.ts';
import { zoned } from '../../i18n/zoned.ts';
import { sharedStyles } from '../../theme/shared-styles.ts';
import { UserChangeEvent } from '../../events/admin.ts';
import { adminStyles } from './admin-form.ts';
import type { AdminUser, Role } from '../../api/client.ts';
import { needsConfirmation, roleChoices, selfLockout, type UserChange } from '../model/people-changes.ts';
import type { OrganizerStrings } from '../model/strings.ts';

/**
 * Every account as a card (name, e-mail, role, organization, whether it may sign in, when it was made),
 * with a role to choose and disable / enable. A change that signs someone out asks first, and one that
 * would lock the signed-in admin (`me`) out says so in its question.
 *
 * @summary People: roles and access.
 * @fires user-change - a confirmed change of role or access (UserChangeEvent)
 */
export class AdminPeople extends LitElement {
  static properties = {
    users: { attribute: false },
    me: { type: Number },
    busy: { type: Boolean },
    lang: {},
    t: { attribute: false },
    chosen: { state: true },
    asking: { state: true },
  };

  declare users: readonly AdminUser[];
  /** The signed-in admin's user id. */
  declare me: number;
  declare busy: boolean;
  declare lang: Lang;
  declare t: OrganizerStrings;
  /** The role picked in each card's menu, by user id, until it is applied. */
  declare chosen: ReadonlyMap<number, Role>;
  /** The change waiting for a confirmation. */
  declare asking: { id: number; change: UserChange } | undefined;

  constructor() {
    super();
    this.users = [];
    this.me = 0;
    this.busy = false;
    this.lang = 'zh';
    this.chosen = new Map();
  }

  static styles = [
    sharedStyles,
    adminStyles,
    css`
      ul.cards {
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
        align-items: start;
      }
      h4 {
        margin: 0 0 0.2rem;
        font-size: 1rem;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 0.4rem;
        margin-top: 0.5rem;
      }
      .controls .field {
        flex: 1 1 10rem;
      }
      .facts {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 0.5rem;
        align-items: center;
      }
    `,
  ];

  protected willUpdate(changed: PropertyValues<this>): void {
    // A fresh list from the server: picks and questions about accounts that changed are void.
    if (changed.has('users')) {
      this.chosen = new Map();
      this.asking = undefined;
    }
  }

  /** Focuses the card of a user (after a change the app could not make, so the admin is where they were). */
  async focusUser(id: number): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`li[data-id="${id}"] h4`)?.focus();
  }

  private ask(u: AdminUser, change: UserChange) {
    if (!needsConfirmation(u, change)) {
      this.dispatchEvent(new UserChangeEvent(u.id, change));
      return;
    }
    this.asking = { id: u.id, change };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#ask-${u.id}`)?.focus());
  }

  private question(u: AdminUser, change: UserChange) {
    const t = this.t;
    const a = t.admin;
    const self = selfLockout(this.me, u, change);
    if ('role' in change)
      return self === 'demote'
        ? a.selfRoleConfirm(t.roles[change.role])
        : a.roleConfirm(u.name, t.roles[change.role]);
    return self === 'disable' ? a.selfDisableConfirm : a.disableConfirm(u.name);
  }

  private card(u: AdminUser) {
    const t = this.t;
    const a = t.admin;
    const pick = this.chosen.get(u.id) ?? u.role;
    const asking = this.asking?.id === u.id ? this.asking.change : undefined;
    const org = u.organization;
    return html`<li data-id=${u.id}>
      <h4 tabindex="-1">
        <span dir="auto">${u.name}</span
        >${u.id === this.me ? html` <span class="you">${a.you}</span>` : nothing}
      </h4>
      <p class="meta email">${u.email}</p>
      <p class="facts">
        <span class="badge role">${t.roles[u.role]}</span>
        <span class="badge state ${u.disabled ? 'disabled' : ''}">${u.disabled ? a.disabled : a.active}</span>
        ${org ? html`<span class="org" dir="auto">${this.lang === 'zh' ? org.name_zh : org.name_en}</span>` : nothing}
      </p>
      <p class="meta">
        ${a.created(zoned(this.lang, { dateStyle: 'medium' }).format(new Date(u.created_at)))}
      </p>
      <div class="controls">
        <div class="field">
          <label for=${`role-${u.id}`}>${a.role}<span class="visually-hidden">: ${u.name}</span></label>
          <select
            id=${`role-${u.id}`}
            @change=${(e: Event) =>
              (this.chosen = new Map(this.chosen).set(u.id, (e.target as HTMLSelectElement).value as Role))}
          >
            ${roleChoices(u).map((r) => html`<option value=${r} ?selected=${r === pick}>${t.roles[r]}</option>`)}
          </select>
        </div>
        <button
          class="change-role"
          ?disabled=${this.busy || pick === u.role}
          @click=${() => this.ask(u, { role: pick })}
        >
          ${a.changeRole}<span class="visually-hidden">: ${u.name}</span>
        </button>
        <button
          class=${u.disabled ? 'enable' : 'disable'}
          ?disabled=${this.busy}
          @click=${() => this.ask(u, { disabled: !u.disabled })}
        >
          ${u.disabled ? a.enable : a.disable}<span class="visually-hidden">: ${u.name}</span>
        </button>
      </div>
      ${
        asking
          ? html`<div class="confirm" role="group" aria-labelledby=${`ask-${u.id}`}>
              <p id=${`ask-${u.id}`} tabindex="-1">${this.question(u, asking)}</p>
              <div class="buttons">
                <button
                  class="danger confirm-change"
                  ?disabled=${this.busy}
                  @click=${() => this.dispatchEvent(new UserChangeEvent(u.id, asking))}
                >
                  ${'role' in asking ? a.confirmChange : a.confirmDisable}
                </button>
                <button class="keep" @click=${() => this.cancel(u.id)}>${a.keep}</button>
              </div>
            </div>`
          : nothing
      }
    </li>`;
  }

  private cancel(id: number) {
    this.asking = undefined;
    void this.focusUser(id);
  }

  render() {
    return html`<h3 id="people-title">${this.t.admin.sections.people}</h3>
      <ul class="cards" aria-labelledby="people-title">
        ${this.users.map((u) => this.card(u))}
      </ul>`;
  }
}

customElements.define('admin-people', AdminPeople);

declare global {
  interface HTMLElementTagNameMap {
    'admin-people': AdminPeople;
  }
}
