/** The styles of <song-app> (its template is song-app.ts). */
import { css } from 'lit';
import { sharedStyles } from '../theme/shared-styles.ts';

export const songAppStyles = [
  sharedStyles,
  css`
    :host {
      position: fixed;
      inset: 0;
      display: grid;
      grid-template-rows: auto 1fr;
      background: var(--paper);
    }
    :host([trip]) {
      overflow-y: auto;
      align-content: start;
      grid-template-rows: auto auto;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4rem 0.75rem;
      padding: 0.4rem 0.75rem;
      background: var(--ink);
      color: var(--halo);
      z-index: 2;
    }
    h1 {
      margin: 0;
      font-size: 1.1rem;
      line-height: 1.2;
    }
    h1 small {
      display: block;
      font-size: 0.75rem;
      font-weight: normal;
      opacity: 0.85;
    }
    .offline,
    .update {
      padding: 0.15rem 0.6rem;
      border-radius: 999px;
      background: var(--warning-bg);
      color: var(--ink);
      font-size: 0.8rem;
      font-weight: 600;
    }
    .update button {
      margin-inline-start: 0.3rem;
      min-height: 32px;
    }
    search-box {
      flex: 0 1 26rem;
      margin-inline-start: auto;
    }
    .lang,
    .script,
    .trip-open {
      min-height: 44px;
      min-width: 44px;
      padding: 0 0.9rem;
      border: 1px solid var(--halo);
      border-radius: 999px;
      background: transparent;
      color: var(--halo);
      cursor: pointer;
    }
    main {
      position: relative;
      display: grid;
      grid-template-columns: minmax(320px, 400px) 1fr;
      min-height: 0;
    }
    .map-pane {
      grid-column: 2;
      grid-row: 1;
      position: relative;
      min-height: 0;
    }
    start-here.start {
      position: absolute;
      top: 0.6rem;
      left: 0.6rem;
      width: min(27rem, calc(100% - 4.2rem));
      max-height: calc(100% - 1.2rem);
      overflow: auto;
      box-sizing: border-box;
      z-index: 3;
    }
    /* Where no map can be drawn the choices head the list instead of floating over the map. */
    start-here.start.inline {
      position: static;
      width: auto;
      max-height: none;
      margin: 0 0 1rem;
    }
    .walk-note:not(.on) {
      margin: 0;
    }
    .walk-note {
      margin: 0.4rem 0;
      font-size: 0.9rem;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .walk-note button {
      min-height: 40px;
      padding: 0 0.8rem;
      border: 1px solid var(--accent);
      border-radius: 999px;
      background: var(--card);
      cursor: pointer;
    }
    heritage-map {
      position: absolute;
      inset: 0;
    }
    aside {
      grid-column: 1;
      grid-row: 1;
      overflow: auto;
      padding: 0.75rem 1rem 1.5rem;
      background: var(--card);
      border-inline-end: 1px solid var(--line);
    }
    .sheet-toggle {
      display: none;
    }
    .status {
      position: absolute;
      top: 0.75rem;
      left: 50%;
      transform: translateX(-50%);
      z-index: 1;
      max-width: min(90%, 28rem);
      padding: 0.5rem 0.9rem;
      border-radius: 8px;
      background: var(--ink);
      color: var(--halo);
      font-size: 0.9rem;
    }
    .problem {
      position: static;
      transform: none;
      margin: 0 0 0.75rem;
      max-width: none;
      background: var(--warning-bg);
      color: var(--ink);
      border: 1px solid var(--warning);
    }
    .problem button {
      margin-inline-start: 0.5rem;
      min-height: 36px;
    }
    details.about {
      margin: 1rem 0;
      font-size: 0.85rem;
      color: var(--ink-soft);
    }
    details.about summary {
      min-height: 44px;
      display: flex;
      align-items: center;
      cursor: pointer;
    }
    layer-panel {
      margin-bottom: 1rem;
    }
    .map-count {
      display: flex;
      align-items: center;
      gap: 0.4rem;
      margin: 0.5rem 0 0;
      font-size: 0.85rem;
      color: var(--ink-soft);
    }
    .event-swatch {
      background: var(--later);
      box-shadow:
        0 0 0 2px var(--halo),
        0 0 0 3px var(--later);
    }
    .organizers {
      margin: 1.25rem 0 0;
      font-size: 0.88rem;
    }
    .event-message:empty {
      margin: 0;
    }
    .event-message {
      margin: 0.4rem 0 0;
      font-size: 0.88rem;
      font-weight: 600;
    }
    .tabs {
      display: grid;
      grid-template-columns: 1fr 1fr 1fr;
      gap: 0.35rem;
      margin-bottom: 0.75rem;
    }
    .tabs button {
      min-height: 44px;
      border: 1px solid var(--line);
      border-radius: 8px;
      background: var(--card);
      font-weight: 600;
      cursor: pointer;
    }
    .tabs button[aria-pressed='true'] {
      background: var(--ink);
      border-color: var(--ink);
      color: var(--halo);
    }
    .print-map {
      display: none;
    }
    @media print {
      :host {
        position: static;
        display: block;
      }
      header,
      .map-pane,
      .walk-note,
      .tabs,
      .sheet-toggle,
      .status {
        display: none !important;
      }
      main {
        display: block;
      }
      aside {
        max-height: none !important;
        overflow: visible !important;
        border: 0;
        box-shadow: none;
        padding: 0;
      }
      .print-map {
        display: block;
        width: 100%;
        max-height: 32vh;
        object-fit: contain;
        margin-bottom: 0.5rem;
      }
    }
    details.time {
      position: absolute;
      top: 0.6rem;
      left: 0.6rem;
      z-index: 1;
      width: min(22rem, calc(100% - 4.5rem));
      box-sizing: border-box;
      padding: 0.2rem 0.75rem 0.5rem;
      border: 1px solid var(--line);
      border-radius: 10px;
      background: rgb(255 253 248 / 0.95);
      box-shadow: 0 2px 8px rgb(0 0 0 / 0.12);
    }
    details.time summary {
      min-height: 36px;
      display: flex;
      align-items: center;
      font-weight: 600;
      cursor: pointer;
    }
    details.time:not([open]) {
      width: auto;
    }
    h2.places {
      font-size: 1rem;
      margin: 0 0 0.5rem;
    }
    .back {
      min-height: 44px;
      margin: 0 0 0.5rem;
      padding: 0 0.75rem;
      border: 1px solid var(--line);
      border-radius: 999px;
      background: var(--card);
      cursor: pointer;
    }
    :host([no-map]) main {
      grid-template-columns: 1fr;
    }
    :host([no-map]) .map-pane {
      display: none;
    }
    @media (max-width: 859px) {
      search-box {
        order: 3;
        flex: 1 1 100%;
      }
      .lang,
      .script,
      .trip-open {
        margin-inline-start: auto;
      }
      .trip-open + .script,
      .script + .lang {
        margin-inline-start: 0;
      }
      /* Three header buttons beside the title on a 390 px phone: narrower pills, closer together. */
      header {
        column-gap: 0.5rem;
      }
      .lang,
      .script,
      .trip-open {
        padding: 0 0.6rem;
      }
      main {
        grid-template-columns: 1fr;
        grid-template-rows: 1fr auto;
      }
      .map-pane {
        grid-column: 1;
        grid-row: 1;
      }
      aside {
        grid-column: 1;
        grid-row: 2;
        max-height: 48px;
        overflow: hidden;
        border: 0;
        border-top: 1px solid var(--line);
        box-shadow: 0 -4px 16px rgb(0 0 0 / 0.12);
        padding-top: 0;
      }
      aside.open {
        max-height: 55vh;
        overflow: auto;
      }
      .sheet-toggle {
        display: flex;
        justify-content: center;
        align-items: center;
        gap: 0.5rem;
        position: sticky;
        top: 0;
        width: calc(100% + 2rem);
        margin: 0 -1rem 0.5rem;
        min-height: 48px;
        border: 0;
        background: var(--card);
        cursor: pointer;
        font-weight: 600;
        z-index: 1;
      }
      :host([no-map]) main {
        grid-template-rows: 1fr;
      }
      :host([no-map]) aside {
        grid-row: 1;
        max-height: none;
        overflow: auto;
        box-shadow: none;
      }
      :host([no-map]) .sheet-toggle {
        display: none;
      }
    }
  `,
];
