/** The styles of <venue-form> (its template is venue-form.ts). */
import { css } from 'lit';
import { sharedStyles, pillButton } from '../../theme/shared-styles.ts';

export const venueFormStyles = [
  sharedStyles,
  css`
    form {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(300px, 460px);
      gap: 0.9rem 1.25rem;
      align-items: start;
    }
    @media (max-width: 859px) {
      form {
        grid-template-columns: 1fr;
      }
    }
    .col {
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
      grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
      gap: 0.7rem;
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
    input:not([type='radio']),
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
      min-height: 4rem;
      resize: vertical;
    }
    [aria-invalid='true'] {
      border-color: var(--error) !important;
      border-width: 2px !important;
    }
    .choices {
      display: grid;
      gap: 0.2rem;
      border: 0;
      padding: 0;
      margin: 0;
      background: none;
    }
    .choices label {
      display: flex;
      align-items: center;
      gap: 0.4rem;
      min-height: 40px;
      font-weight: normal;
    }
    .hint,
    .converted {
      color: var(--ink-soft);
      font-size: 0.85rem;
      margin: 0;
    }
    .converted {
      color: var(--ink);
      font-variant-numeric: tabular-nums;
    }
    .error {
      color: var(--error);
      font-size: 0.85rem;
      font-weight: 600;
      margin: 0;
    }
    .summary {
      grid-column: 1 / -1;
      padding: 0.6rem 0.8rem;
      border: 2px solid var(--error);
      border-radius: 8px;
      background: var(--error-bg);
      margin: 0;
    }
    point-picker {
      height: 320px;
      border: 1px solid var(--line);
      border-radius: 10px;
      overflow: hidden;
    }
    @media (max-width: 859px) {
      point-picker {
        height: 260px;
      }
    }
    .source {
      display: grid;
      gap: 0.4rem;
      padding-bottom: 0.5rem;
      border-bottom: 1px dashed var(--line);
    }
    button {
      ${pillButton}
      justify-self: start;
    }
    button.primary {
      background: var(--accent);
      color: #fff;
    }
    button[disabled] {
      opacity: 0.6;
      cursor: wait;
    }
  `,
];
