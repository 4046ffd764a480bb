import { LitElement, css, html, nothing } from 'lit';
import type { Translation } from '../../i18n/translations.ts';
import { sharedStyles } from '../../theme/shared-styles.ts';
import type { SubscribeLink, SubscribeLinks } from '../subscribe.ts';

/**
 * Links that subscribe a calendar app to What's on: the whole calendar and, when What's on is filtered by
 * area or category and the events service can cut the calendar, the filtered one. Each as a `webcal:` link
 * (opens the device's calendar app) and as the https address to paste into apps that ask for one.
 *
 * @summary Calendar subscription links.
 */
export class CalendarSubscribe extends LitElement {
  static properties = {
    links: { attribute: false },
    filterLabel: {},
    t: { attribute: false },
  };

  /** The links to offer (listings/subscribe.ts); nothing is shown without them. */
  declare links: SubscribeLinks | undefined;
  /** What the filtered link holds, in words ("清河坊 · 演出"). */
  declare filterLabel: string;
  declare t: Translation;

  constructor() {
    super();
    this.filterLabel = '';
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        margin: 1.25rem 0 0;
        font-size: 0.92rem;
      }
      h3 {
        margin: 0 0 0.25rem;
        font-size: 1rem;
      }
      p {
        margin: 0 0 0.5rem;
        color: var(--ink-soft);
      }
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li + li {
        margin-top: 0.5rem;
      }
      .name {
        display: block;
        font-weight: 600;
      }
      a {
        display: inline-block;
        min-height: 44px;
        line-height: 44px;
        margin-right: 1rem;
      }
    `,
  ];

  private item(name: string, link: SubscribeLink) {
    const t = this.t;
    return html`<li>
      <span class="name">${name}</span>
      <a href=${link.webcal}>${t.subscribeInApp}</a>
      <a href=${link.https} rel="nofollow">${t.subscribeHttps}</a>
    </li>`;
  }

  render() {
    const links = this.links;
    if (!links) return nothing;
    const t = this.t;
    return html`<section aria-labelledby="title">
      <h3 id="title">${t.subscribeTitle}</h3>
      <p>${t.subscribeHint}</p>
      <ul>
        ${this.item(t.subscribeAll, links.all)}
        ${links.filtered ? this.item(t.subscribeFiltered(this.filterLabel), links.filtered) : nothing}
      </ul>
    </section>`;
  }
}

customElements.define('calendar-subscribe', CalendarSubscribe);

declare global {
  interface HTMLElementTagNameMap {
    'calendar-subscribe': CalendarSubscribe;
  }
}
