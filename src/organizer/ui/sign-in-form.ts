import { LitElement, css, html, nothing } from 'lit';
import { sharedStyles } from '../../theme/shared-styles.ts';
import { InviteAcceptEvent, SignInEvent } from '../../events/organizer.ts';
import type { Invitation } from '../../api/client.ts';
import type { OrganizerStrings } from '../model/strings.ts';

/**
 * Sign in with e-mail and password (the page gives the heading), or, given an invitation, choose a name and a password. The typed values
 * stay in the form when the server refuses them; the error (already worded) is shown above the fields and
 * announced.
 *
 * @summary Sign-in and invitation form.
 * @fires sign-in - e-mail and password were sent (SignInEvent)
 * @fires invite-accept - the invitation was accepted (InviteAcceptEvent)
 */
export class SignInForm extends LitElement {
  static properties = {
    invitation: { attribute: false },
    error: {},
    busy: { type: Boolean },
    t: { attribute: false },
  };

  /** When set, the form accepts this invitation instead of signing in. */
  declare invitation: Invitation | undefined;
  /** What went wrong with the last attempt, in the page's language. */
  declare error: string | undefined;
  declare busy: boolean;
  declare t: OrganizerStrings;

  constructor() {
    super();
    this.busy = false;
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        max-width: 24rem;
      }
      form {
        display: grid;
        gap: 0.8rem;
        padding: 1rem;
        border: 1px solid var(--line);
        border-radius: 10px;
        background: var(--card);
      }
      label {
        display: grid;
        gap: 0.2rem;
        font-weight: 600;
      }
      input {
        font: inherit;
        min-height: 44px;
        padding: 0 0.5rem;
        border: 1px solid var(--muted);
        border-radius: 6px;
      }
      .error {
        margin: 0;
        padding: 0.5rem 0.7rem;
        border: 2px solid var(--error);
        border-radius: 8px;
        background: var(--error-bg);
      }
      .hint {
        margin: 0;
        color: var(--ink-soft);
      }
      button {
        min-height: 44px;
        border: 0;
        border-radius: 999px;
        background: var(--accent);
        color: #fff;
        font-weight: 600;
        cursor: pointer;
      }
    `,
  ];

  /** Moves focus to the error (after a refusal) or to the first field. */
  async focusFirst(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.error ? '.error' : 'input')?.focus();
  }

  private onSubmit(e: SubmitEvent) {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const get = (k: string) => String(form.get(k) ?? '');
    this.dispatchEvent(
      this.invitation
        ? new InviteAcceptEvent(get('name'), get('password'))
        : new SignInEvent(get('email'), get('password')),
    );
  }

  render() {
    const t = this.t;
    const inv = this.invitation;
    return html`<form @submit=${this.onSubmit}>
      ${this.error ? html`<p class="error" role="alert" tabindex="-1">${this.error}</p>` : nothing}
      ${
        inv
          ? html`<p class="hint">${inv.email} · ${t.roles[inv.role]}</p>
              <label>${t.inviteName}<input name="name" autocomplete="name" required maxlength="80" /></label>
              <label
                >${t.newPassword}<input
                  name="password"
                  type="password"
                  autocomplete="new-password"
                  required
                  minlength="10"
                  maxlength="200"
                  aria-describedby="pw-hint"
              /></label>
              <p class="hint" id="pw-hint">${t.inviteHint}</p>`
          : html`<label>${t.email}<input name="email" type="email" autocomplete="username" required /></label>
              <label
                >${t.password}<input name="password" type="password" autocomplete="current-password" required
              /></label>`
      }
      <button type="submit" ?disabled=${this.busy}>${inv ? t.acceptInvite : t.signIn}</button>
    </form>`;
  }
}

customElements.define('sign-in-form', SignInForm);

declare global {
  interface HTMLElementTagNameMap {
    'sign-in-form': SignInForm;
  }
}
