/**
 * What the admin view's components share: their styles (cards, fields, buttons, the confirmation box) and
 * one labelled text field with its message. A message is linked with aria-describedby and the field marked
 * aria-invalid, as in <event-form>.
 */
import { css, html, nothing } from 'lit';
import type { AdminProblem } from '../model/admin-checks.ts';
import type { OrganizerStrings } from '../model/strings.ts';

export function problemText(t: OrganizerStrings, p: AdminProblem): string {
  switch (p) {
    case 'email':
    case 'organization':
      return t.admin.problems[p];
    default:
      return t.problems[p];
  }
}

export interface TextField {
  id: string;
  label: string;
  value: string;
  problem: AdminProblem | undefined;
  type?: 'text' | 'email' | 'url';
  maxlength?: number;
  autocomplete?: string;
  required?: boolean;
  onInput: (value: string) => void;
}

export function textField(f: TextField, t: OrganizerStrings) {
  return html`<div class="field">
    <label for=${f.id}>${f.label}</label>
    <input
      id=${f.id}
      name=${f.id}
      type=${f.type ?? 'text'}
      .value=${f.value}
      maxlength=${f.maxlength ?? nothing}
      autocomplete=${f.autocomplete ?? 'off'}
      ?required=${f.required ?? false}
      aria-invalid=${f.problem ? 'true' : 'false'}
      aria-describedby=${f.problem ? `${f.id}-error` : nothing}
      @input=${(e: InputEvent) => f.onInput((e.target as HTMLInputElement).value)}
    />
    ${f.problem ? html`<p class="field-error" id=${`${f.id}-error`}>${problemText(t, f.problem)}</p>` : nothing}
  </div>`;
}

export const adminStyles = css`
  :host {
    display: block;
    margin-bottom: 1.4rem;
  }
  h3 {
    margin: 0 0 0.6rem;
    font-size: 1.05rem;
  }
  form,
  .panel {
    display: grid;
    gap: 0.7rem;
    padding: 0.8rem;
    border: 1px solid var(--line);
    border-radius: 10px;
    background: var(--card);
    max-width: 36rem;
  }
  .field {
    display: grid;
    gap: 0.2rem;
    min-width: 0;
  }
  label {
    font-weight: 600;
  }
  input,
  select {
    font: inherit;
    min-height: 44px;
    padding: 0 0.5rem;
    border: 1px solid var(--muted);
    border-radius: 6px;
    background: #fff;
    min-width: 0;
    max-width: 100%;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border: 2px solid var(--error);
  }
  .field-error {
    margin: 0;
    color: var(--error-strong);
    font-weight: 600;
  }
  .hint,
  .meta {
    margin: 0;
    color: var(--ink-soft);
    font-size: 0.88rem;
  }
  button {
    min-height: 44px;
    padding: 0 1rem;
    border: 1px solid var(--line);
    border-radius: 999px;
    background: #fff;
    cursor: pointer;
  }
  button.primary {
    border-color: var(--accent);
    background: var(--accent);
    color: #fff;
    font-weight: 600;
  }
  button.danger {
    border-color: var(--error);
    background: var(--error);
    color: #fff;
    font-weight: 600;
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  ul.cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.6rem;
  }
  ul.cards > li {
    min-width: 0;
    padding: 0.6rem 0.8rem;
    border: 1px solid var(--line);
    border-radius: 10px;
    background: var(--card);
    overflow-wrap: anywhere;
  }
  .confirm {
    display: grid;
    gap: 0.5rem;
    margin-top: 0.5rem;
    padding: 0.6rem 0.7rem;
    border: 2px solid var(--error);
    border-radius: 8px;
    background: var(--error-bg);
  }
  .confirm p {
    margin: 0;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5rem;
    border: 1px solid var(--line);
    border-radius: 999px;
    font-size: 0.8rem;
    font-weight: 600;
  }
  .badge.disabled {
    border-color: var(--error);
    background: var(--error-bg);
    color: var(--error-strong);
  }
`;
