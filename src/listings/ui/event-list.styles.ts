/** The styles of <event-list> (its template is event-list.ts). */
import { css } from 'lit';
import { sharedStyles } from '../../theme/shared-styles.ts';

export const eventListStyles = [
  sharedStyles,
  css`
    :host {
      display: block;
    }
    .sample {
      padding: 0.5rem 0.75rem;
      border: 2px dashed var(--warning);
      border-radius: 8px;
      background: var(--warning-bg);
      font-weight: 600;
      font-size: 0.9rem;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 0.75rem;
      margin: 0.6rem 0;
      font-size: 0.88rem;
    }
    .filters label {
      display: flex;
      flex-direction: column;
      gap: 0.15rem;
    }
    .filters label.check {
      flex-direction: row;
      align-items: center;
      align-self: end;
      min-height: 40px;
    }
    select {
      font: inherit;
      min-height: 40px;
    }
    h3 {
      font-size: 0.95rem;
      margin: 0.9rem 0 0.35rem;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    li.occ {
      padding: 0.55rem 0.7rem;
      border: 1px solid var(--line);
      border-radius: 10px;
      background: var(--card);
    }
    li.occ.cancelled .title {
      text-decoration: line-through;
    }
    /* "(in Chinese)" after a Chinese title or description shown to an English reader. */
    .in-chinese {
      font-weight: 400;
      font-size: 0.85em;
      color: var(--ink-soft);
    }
    .time {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
      font-size: 0.88rem;
    }
    .title {
      display: block;
      font-weight: 600;
      margin: 0.15rem 0;
    }
    .meta {
      color: var(--ink-soft);
      font-size: 0.85rem;
    }
    .badge {
      display: inline-block;
      margin-inline-end: 0.3rem;
      padding: 0 0.45rem;
      border-radius: 999px;
      font-size: 0.75rem;
      border: 1px solid var(--line);
    }
    .badge.now {
      background: var(--ok);
      border-color: var(--ok);
      color: #fff;
    }
    .badge.soon {
      background: var(--vermilion);
      border-color: var(--vermilion);
      color: #fff;
    }
    .badge.cancelled {
      background: var(--ink-soft);
      border-color: var(--ink-soft);
      color: #fff;
    }
    .badge.sample {
      border-style: dashed;
      border-color: var(--warning);
      color: #7a4500;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35rem;
      margin-top: 0.4rem;
    }
    .actions a,
    .actions button {
      display: inline-flex;
      align-items: center;
      min-height: 36px;
      padding: 0 0.65rem;
      border: 1px solid var(--line);
      border-radius: 999px;
      background: #fff;
      color: inherit;
      font-size: 0.85rem;
      text-decoration: none;
      cursor: pointer;
    }
    details {
      margin-top: 0.3rem;
      font-size: 0.88rem;
    }
    summary {
      cursor: pointer;
      min-height: 28px;
    }
    .description {
      white-space: pre-line;
      line-height: 1.5;
      overflow-wrap: anywhere;
    }
    .empty {
      color: var(--ink-soft);
    }
    .more-filters > summary {
      min-height: 40px;
      display: flex;
      align-items: center;
      font-size: 0.9rem;
      font-weight: 600;
      cursor: pointer;
    }
    .show-more {
      display: block;
      width: 100%;
      min-height: 44px;
      margin-top: 0.75rem;
      border: 1px solid var(--line);
      border-radius: 8px;
      background: #fff;
      cursor: pointer;
    }
    .views {
      display: flex;
      gap: 0.25rem;
      margin: 0.6rem 0 0;
    }
    .views button {
      flex: 1;
      min-height: 40px;
      border: 1px solid var(--line);
      border-radius: 8px;
      background: #fff;
      cursor: pointer;
    }
    .views button[aria-pressed='true'] {
      background: var(--ink);
      border-color: var(--ink);
      color: #fff;
    }
    input[type='date'] {
      font: inherit;
      min-height: 40px;
    }
    input[aria-invalid='true'] {
      border: 2px solid var(--error);
    }
    .problem {
      margin: 0 0 0.5rem;
      padding: 0.4rem 0.6rem;
      border: 1px solid var(--error);
      border-radius: 8px;
      background: var(--error-bg);
      font-size: 0.88rem;
    }
    .day-nav {
      display: flex;
      align-items: center;
      gap: 0.4rem;
      margin: 0.5rem 0;
    }
    .day-nav h3 {
      flex: 1;
      margin: 0;
      text-align: center;
    }
    .day-nav button {
      min-width: 44px;
      min-height: 44px;
      border: 1px solid var(--line);
      border-radius: 999px;
      background: #fff;
      cursor: pointer;
    }
    li.occ.selected {
      border: 2px solid var(--accent);
      box-shadow: 0 0 0 3px #f3d9d3;
    }
    .title:focus {
      outline: none;
    }
    button.venue {
      color: inherit;
      font: inherit;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      padding: 0;
      min-height: 28px;
      text-align: start;
      text-decoration: underline;
      cursor: pointer;
    }
  `,
];
