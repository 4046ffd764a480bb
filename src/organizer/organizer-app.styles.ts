/** The styles of <organizer-app> (its template is organizer-app.ts). */
import { css } from 'lit';
import { sharedStyles } from '../theme/shared-styles.ts';

export const organizerAppStyles = [
  sharedStyles,
  css`
    :host {
      display: block;
      min-height: 100vh;
      background: var(--paper);
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4rem 0.75rem;
      padding: 0.5rem 0.75rem;
      background: var(--ink);
      color: var(--halo);
    }
    h1 {
      margin: 0;
      font-size: 1.05rem;
    }
    header a {
      color: var(--halo);
    }
    .spacer {
      flex: 1;
    }
    header button {
      min-height: 44px;
      min-width: 44px;
      padding: 0 0.9rem;
      border: 1px solid var(--halo);
      border-radius: 999px;
      background: transparent;
      color: var(--halo);
      cursor: pointer;
    }
    .who {
      font-size: 0.85rem;
    }
    nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      padding: 0.5rem 0.75rem;
      border-bottom: 1px solid var(--line);
      background: var(--card);
    }
    nav button {
      min-height: 44px;
      padding: 0 1rem;
      border: 1px solid var(--line);
      border-radius: 999px;
      background: #fff;
      cursor: pointer;
    }
    nav button[aria-current='page'] {
      background: var(--accent);
      border-color: var(--accent);
      color: #fff;
      font-weight: 600;
    }
    main {
      padding: 0.75rem;
      max-width: 80rem;
      margin: 0 auto;
    }
    h2 {
      margin: 0.2rem 0 0.8rem;
      font-size: 1.2rem;
    }
    .error,
    .notice {
      margin: 0 0 0.8rem;
      padding: 0.5rem 0.75rem;
      border-radius: 8px;
    }
    .error {
      border: 2px solid var(--error);
      background: var(--error-bg);
    }
    .notice {
      border: 2px solid var(--ok);
      background: var(--ok-bg);
    }
    .cancel {
      min-height: 40px;
      margin-bottom: 0.6rem;
      padding: 0 0.9rem;
      border: 1px solid var(--line);
      border-radius: 999px;
      background: #fff;
      cursor: pointer;
    }
  `,
];
