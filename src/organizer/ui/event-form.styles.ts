/** The styles of <event-form> (its template is event-form.ts). */
import { css } from 'lit';
import { sharedStyles, pillButton } from '../../theme/shared-styles.ts';

export const eventFormStyles = [
  sharedStyles,
  css`
    :host {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(300px, 420px);
      gap: 1.25rem;
      align-items: start;
    }
    @media (max-width: 859px) {
      :host {
        grid-template-columns: 1fr;
      }
    }
    form {
      display: grid;
      gap: 0.9rem;
      min-width: 0;
    }
    fieldset {
      display: grid;
      gap: 0.7rem;
      margin: 0;
      padding: 0.6rem 0.8rem 0.8rem;
      border: 1px solid var(--line);
      border-radius: 10px;
      background: var(--card);
      min-width: 0;
    }
    legend {
      font-weight: 700;
      padding: 0 0.3rem;
    }
    .row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 0.7rem;
    }
    /* The optional English fields, set apart from the Chinese ones they stand in for. */
    .english {
      display: grid;
      gap: 0.7rem;
      padding-left: 0.7rem;
      border-left: 3px solid var(--line);
    }
    .field {
      display: grid;
      gap: 0.2rem;
      min-width: 0;
    }
    label,
    .label {
      font-weight: 600;
      font-size: 0.9rem;
    }
    input:not([type='checkbox']):not([type='radio']),
    select,
    textarea {
      font: inherit;
      min-height: 40px;
      padding: 0.3rem 0.5rem;
      border: 1px solid var(--muted);
      border-radius: 6px;
      background: #fff;
      color: var(--ink);
      width: 100%;
      box-sizing: border-box;
    }
    textarea {
      min-height: 6rem;
      resize: vertical;
    }
    [aria-invalid='true'] {
      border-color: var(--error) !important;
      border-width: 2px !important;
    }
    .hint {
      color: var(--ink-soft);
      font-size: 0.82rem;
      margin: 0;
    }
    .error {
      color: var(--error);
      font-size: 0.85rem;
      font-weight: 600;
      margin: 0;
    }
    .error .detail {
      font-weight: normal;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3rem 0.9rem;
      border: 0;
      padding: 0;
      margin: 0;
    }
    .choices label,
    label.check {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
      min-height: 36px;
      font-weight: normal;
    }
    .exdates {
      display: block;
      border: 1px solid var(--line);
      border-radius: 6px;
      padding: 0.3rem 0.6rem;
      font-variant-numeric: tabular-nums;
    }
    .exdates .dates {
      list-style: none;
      margin: 0.2rem 0;
      padding: 0;
      max-height: 16rem;
      overflow: auto;
    }
    .exdates li label {
      min-height: 40px;
    }
    .exdates label.skipped .date {
      text-decoration: line-through;
      color: var(--ink-soft);
    }
    .exdates label.skipped .tag {
      color: var(--error);
      font-weight: 600;
    }
    .rule-words {
      margin: 0;
      font-weight: 600;
    }
    .summary {
      padding: 0.6rem 0.8rem;
      border: 2px solid var(--error);
      border-radius: 8px;
      background: var(--error-bg);
      margin: 0;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .buttons button {
      ${pillButton}
    }
    .buttons button.primary {
      background: var(--accent);
      color: #fff;
    }
    .buttons button[disabled] {
      opacity: 0.6;
      cursor: wait;
    }
    details.coords summary {
      cursor: pointer;
      padding: 0.5rem 0;
      font-weight: 600;
      font-size: 0.9rem;
    }
    details.coords[open] summary {
      margin-bottom: 0.4rem;
    }
    event-preview {
      position: sticky;
      top: 0.5rem;
    }
  `,
];
