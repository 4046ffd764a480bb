/** The styles of <walk-panel> (its template is walk-panel.ts). */
import { css } from 'lit';
import { sharedStyles } from '../../theme/shared-styles.ts';

export const walkPanelStyles = [
  sharedStyles,
  css`
    :host {
      display: block;
    }
    header {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.25rem 0.75rem;
      align-items: start;
    }
    h2 {
      margin: 0;
      font-size: 1.25rem;
    }
    .close {
      min-width: 44px;
      min-height: 44px;
      border: 1px solid var(--line);
      border-radius: 50%;
      background: var(--card);
      cursor: pointer;
      font-size: 1.2rem;
    }
    .summary {
      margin: 0.4rem 0;
      line-height: 1.55;
    }
    .totals {
      margin: 0.3rem 0;
      font-weight: 600;
    }
    .badge {
      display: inline-block;
      padding: 0 0.5rem;
      border-radius: 999px;
      border: 1px solid #3f5f48;
      color: #2e4a35;
      font-size: 0.82rem;
    }
    .badge.steps {
      border-color: var(--warning);
      color: #7a4500;
    }
    .set-off {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      margin: 0.5rem 0;
    }
    .set-off input {
      min-height: 44px;
      margin-inline-start: 0.4rem;
      font: inherit;
    }
    .set-off .hint {
      margin: 0;
    }
    .ends {
      font-weight: 600;
    }
    .times {
      display: block;
      font-size: 0.88rem;
    }
    .hours-warning {
      margin: 0.3rem 0;
      padding: 0.35rem 0.55rem;
      border-inline-start: 4px solid var(--warning);
      background: var(--warning-bg);
      font-size: 0.88rem;
    }
    .hours-warning span {
      display: block;
    }
    .hours-warning .fix {
      min-height: 44px;
      margin: 0.3rem 0.4rem 0 0;
      padding: 0 0.75rem;
      border: 1px solid var(--line);
      border-radius: 999px;
      background: var(--card);
      cursor: pointer;
    }
    .appointment {
      margin: 0.5rem 0;
      padding: 0.45rem 0.65rem;
      border-inline-start: 4px solid var(--ok);
      background: #eef6ee;
      font-size: 0.9rem;
    }
    .appointment strong {
      display: block;
    }
    .appointment.late {
      border-color: var(--error);
      background: var(--error-bg);
    }
    .notice {
      padding: 0.5rem 0.75rem;
      border-inline-start: 4px solid var(--warning);
      background: var(--warning-bg);
      font-size: 0.9rem;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      margin: 0.6rem 0;
      font-size: 0.9rem;
    }
    .controls label {
      display: flex;
      flex-direction: column;
      gap: 0.2rem;
    }
    select {
      font: inherit;
      min-height: 40px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      margin: 0.6rem 0;
    }
    .actions button {
      min-height: 40px;
      padding: 0 0.75rem;
      border: 1px solid var(--line);
      border-radius: 999px;
      background: var(--card);
      cursor: pointer;
    }
    .actions button.primary {
      background: var(--accent);
      border-color: var(--accent);
      color: var(--card);
    }
    ol.stops {
      list-style: none;
      margin: 0.5rem 0 0;
      padding: 0;
    }
    li.stop {
      display: grid;
      grid-template-columns: 2rem 1fr auto;
      gap: 0.5rem;
      align-items: start;
      padding: 0.45rem 0;
      border-top: 1px solid var(--line);
    }
    li.stop.dragging {
      opacity: 0.5;
    }
    .n {
      display: grid;
      place-items: center;
      width: 1.8rem;
      height: 1.8rem;
      border-radius: 50%;
      background: var(--vermilion);
      color: #fff;
      font-weight: 700;
      font-size: 0.9rem;
      print-color-adjust: exact;
    }
    .stop-name {
      border: 0;
      background: none;
      padding: 0;
      font-weight: 600;
      text-align: start;
      cursor: pointer;
      text-decoration: underline;
      text-decoration-color: var(--line);
      min-height: 28px;
    }
    .text {
      margin: 0.2rem 0 0;
      font-size: 0.9rem;
      line-height: 1.5;
    }
    .dwell {
      color: var(--ink-soft);
      font-size: 0.8rem;
    }
    .edit {
      display: flex;
      gap: 0.2rem;
    }
    .edit button {
      min-width: 36px;
      min-height: 36px;
      border: 1px solid var(--line);
      border-radius: 8px;
      background: var(--card);
      cursor: pointer;
    }
    li.leg {
      margin: 0 0 0 0.85rem;
      padding: 0.25rem 0 0.4rem 1.4rem;
      border-inline-start: 3px dotted var(--vermilion);
      font-size: 0.85rem;
      color: var(--ink-soft);
    }
    li.leg ul {
      margin: 0.2rem 0 0;
      padding-inline-start: 1rem;
    }
    .hint {
      color: var(--ink-soft);
      font-size: 0.8rem;
    }
    .licence {
      font-size: 0.78rem;
      color: var(--ink-soft);
    }
    .status {
      font-size: 0.88rem;
      color: #2e4a35;
    }
    @media print {
      :host {
        font-size: 10pt;
      }
      .summary,
      .text {
        line-height: 1.35;
      }
      li.stop {
        padding: 0.2rem 0;
      }
      li.leg {
        padding-top: 0.1rem;
        padding-bottom: 0.2rem;
      }
      .actions,
      .controls,
      .edit,
      .close,
      .status {
        display: none;
      }
      li.stop {
        break-inside: avoid;
      }
      .stop-name {
        text-decoration: none;
      }
    }
  `,
];
