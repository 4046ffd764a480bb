/** The styles of <route-editor> (its template is route-editor.ts). */
import { css } from 'lit';
import { sharedStyles, pillButton } from '../../theme/shared-styles.ts';

export const routeEditorStyles = [
  sharedStyles,
  css`
    :host {
      display: grid;
      gap: 0.5rem;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      align-items: center;
    }
    .bar button,
    .confirm button {
      ${pillButton}
      min-height: 40px;
      padding: 0 0.8rem;
    }
    .bar button[disabled] {
      opacity: 0.45;
      cursor: default;
    }
    .confirm button.danger {
      background: var(--accent);
      color: #fff;
    }
    label.check {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
      min-height: 40px;
    }
    .confirm {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      align-items: center;
      margin: 0;
      padding: 0.5rem 0.7rem;
      border: 2px solid var(--accent);
      border-radius: 8px;
      background: #fdf3ee;
    }
    .frame {
      position: relative;
      height: min(60vh, 440px);
      min-height: 280px;
      border: 1px solid var(--line);
      border-radius: 10px;
      overflow: hidden;
      background: var(--paper);
    }
    #map {
      position: absolute;
      inset: 0;
    }
    .veil {
      position: absolute;
      inset: auto 0.5rem 0.5rem;
      margin: 0;
      padding: 0.5rem 0.7rem;
      border-radius: 8px;
      background: var(--error-bg);
      border: 2px solid var(--error);
      font-weight: 600;
    }
    p {
      margin: 0;
    }
    .status {
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    .hint,
    .notice {
      color: var(--ink-soft);
      font-size: 0.85rem;
    }
    .warn {
      color: var(--error);
      font-weight: 600;
      font-size: 0.85rem;
    }
    .time {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      align-items: center;
    }
    .time input {
      font: inherit;
      width: 6rem;
      min-height: 40px;
      padding: 0.2rem 0.4rem;
      border: 1px solid var(--muted);
      border-radius: 6px;
    }
  `,
];
