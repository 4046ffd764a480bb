import type { Occurrence } from '../../listings/occurrences.ts';
import { OccurrenceSelectEvent } from '../../events/listings.ts';
import { zoned } from '../../i18n/zoned.ts';
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { DatedEvent, PlaceFeature } from '../../data/schema.ts';
import { erasForYear } from '../../history/era.ts';
import { isZh, HTML_LANG, type Lang } from '../../i18n/lang.ts';
import type { Translation } from '../../i18n/translations.ts';
import { sharedStyles } from '../../theme/shared-styles.ts';
import { PlaceSelectEvent } from '../../events/places.ts';
import { WalkAddEvent } from '../../events/walks.ts';
import { placeText } from '../place-text.ts';
import { citation } from '../citation.ts';
import { hoursSpec } from '../../hours/hours-spec.ts';
import type { HoursModel } from '../../hours/hours-model.ts';
import { openNowText } from '../open-now-text.ts';
import { eventTitle } from '../../listings/event-text.ts';

/**
 * Everything known about one place: both names, what it is and why it matters, its dates in both calendars,
 * practical facts, and where each fact and the position came from. All data is rendered as text.
 *
 * @summary Card for one place.
 * @fires place-select - with id undefined when the card is closed (PlaceSelectEvent, origin "card")
 * @csspart header - the card's title block
 */
export class PlaceCard extends LitElement {
  static properties = {
    place: { attribute: false },
    lang: {},
    t: { attribute: false },
    inWalk: { type: Boolean },
    events: { attribute: false },
    now: { type: Number },
    hours: { attribute: false },
  };

  /** The hours model, once the shell has loaded it (hours-model.ts); until then "open now" is not told. */
  declare hours: HoursModel | undefined;

  /** The instant "open now" is told for (epoch ms, from the shell's clock); undefined: not told. */
  declare now: number | undefined;

  /** Upcoming occurrences at this place, soonest first (undefined: the event feed is not loaded yet). */
  declare events: readonly Occurrence[] | undefined;

  /** The place is already a stop of the visitor's walk. */
  declare inWalk: boolean;
  /** The place to show. */
  declare place: PlaceFeature | undefined;
  /** Language of the texts. */
  declare lang: Lang;
  /** UI strings. */
  declare t: Translation;

  constructor() {
    super();
    this.lang = 'zh';
    this.inWalk = false;
  }

