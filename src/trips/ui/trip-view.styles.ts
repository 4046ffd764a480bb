/** The styles of <trip-view> (its template is trip-view.ts). */
import { css } from 'lit';
import { sharedStyles } from '../../theme/shared-styles.ts';

export const tripViewStyles = [
  sharedStyles,
  css`
    :host {
      display: block;
      max-width: 72rem;
      margin: 0 auto;
      padding: 0.75rem;
      box-sizing: border-box;
      line-height: 1.45;
    }
    h2 {
      margin: 0.2rem 0;
      font-size: 1.3rem;
    }
    h3 {
      font-size: 1.05rem;
      margin: 1rem 0 0.4rem;
    }
    .top {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      justify-content: space-between;
      flex-wrap: wrap;
    }
    .intro {
      color: var(--ink-soft);
      margin: 0.2rem 0 0.6rem;
    }
    .layout {
      display: grid;
      gap: 1rem;
    }
    @media (min-width: 860px) {
      .layout {
        grid-template-columns: 20rem 1fr;
        align-items: start;
      }
    }
    form,
    section {
      background: var(--card);
      border: 1px solid var(--line);
      border-radius: 10px;
      padding: 0.75rem;
    }
    form {
      display: grid;
      gap: 0.55rem;
    }
    label {
      display: grid;
      gap: 0.15rem;
      font-size: 0.9rem;
      font-weight: 600;
    }
    label.check input {
      width: auto;
      min-height: 0;
    }
    label.check {
      display: flex;
      gap: 0.4rem;
      align-items: center;
    }
    form,
    label {
      min-width: 0;
    }
    input,
    select {
      width: 100%;
      min-width: 0;
      font: inherit;
      padding: 0.35rem 0.4rem;
      border: 1px solid var(--line);
      border-radius: 6px;
      background: #fff;
      min-height: 2.2rem;
      box-sizing: border-box;
      max-width: 100%;
    }
    .row {
      align-items: end;
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0.5rem;
    }
    button {
      padding: 0.4rem 0.75rem;
      border: 1px solid var(--line);
      border-radius: 8px;
      background: var(--card);
      cursor: pointer;
      min-height: 2.2rem;
    }
    button.primary {
      background: var(--ink);
      color: var(--halo);
      border-color: var(--ink);
    }
    ol.own {
      margin: 0;
      padding-left: 1.4rem;
    }
    ol.own li {
      display: flex;
      gap: 0.3rem;
      align-items: center;
      justify-content: space-between;
    }
    .warn {
      border-left: 4px solid var(--accent);
      padding: 0.3rem 0.6rem;
      background: var(--warning-bg);
      margin: 0.4rem 0;
    }
    .note {
      font-size: 0.85rem;
      color: var(--ink-soft);
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: 0.9rem;
    }
    th,
    td {
      text-align: left;
      padding: 0.25rem 0.35rem;
      border-bottom: 1px solid var(--line);
      vertical-align: top;
    }
    .tabs {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35rem;
      margin-bottom: 0.5rem;
    }
    .tabs button[aria-pressed='true'] {
      background: var(--ink);
      color: var(--halo);
    }
    .flag {
      font-weight: 700;
    }
    .results {
      display: grid;
      gap: 1rem;
      min-width: 0;
    }
    .sheet-preview {
      border: 1px solid var(--line);
      background: #fff;
      padding: 0.5rem;
      overflow-x: auto;
    }
    @media print {
      :host {
        padding: 0;
        max-width: none;
      }
      .screen {
        display: none !important;
      }
      /* A grid is not split across printed pages by Chromium: what runs past a page is lost. */
      .results {
        display: block;
      }
      .sheet-preview {
        border: 0;
        padding: 0;
        overflow: visible;
      }
      section.print-section {
        border: 0;
        padding: 0;
        background: none;
      }
    }
  `,
];
