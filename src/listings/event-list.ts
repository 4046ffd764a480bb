import { LitElement, css, html, nothing } from 'lit';
import type { Lang } from '../i18n/lang.ts';
import type { Translation } from '../i18n/translations.ts';
import { sharedStyles } from '../theme/shared-styles.ts';
import { PlaceSelectEvent } from '../places/events.ts';
import { WalkAddEvent } from '../walks/events.ts';
import type { FeedEvent } from './feed.ts';
import { DAY_MS, formatLocal } from './time.ts';
import { listOccurrences, type DatePreset, type ListedOccurrence } from './filters.ts';
import type { Occurrence } from './occurrences.ts';
import { CATEGORIES, type Audience, type Category } from './schema.ts';

type When = 'today' | 'weekend' | 'week' | 'all';

/** Formats instants as Hangzhou wall-clock time, whatever the device's own zone. */
const zoned = (lang: Lang, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai', ...options });

/**
 * What's on: upcoming occurrences with date, category, price and audience filters; on-now and starting-soon
 * marks; links to each event's .ics and to its venue. All event text is rendered as text.
 *
 * @summary Event listings.
 * @fires place-select - a venue was chosen (PlaceSelectEvent, origin "list")
 * @fires walk-add - an event's venue was added to the visitor's walk (WalkAddEvent)
 */
export class EventList extends LitElement {
  static properties = {
    occurrences: { attribute: false },
    sampleOnly: { type: Boolean },
    now: { type: Number },
    lang: {},
    t: { attribute: false },
    icsBase: {},
    when: { state: true },
    category: { state: true },
    freeOnly: { state: true },
    audience: { state: true },
  };

  /** Every occurrence of the feed (ended ones are hidden here). */
  declare occurrences: readonly Occurrence[];
  /** Every event is invented demo data: say so above the list. */
  declare sampleOnly: boolean;
  /** Epoch ms to list from; the app passes the current time. */
  declare now: number;
  /** Language of the texts. */
  declare lang: Lang;
  /** UI strings. */
  declare t: Translation;
  /** Folder the per-event .ics files are served from, relative to the page. */
  declare icsBase: string;
  declare when: When;
  declare category: Category | '';
  declare freeOnly: boolean;
  declare audience: Audience | '';

  constructor() {
    super();
    this.occurrences = [];
    this.sampleOnly = false;
    this.now = Date.now();
    this.lang = 'zh';
    this.icsBase = 'data/';
    this.when = 'all';
    this.category = '';
    this.freeOnly = false;
    this.audience = '';
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .sample {
        padding: 0.5rem 0.75rem;
        border: 2px dashed #a15c00;
        border-radius: 8px;
        background: #fff4e0;
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
        background: #2e7d32;
        border-color: #2e7d32;
        color: #fff;
      }
      .badge.soon {
        background: #c2410c;
        border-color: #c2410c;
        color: #fff;
      }
      .badge.cancelled {
        background: #5d5348;
        border-color: #5d5348;
        color: #fff;
      }
      .badge.sample {
        border-style: dashed;
        border-color: #a15c00;
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
      button.venue {
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

  private preset(): DatePreset {
    if (this.when === 'week') {
      const day = (ms: number) => formatLocal(ms).slice(0, 10);
      return { kind: 'range', from: day(this.now), to: day(this.now + 6 * DAY_MS) };
    }
    return { kind: this.when } as DatePreset;
  }

  private listed(): ListedOccurrence[] {
    return listOccurrences(
      this.occurrences,
      {
        when: this.preset(),
        categories: this.category ? [this.category] : undefined,
        freeOnly: this.freeOnly,
        suitableFor: this.audience || undefined,
      },
      this.now,
    );
  }

  private text(e: FeedEvent, field: 'title' | 'description' | 'accessibility') {
    const own = e[`${field}_${this.lang}` as keyof FeedEvent] as string | undefined;
    const other = e[`${field}_${this.lang === 'zh' ? 'en' : 'zh'}` as keyof FeedEvent] as string | undefined;
    return own ?? other ?? '';
  }

  private occurrence(o: ListedOccurrence) {
    const t = this.t;
    const e = o.event as FeedEvent;
    const time = zoned(this.lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const date = zoned(this.lang, { month: 'short', day: 'numeric' });
    const place = e.place;
    return html`<li class="occ ${o.cancelled ? 'cancelled' : ''}" data-occurrence=${o.key}>
      <span class="time"
        >${o.long ? t.until(date.format(o.end)) : `${time.format(o.start)}–${time.format(o.end)}`}</span
      >
      ${o.onNow ? html`<span class="badge now">${t.onNow}</span>` : nothing}
      ${o.running ? html`<span class="badge now">${t.running}</span>` : nothing}
      ${o.startingSoon ? html`<span class="badge soon">${t.startingSoon}</span>` : nothing}
      ${o.cancelled ? html`<span class="badge cancelled">${t.cancelled}</span>` : nothing}
      ${e.status === 'postponed' ? html`<span class="badge cancelled">${t.postponed}</span>` : nothing}
      ${e.sample ? html`<span class="badge sample">${t.sample}</span>` : nothing}
      <span class="title">${this.text(e, 'title')}</span>
      <span class="meta">
        ${t.categories[e.category]} ·
        ${e.free ? t.free : e.price_cny !== undefined ? t.price(e.price_cny) : ''}
        ${e.route ? html` · ${t.roaming}` : nothing}
      </span>
      ${
        place
          ? html`<div class="meta">
              <button
                class="venue"
                @click=${() => e.venue && this.dispatchEvent(new PlaceSelectEvent(e.venue, 'list'))}
              >
                ${this.lang === 'zh' ? place.name_zh : place.name_en}
              </button>
            </div>`
          : nothing
      }
      <details>
        <summary>${t.more}</summary>
        <p class="description">${this.text(e, 'description')}</p>
        ${
          e.organizer
            ? html`<p class="meta">
                ${t.organizer}: ${this.lang === 'zh' ? e.organizer.name_zh : e.organizer.name_en}
              </p>`
            : nothing
        }
        ${e.languages?.length ? html`<p class="meta">${t.languagesLabel}: ${e.languages.join(', ')}</p>` : nothing}
        ${this.text(e, 'accessibility') ? html`<p class="meta">${t.access}: ${this.text(e, 'accessibility')}</p>` : nothing}
      </details>
      <div class="actions">
        <a href=${`${this.icsBase}${e.ics}`} download=${`${e.id}.ics`}>${t.addToCalendar}</a>
        ${
          e.venue
            ? html`<button @click=${() => this.dispatchEvent(new WalkAddEvent(e.venue!))}>
                + ${t.addToWalk}
              </button>`
            : nothing
        }
      </div>
    </li>`;
  }

  render() {
    const t = this.t;
    const listed = this.listed();
    const day = zoned(this.lang, { weekday: 'short', month: 'long', day: 'numeric' });
    const groups = new Map<string, ListedOccurrence[]>();
    for (const o of listed) {
      const key = day.format(Math.max(o.start, this.now));
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(o);
    }
    return html`
      ${this.sampleOnly ? html`<p class="sample" role="note">${t.sampleNotice}</p>` : nothing}
      <div class="filters">
        <label
          >${t.when}
          <select @change=${(e: Event) => (this.when = (e.target as HTMLSelectElement).value as When)}>
            ${(['today', 'weekend', 'week', 'all'] as const).map(
              (w) => html`<option value=${w} ?selected=${w === this.when}>${t.whenPresets[w]}</option>`,
            )}
          </select>
        </label>
        <label
          >${t.category}
          <select
            @change=${(e: Event) => (this.category = (e.target as HTMLSelectElement).value as Category | '')}
          >
            <option value="">${t.allCategories}</option>
            ${CATEGORIES.map(
              (c) => html`<option value=${c} ?selected=${c === this.category}>${t.categories[c]}</option>`,
            )}
          </select>
        </label>
        <label
          >${t.audience}
          <select
            @change=${(e: Event) => (this.audience = (e.target as HTMLSelectElement).value as Audience | '')}
          >
            <option value="">${t.anyAudience}</option>
            <option value="family" ?selected=${this.audience === 'family'}>${t.audiences.family}</option>
            <option value="school" ?selected=${this.audience === 'school'}>${t.audiences.school}</option>
          </select>
        </label>
        <label class="check">
          <input
            type="checkbox"
            .checked=${this.freeOnly}
            @change=${(e: Event) => (this.freeOnly = (e.target as HTMLInputElement).checked)}
          />
          ${t.freeOnly}
        </label>
      </div>
      ${
        listed.length
          ? [...groups].map(
              ([d, items]) =>
                html`<h3>${d}</h3>
                  <ul>
                    ${items.map((o) => this.occurrence(o))}
                  </ul>`,
            )
          : html`<p class="empty">${t.noEvents}</p>`
      }
    `;
  }
}

customElements.define('event-list', EventList);

declare global {
  interface HTMLElementTagNameMap {
    'event-list': EventList;
  }
}