  static styles = [
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
      .area {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        font-size: 0.85rem;
        color: var(--ink-soft);
        margin: 0;
      }
      h2 {
        margin: 0.15rem 0 0;
        font-size: 1.35rem;
        line-height: 1.25;
      }
      .other-name {
        margin: 0;
        color: var(--ink-soft);
      }
      .close {
        grid-row: 1 / span 3;
        grid-column: 2;
        min-width: 44px;
        min-height: 44px;
        border: 1px solid var(--line);
        border-radius: 50%;
        background: var(--card);
        cursor: pointer;
        font-size: 1.2rem;
        line-height: 1;
      }
      .badges {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        margin: 0.6rem 0 0;
        padding: 0;
        list-style: none;
      }
      .badge {
        display: inline-flex;
        align-items: center;
        gap: 0.35rem;
        padding: 0.15rem 0.55rem;
        border-radius: 999px;
        border: 1px solid var(--line);
        font-size: 0.8rem;
      }
      .badge.low {
        border-color: var(--warning);
        background: var(--warning-bg);
      }
      .dot {
        width: 0.7em;
        height: 0.7em;
        border-radius: 50%;
        border: 2px solid currentColor;
      }
      .dot.filled {
        background: currentColor;
      }
      .beneath {
        padding: 0.5rem 0.75rem;
        border-inline-start: 4px solid #5b3a1a;
        background: #f1e7d6;
        font-size: 0.92rem;
      }
      .summary {
        white-space: pre-line;
        line-height: 1.6;
      }
      .notice {
        padding: 0.5rem 0.75rem;
        border-inline-start: 4px solid var(--warning);
        background: var(--warning-bg);
        font-size: 0.9rem;
      }
      dl {
        display: grid;
        grid-template-columns: minmax(5.5rem, max-content) 1fr;
        gap: 0.4rem 0.75rem;
        margin: 0.75rem 0;
        font-size: 0.92rem;
      }
      dt {
        color: var(--ink-soft);
      }
      dd {
        margin: 0;
      }
      dd.text {
        white-space: pre-line;
      }
      .now {
        display: block;
        font-weight: 600;
      }
      .hours-text {
        display: block;
        white-space: pre-line;
        margin-top: 0.2rem;
      }
      ol.timeline {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      ol.timeline li + li {
        margin-top: 0.3rem;
      }
      .year {
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      .era {
        color: var(--ink-soft);
      }
      h3 {
        font-size: 0.95rem;
        margin: 1rem 0 0.3rem;
      }
      .events ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.3rem;
      }
      .events button.event {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.5rem;
        width: 100%;
        min-height: 44px;
        padding: 0.3rem 0.6rem;
        border: 1px solid var(--line);
        border-radius: 8px;
        background: #fff;
        text-align: start;
        cursor: pointer;
      }
      .events .when {
        font-variant-numeric: tabular-nums;
        font-weight: 600;
      }
      .events .none {
        color: var(--ink-soft);
        margin: 0;
      }
      .events .cancelled {
        text-decoration: line-through;
      }
      figure.plan {
        margin: 0.75rem 0;
      }
      figure.plan img {
        display: block;
        width: 100%;
        max-width: 320px;
        height: auto;
        aspect-ratio: 4 / 3;
        border: 1px solid var(--line, #d8d0c0);
        border-radius: 4px;
      }
      figure.plan figcaption {
        font-size: 0.8rem;
        margin-top: 0.25rem;
      }
      figure.plan .credit {
        display: block;
        opacity: 0.85;
      }
      .sources {
        margin: 0;
        padding-inline-start: 1.2rem;
        font-size: 0.85rem;
        overflow-wrap: anywhere;
      }
      .position,
      .how {
        font-size: 0.85rem;
        color: var(--ink-soft);
      }
      .how summary {
        cursor: pointer;
        padding: 0.7rem 0;
      }
      @media print {
        .how {
          display: none;
        }
      }
      a {
        color: var(--focus);
      }
      .add {
        min-height: 44px;
        margin-top: 0.6rem;
        padding: 0 1rem;
        border: 1px solid var(--vermilion);
        border-radius: 999px;
        background: #fff;
        color: #9a330a;
        font-weight: 600;
        cursor: pointer;
      }
      .add[disabled] {
        border-color: var(--line);
        color: var(--ink-soft);
        cursor: default;
      }
    `,
  ];

  private close() {
    this.dispatchEvent(new PlaceSelectEvent(undefined, 'card'));
  }

  /** Moves keyboard focus to the card's title, so a screen reader starts reading the new place. */
  focusTitle(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  /** The era name(s) of a year in brackets; empty after the Qing, where the era table ends. */
  private eraText(year: number, given?: string): string {
    const eras = given ? [given] : erasForYear(year);
    return eras.length ? `（${eras.join(' / ')}）` : '';
  }

  private span(from: number | undefined, to: number | undefined): TemplateResult | typeof nothing {
    if (from === undefined) return nothing;
    return html`<dt>${this.t.existed}</dt>
      <dd>
        <span class="year">${from}</span><span class="era" lang="zh-Hans">${this.eraText(from)}</span> –
        ${
          to === undefined
            ? this.t.toToday
            : html`<span class="year">${to}</span><span class="era" lang="zh-Hans">${this.eraText(to)}</span>`
        }
      </dd>`;
  }

  private dateLine(d: DatedEvent): TemplateResult {
    const era = this.eraText(d.year, d.era_zh);
    return html`<li>
      <span class="year">${d.year}</span>
      ${era ? html`<span class="era" lang="zh-Hans">${era}</span>` : nothing}
      <span>${isZh(this.lang) ? d.event_zh : d.event_en}</span>
    </li>`;
  }

  private renderEvents() {
    const events = this.events;
    if (!events) return nothing;
    const t = this.t;
    const when = zoned(this.lang, {
      month: 'short',
      day: 'numeric',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    return html`<section class="events" aria-labelledby="events-here">
      <h3 id="events-here">${t.eventsHere}</h3>
      ${
        events.length
          ? html`<ul>
              ${events.map(
                (o) =>
                  html`<li>
                    <button
                      class="event"
                      data-occurrence=${o.key}
                      @click=${() => this.dispatchEvent(new OccurrenceSelectEvent(o.key, 'card'))}
                    >
                      <span class="when">${when.format(o.start)}</span>
                      <span class=${o.cancelled ? 'cancelled' : ''}>${eventTitle(o.event, this.lang)}</span>
                      ${o.cancelled ? html`<span class="visually-hidden">${t.cancelled}</span>` : nothing}
                    </button>
                  </li>`,
              )}
            </ul>`
          : html`<p class="none">${t.eventsHereNone}</p>`
      }
    </section>`;
  }

  /** The site plan drawn for this project, with what it was drawn from and its licence. */
  private renderPlan() {
    const p = this.place?.properties;
    if (!p?.plan) return nothing;
    const t = this.t;
    // Publishers only: a title can be long; the full citations follow under "Sources".
    const publishers = p.sources.flatMap((s) => (s.publisher ? [s.publisher] : [])).slice(0, 2);
    const position = publishers.length ? publishers.join(isZh(this.lang) ? '、' : ', ') : t.planSourcesBelow;
    return html`<figure class="plan">
      <img
        src=${p.plan}
        width="320"
        height="240"
        loading="lazy"
        decoding="async"
        alt=${t.planAlt(placeText(p, 'name', this.lang) ?? p.name_en)}
      />
      <figcaption>${t.planCaption(position)} <span class="credit">${t.planCredit}</span></figcaption>
    </figure>`;
  }

  /** The hours as written, led by whether the place is open at `now` (only where the data has structured hours). */
  private hoursRow() {
    const p = this.place!.properties;
    const text = placeText(p, 'hours', this.lang);
    const now =
      this.now === undefined || !this.hours
        ? undefined
        : openNowText(this.hours.openNow(hoursSpec(p), this.now), this.t);
    if (!text && !now) return nothing;
    return html`<dt>${this.t.hours}</dt>
      <dd>
        ${now ? html`<strong class="now ${now.open ? 'open' : 'closed'}">${now.text}</strong>` : nothing}
        ${now?.caveat ? html`<span class="hours-text">${now.caveat}</span>` : nothing}
        ${text ? html`<span class="hours-text">${text}</span>` : nothing}
      </dd>`;
  }

  render() {
    const f = this.place;
    if (!f) return nothing;
    const p = f.properties;
    const t = this.t;
    const lang = this.lang;
    const other: Lang = isZh(lang) ? 'en' : 'zh';
    const row = (label: string, value: string | undefined) =>
      value
        ? html`<dt>${label}</dt>
            <dd class="text">${value}</dd>`
        : nothing;
    const low = p.confidence === 'low';
    const how = placeText(p, 'how', lang);
    return html`
      <article aria-labelledby="title">
        <header part="header">
          <p class="area">
            <span class="swatch area-${p.area}" aria-hidden="true"></span>
            ${t.areaNames[p.area]} · ${t.kinds[p.kind]}
          </p>
          <h2 id="title" tabindex="-1">${placeText(p, 'name', lang)}</h2>
          <p class="other-name" lang=${HTML_LANG[other]}>${p[`name_${other}`]}</p>
          <button class="close" aria-label=${t.close} title=${t.close} @click=${this.close}>×</button>
        </header>
        <ul class="badges">
          <li class="badge ${p.confidence}" title=${t.confidenceHelp[p.confidence]}>
            <span class="dot ${low ? '' : 'filled'}" aria-hidden="true"></span>
            ${t.confidenceLabel}: ${t.confidence[p.confidence]} — ${t.confidenceHelp[p.confidence]}
          </li>
        </ul>
        <button
          class="add"
          ?disabled=${this.inWalk}
          @click=${() => this.dispatchEvent(new WalkAddEvent(p.id))}
        >
          ${this.inWalk ? `✓ ${t.inWalk}` : `+ ${t.addToWalk}`}
        </button>
        ${this.renderEvents()} ${p.reconstruction ? html`<p class="notice">${t.reconstruction}</p>` : nothing}
        ${
          placeText(p, 'beneath', lang)
            ? html`<p class="beneath"><strong>${t.beneath}:</strong> ${placeText(p, 'beneath', lang)}</p>`
            : nothing
        }
        ${placeText(p, 'summary', lang) ? html`<p class="summary">${placeText(p, 'summary', lang)}</p>` : nothing}
        <dl>
          ${row(t.period, placeText(p, 'period', lang))} ${this.span(p.from, p.to)}
          ${
            p.dates?.length
              ? html`<dt>${t.timeline}</dt>
                  <dd>
                    <ol class="timeline">
                      ${p.dates.map((d) => this.dateLine(d))}
                    </ol>
                  </dd>`
              : nothing
          }
          ${row(t.address, placeText(p, 'address', lang))} ${this.hoursRow()}
          ${row(t.booking, placeText(p, 'booking', lang))} ${row(t.tickets, placeText(p, 'tickets', lang))}
          ${row(t.access, placeText(p, 'access', lang))}
        </dl>
        ${
          placeText(p, 'note', lang)
            ? html`<p class="notice"><strong>${t.note}:</strong> ${placeText(p, 'note', lang)}</p>`
            : nothing
        }
        ${this.renderPlan()}
        <h3>${t.position}</h3>
        <p class="position">${placeText(p, 'position', lang) ?? t.method[p.geometry_method]}</p>
        ${
          how
            ? html`<details class="how">
                <summary>${t.howWeKnow}</summary>
                <p>${how}</p>
              </details>`
            : nothing
        }
        <h3>${t.sources}</h3>
        <ol class="sources">
          ${p.sources.map(
            (s) =>
              html`<li>
                ${
                  s.url
                    ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${citation(s)}</a>`
                    : citation(s)
                }
              </li>`,
          )}
        </ol>
      </article>
    `;
  }
}

customElements.define('place-card', PlaceCard);

declare global {
  interface HTMLElementTagNameMap {
    'place-card': PlaceCard;
  }
}
