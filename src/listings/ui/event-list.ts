/**
 * Over 500 lines on purpose: What's on is one element (filters, list, calendar switch, event details) whose
 * parts share the listed occurrences; filtering is filters.ts, the calendar <event-calendar>, the styles
 * event-list.styles.ts.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { AreaId } from '../../data/areas.ts';
import { isZh, otherTextLang, textLang, type Lang } from '../../i18n/lang.ts';
import type { Translation } from '../../i18n/translations.ts';
import { PlaceSelectEvent } from '../../events/places.ts';
import { WalkAddEvent } from '../../events/walks.ts';
import type { FeedEvent } from '../feed.ts';
import type { FeedSource } from '../feed-store.ts';
import { systemClock } from '../../data/clock.ts';
import { listOccurrences, type DatePreset, type ListedOccurrence } from '../filters.ts';
import type { Occurrence } from '../occurrences.ts';
import { CATEGORIES, type Audience, type Category } from '../schema.ts';
import { DEFAULT_QUERY, type ListingQuery, type When } from '../listing-query.ts';
import {
  CALENDAR_VIEWS,
  addDays,
  byDay,
  dateOf,
  dayStart,
  isDate,
  shiftAnchor,
  today,
  viewDates,
  type CalendarView,
} from '../calendar.ts';
import {
  CalendarNavigateEvent,
  FeedRangeEvent,
  ListingChangeEvent,
  ListingQueryEvent,
  OccurrenceSelectEvent,
  OccurrenceShareEvent,
} from '../../events/listings.ts';
import './event-calendar.ts';
import { zoned } from '../../i18n/zoned.ts';
import { eventListStyles } from './event-list.styles.ts';
import { languageName } from '../language-names.ts';
import { eventText, eventTitle, IN_CHINESE } from '../event-text.ts';

/** How many occurrences the list shows before "show more"; a weekly show alone has 25 a season. */
export const PAGE_SIZE = 40;

/**
 * What's on: upcoming occurrences as a list or a day, week or month calendar, with date, area, category,
 * price, audience and language filters; on-now and starting-soon marks; links to each event's .ics, its
 * venue, the visitor's walk and a share link. All event text is rendered as text.
 *
 * @summary Event listings and calendar.
 * @fires place-select - a venue was chosen (PlaceSelectEvent, origin "list")
 * @fires walk-add - an event's venue and start were handed to the visitor's walk (WalkAddEvent)
 * @fires occurrence-select - an occurrence was chosen (OccurrenceSelectEvent)
 * @fires occurrence-share - the visitor asked for a link to an occurrence (OccurrenceShareEvent)
 * @fires listing-change - the occurrences shown changed; the map draws the same (ListingChangeEvent)
 * @fires listing-query - the visitor changed the view or a filter (ListingQueryEvent)
 */
export class EventList extends LitElement {
  static properties = {
    occurrences: { attribute: false },
    sampleOnly: { type: Boolean },
    offlineCopy: { attribute: false },
    now: { type: Number },
    lang: {},
    t: { attribute: false },
    icsBase: {},
    selectedKey: {},
    hasCard: { attribute: false },
    query: { attribute: false },
    view: { state: true },
    anchor: { state: true },
    when: { state: true },
    rangeFrom: { state: true },
    rangeTo: { state: true },
    category: { state: true },
    area: { state: true },
    freeOnly: { state: true },
    audience: { state: true },
    language: { state: true },
    filtersOpen: { state: true },
    limit: { state: true },
    through: {},
    loadingMore: { type: Boolean },
  };

  /** Every occurrence of the feed (ended ones are hidden here). */
  declare occurrences: readonly Occurrence[];
  /** Every event is invented demo data: say so above the list. */
  declare sampleOnly: boolean;
  /**
   * Offline, the app shows the copy of the feed kept on the device: where it came from and when it was
   * fetched (epoch ms), said above the list. Undefined online.
   */
  declare offlineCopy: { source: FeedSource; fetchedAt: number } | undefined;
  /** Epoch ms to list from; the app passes the time of its clock. */
  declare now: number;
  /** Language of the texts. */
  declare lang: Lang;
  /** UI strings. */
  declare t: Translation;
  /** Folder the per-event .ics files are served from, relative to the page. */
  declare icsBase: string;
  /** Key of the occurrence chosen elsewhere (map, card, link): shown, opened and scrolled to. */
  declare selectedKey: string | undefined;
  /**
   * Whether a venue is a place with a card (and so can be opened and walked to). Venues an admin added on
   * the events service (a stage, a bookshop) have none: their name shows as text. Undefined: every venue has.
   */
  declare hasCard: ((venue: string) => boolean) | undefined;
  /**
   * The last day (`YYYY-MM-DD`) the occurrences cover when the feed is held a window at a time; undefined
   * when they cover everything. The list sends FeedRangeEvent for days it shows beyond it.
   */
  declare through: string | undefined;
  /** A later window is on its way: said at the end of the list. */
  declare loadingMore: boolean;
  /** The view and filters as the app keeps them (from the URL); the list sends ListingQueryEvent on change. */
  declare query: ListingQuery | undefined;
  declare view: CalendarView;
  /** The date (Hangzhou) the day, week and month views show. */
  declare anchor: string;
  declare when: When;
  declare rangeFrom: string;
  declare rangeTo: string;
  declare category: Category | '';
  declare area: AreaId | '';
  declare freeOnly: boolean;
  declare audience: Audience | '';
  declare language: string;
  /** The category, area, audience, language and price filters are folded away on a phone. */
  declare filtersOpen: boolean;
  /** How many occurrences the list view shows; grows by PAGE_SIZE, back to it when filters change. */
  declare limit: number;

  /** What the last render showed, for listing-change. */
  private shown: ListedOccurrence[] = [];
  private shownSignature = '';

  constructor() {
    super();
    this.occurrences = [];
    this.sampleOnly = false;
    this.now = systemClock();
    this.lang = 'zh';
    this.icsBase = 'data/';
    this.view = 'list';
    this.anchor = today(this.now);
    this.when = 'all';
    this.rangeFrom = this.anchor;
    this.rangeTo = addDays(this.anchor, 6);
    this.category = '';
    this.area = '';
    this.freeOnly = false;
    this.audience = '';
    this.language = '';
    this.filtersOpen = !matchMedia('(max-width: 859px)').matches;
    this.limit = PAGE_SIZE;
  }

  static styles = eventListStyles;

  /** The end of a range before its start: shown as one day, with a message, and the typed dates kept. */
  private rangeInvalid(): boolean {
    return isDate(this.rangeFrom) && isDate(this.rangeTo) && this.rangeTo < this.rangeFrom;
  }

  private preset(): DatePreset {
    if (this.view !== 'list') {
      const dates = this.view === 'day' ? [this.anchor] : viewDates(this.view, this.anchor);
      return { kind: 'range', from: dates[0], to: dates.at(-1)! };
    }
    if (this.when === 'week')
      return { kind: 'range', from: today(this.now), to: addDays(today(this.now), 6) };
    if (this.when === 'range') {
      const from = isDate(this.rangeFrom) ? this.rangeFrom : today(this.now);
      const to = isDate(this.rangeTo) && !this.rangeInvalid() ? this.rangeTo : from;
      return { kind: 'range', from, to };
    }
    return { kind: this.when };
  }

  /** Venue → area, rebuilt when the occurrences change (the filter asks once per occurrence). */
  private venueAreas = new Map<string, string>();
  private areaOf = (venue: string) => this.venueAreas.get(venue);

  private listed(): ListedOccurrence[] {
    return listOccurrences(
      this.occurrences,
      {
        when: this.preset(),
        areas: this.area ? [this.area] : undefined,
        areaOf: this.areaOf,
        categories: this.category ? [this.category] : undefined,
        freeOnly: this.freeOnly,
        suitableFor: this.audience || undefined,
        language: this.language || undefined,
      },
      this.now,
    );
  }

  /** The query last received or sent, so a change is sent once and a received one is not echoed. */
  private lastQuery = JSON.stringify(DEFAULT_QUERY);

  private currentQuery(): ListingQuery {
    const q: ListingQuery = { view: this.view, when: this.when };
    if (this.view !== 'list') q.anchor = this.anchor;
    if (this.when === 'range') Object.assign(q, { from: this.rangeFrom, to: this.rangeTo });
    if (this.category) q.category = this.category;
    if (this.area) q.area = this.area;
    if (this.audience) q.audience = this.audience;
    if (this.language) q.language = this.language;
    if (this.freeOnly) q.freeOnly = true;
    return q;
  }

  private applyQuery(q: ListingQuery) {
    this.view = q.view;
    if (q.anchor) this.anchor = q.anchor;
    this.when = q.when;
    if (q.from && q.to) [this.rangeFrom, this.rangeTo] = [q.from, q.to];
    this.category = q.category ?? '';
    this.area = q.area ?? '';
    this.audience = q.audience ?? '';
    this.language = q.language ?? '';
    this.freeOnly = q.freeOnly ?? false;
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) {
      this.applyQuery(this.query ?? DEFAULT_QUERY);
      this.lastQuery = JSON.stringify(this.currentQuery());
    }
    if (changed.has('occurrences')) {
      this.venueAreas = new Map();
      for (const o of this.occurrences) {
        const e = o.event as FeedEvent;
        if (e.venue && e.place) this.venueAreas.set(e.venue, e.place.area);
      }
    }
    const filters = [
      'view',
      'when',
      'rangeFrom',
      'rangeTo',
      'category',
      'area',
      'freeOnly',
      'audience',
      'language',
    ];
    if (
      filters.some(
        (k) => changed.has(k as keyof EventList) && changed.get(k as keyof EventList) !== undefined,
      )
    )
      this.limit = PAGE_SIZE;
    if (changed.has('selectedKey') && this.selectedKey) this.reveal(this.selectedKey);
  }

  /**
   * Makes the chosen occurrence visible: left where it is if the list already shows it, otherwise the day
   * view of its date with the filters cleared.
   */
  private reveal(key: string) {
    const occurrence = this.occurrences.find((o) => o.key === key);
    if (!occurrence) return;
    const visible = this.view !== 'month' && this.view !== 'week' && this.listed().some((o) => o.key === key);
    if (!visible) {
      this.category = '';
      this.area = '';
      this.freeOnly = false;
      this.audience = '';
      this.language = '';
      this.view = 'day';
      this.anchor = dateOf(Math.max(occurrence.start, this.now));
    }
    void this.updateComplete.then(() => {
      const item = this.renderRoot.querySelector<HTMLElement>(`li.occ[data-occurrence="${CSS.escape(key)}"]`);
      item?.scrollIntoView({ block: 'nearest' });
      item?.querySelector<HTMLElement>('.title')?.focus();
    });
  }

  /** The last day the current view shows, when it may lie beyond `through`. */
  private neededThrough(listedCount: number): string | undefined {
    if (this.view !== 'list') return viewDates(this.view, this.anchor).at(-1);
    if (this.when === 'range') return this.rangeTo || undefined;
    // The upcoming list wants `limit` occurrences: fewer are held, so the next window is asked for.
    if (this.when === 'all' && this.through && listedCount < this.limit) return addDays(this.through, 1);
    return undefined;
  }

  private lastNeeded: string | undefined;

  protected updated(): void {
    const needed = this.through ? this.neededThrough(this.shown.length) : undefined;
    if (needed && this.through && needed > this.through && needed !== this.lastNeeded) {
      this.lastNeeded = needed;
      this.dispatchEvent(new FeedRangeEvent(needed));
    }
    const query = this.currentQuery();
    const key = JSON.stringify(query);
    if (key !== this.lastQuery) {
      this.lastQuery = key;
      this.dispatchEvent(new ListingQueryEvent(query));
    }
    const signature = this.shown.map((o) => `${o.key}:${o.onNow}:${o.startingSoon}`).join('|');
    if (signature !== this.shownSignature) {
      this.shownSignature = signature;
      this.dispatchEvent(new ListingChangeEvent(this.shown));
    }
  }

  /**
   * The title or description in the visitor's language; where an event has no English (it is optional),
   * the Chinese text in its own language, marked "(in Chinese)".
   */
  private eventText(e: FeedEvent, field: 'title' | 'description') {
    const x = eventText(e, field, this.lang);
    return x.inChinese
      ? html`<span lang="zh-Hans">${x.text}</span> <span class="in-chinese">${IN_CHINESE}</span>`
      : x.text;
  }

  private text(e: FeedEvent, field: 'accessibility') {
    const own = e[`${field}_${textLang(this.lang)}` as keyof FeedEvent] as string | undefined;
    const other = e[`${field}_${otherTextLang(this.lang)}` as keyof FeedEvent] as string | undefined;
    return own ?? other ?? '';
  }

  private occurrence(o: ListedOccurrence) {
    const t = this.t;
    const e = o.event as FeedEvent;
    const time = zoned(this.lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const date = zoned(this.lang, { month: 'short', day: 'numeric' });
    const place = e.place;
    const selected = o.key === this.selectedKey;
    const startLabel = `${date.format(o.start)} ${time.format(o.start)}`;
    return html`<li
      class="occ ${o.cancelled ? 'cancelled' : ''} ${selected ? 'selected' : ''}"
      data-occurrence=${o.key}
    >
      <span class="time"
        >${o.long ? t.until(date.format(o.end)) : `${time.format(o.start)}–${time.format(o.end)}`}</span
      >
      ${o.onNow ? html`<span class="badge now">${t.onNow}</span>` : nothing}
      ${o.running ? html`<span class="badge now">${t.running}</span>` : nothing}
      ${o.startingSoon ? html`<span class="badge soon">${t.startingSoon}</span>` : nothing}
      ${o.cancelled ? html`<span class="badge cancelled">${t.cancelled}</span>` : nothing}
      ${e.status === 'postponed' ? html`<span class="badge cancelled">${t.postponed}</span>` : nothing}
      ${e.sample ? html`<span class="badge sample">${t.sample}</span>` : nothing}
      <span class="title" tabindex="-1">${this.eventText(e, 'title')}</span>
      <span class="meta">
        ${t.categories[e.category]} ·
        ${e.free ? t.free : e.price_cny !== undefined ? t.price(e.price_cny) : ''}
        ${e.route ? html` · ${t.roaming}` : nothing}
      </span>
      ${
        place && e.venue && this.hasCard && !this.hasCard(e.venue)
          ? html`<div class="meta venue-text">${isZh(this.lang) ? place.name_zh : place.name_en}</div>`
          : place
            ? html`<div class="meta">
                <button
                  class="venue"
                  @click=${() => e.venue && this.dispatchEvent(new PlaceSelectEvent(e.venue, 'list'))}
                >
                  ${isZh(this.lang) ? place.name_zh : place.name_en}
                </button>
              </div>`
            : nothing
      }
      <details ?open=${selected}>
        <summary>${t.more}</summary>
        <p class="description">${this.eventText(e, 'description')}</p>
        ${
          e.organizer
            ? html`<p class="meta">
                ${t.organizer}: ${isZh(this.lang) ? e.organizer.name_zh : e.organizer.name_en}
              </p>`
            : nothing
        }
        ${this.partOf(e)}
        ${e.languages?.length ? html`<p class="meta">${t.languagesLabel}: ${e.languages.map((l) => languageName(l, this.lang)).join(this.lang === 'zh' ? '、' : ', ')}</p>` : nothing}
        ${this.text(e, 'accessibility') ? html`<p class="meta">${t.access}: ${this.text(e, 'accessibility')}</p>` : nothing}
      </details>
      <div class="actions">
        <a href=${`${this.icsBase}${e.ics}`} download=${`${e.id}.ics`}>${t.addToCalendar}</a>
        ${
          e.venue && this.hasCard && !this.hasCard(e.venue)
            ? nothing
            : e.venue && !o.cancelled && !o.long
              ? html`<button
                  class="walk"
                  @click=${() =>
                    this.dispatchEvent(
                      new WalkAddEvent(e.venue!, {
                        key: o.key,
                        place: e.venue!,
                        start: o.start,
                        title_zh: e.title_zh,
                        ...(e.title_en ? { title_en: e.title_en } : {}),
                      }),
                    )}
                >
                  + ${t.addToWalkAt(startLabel)}
                </button>`
              : e.venue
                ? html`<button class="walk" @click=${() => this.dispatchEvent(new WalkAddEvent(e.venue!))}>
                    + ${t.addToWalk}
                  </button>`
                : nothing
        }
        ${
          e.venue || e.route
            ? html`<button
                class="map"
                @click=${() => this.dispatchEvent(new OccurrenceSelectEvent(o.key, 'list'))}
              >
                ${t.showOnMap}
              </button>`
            : nothing
        }
        <button
          class="share"
          @click=${() => this.dispatchEvent(new OccurrenceShareEvent(o.key, eventTitle(e, this.lang)))}
        >
          ${t.share}
        </button>
      </div>
    </li>`;
  }

  /** The festival season an event belongs to, by its title (the feed keeps parents of listed events). */
  private partOf(e: FeedEvent) {
    const parent = e.parent ? this.occurrences.find((o) => o.event.id === e.parent)?.event : undefined;
    return parent ? html`<p class="meta">${this.t.partOf}: ${eventTitle(parent, this.lang)}</p>` : nothing;
  }

  private navigate(view: CalendarView, anchor = this.anchor) {
    this.view = view;
    this.anchor = anchor;
  }

  private onCalendarNavigate(e: CalendarNavigateEvent) {
    e.stopPropagation();
    this.navigate(e.view, e.anchor);
  }

  private filters() {
    const t = this.t;
    const areas = [
      ...new Set(this.occurrences.map((o) => (o.event as FeedEvent).place?.area).filter(Boolean)),
    ] as AreaId[];
    const languages = [
      ...new Set(
        this.occurrences.flatMap((o) => o.event.languages.map((l) => l.split('-')[0].toLowerCase())),
      ),
    ].sort();
    const active = [this.category, this.area, this.audience, this.language, this.freeOnly].filter(
      Boolean,
    ).length;
    const range = this.view === 'list' && this.when === 'range';
    return html`${
        this.view === 'list'
          ? html`<div class="filters">
              <label
                >${t.when}
                <select @change=${(e: Event) => (this.when = (e.target as HTMLSelectElement).value as When)}>
                  ${(['today', 'weekend', 'week', 'all'] as const).map(
                    (w) => html`<option value=${w} ?selected=${w === this.when}>${t.whenPresets[w]}</option>`,
                  )}
                  <option value="range" ?selected=${this.when === 'range'}>${t.whenRange}</option>
                </select>
              </label>
              ${
                range
                  ? html`<label
                        >${t.rangeFrom}
                        <input
                          type="date"
                          class="from"
                          .value=${this.rangeFrom}
                          @change=${(e: Event) => (this.rangeFrom = (e.target as HTMLInputElement).value)}
                        />
                      </label>
                      <label
                        >${t.rangeTo}
                        <input
                          type="date"
                          class="to"
                          .value=${this.rangeTo}
                          aria-invalid=${this.rangeInvalid() ? 'true' : 'false'}
                          aria-describedby="range-problem"
                          @change=${(e: Event) => (this.rangeTo = (e.target as HTMLInputElement).value)}
                        />
                      </label>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${
        range && this.rangeInvalid()
          ? html`<p class="problem" id="range-problem" role="alert">${t.rangeInvalid}</p>`
          : nothing
      }
      <details
        class="more-filters"
        ?open=${this.filtersOpen}
        @toggle=${(e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open)}
      >
        <summary>${t.moreFilters(active)}</summary>
        <div class="filters">
          <label
            >${t.category}
            <select
              class="category"
              @change=${(e: Event) => (this.category = (e.target as HTMLSelectElement).value as Category | '')}
            >
              <option value="">${t.allCategories}</option>
              ${CATEGORIES.map(
                (c) => html`<option value=${c} ?selected=${c === this.category}>${t.categories[c]}</option>`,
              )}
            </select>
          </label>
          <label
            >${t.areaFilter}
            <select
              class="area"
              @change=${(e: Event) => (this.area = (e.target as HTMLSelectElement).value as AreaId | '')}
            >
              <option value="">${t.anyArea}</option>
              ${areas.map(
                (a) => html`<option value=${a} ?selected=${a === this.area}>${t.areaNames[a]}</option>`,
              )}
            </select>
          </label>
          <label
            >${t.audience}
            <select
              class="audience"
              @change=${(e: Event) => (this.audience = (e.target as HTMLSelectElement).value as Audience | '')}
            >
              <option value="">${t.anyAudience}</option>
              <option value="family" ?selected=${this.audience === 'family'}>${t.audiences.family}</option>
              <option value="school" ?selected=${this.audience === 'school'}>${t.audiences.school}</option>
            </select>
          </label>
          <label
            >${t.language}
            <select
              class="language"
              @change=${(e: Event) => (this.language = (e.target as HTMLSelectElement).value)}
            >
              <option value="">${t.anyLanguage}</option>
              ${languages.map(
                (l) =>
                  html`<option value=${l} ?selected=${l === this.language}>
                    ${t.languageNames[l] ?? l}
                  </option>`,
              )}
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
      </details>`;
  }

  private groupedList(all: ListedOccurrence[]) {
    const day = zoned(this.lang, { weekday: 'short', month: 'long', day: 'numeric' });
    const groups = new Map<string, ListedOccurrence[]>();
    // The chosen occurrence is always shown, however far down the list it is.
    const chosen = all.findIndex((o) => o.key === this.selectedKey);
    const listed = all.slice(0, Math.max(this.limit, chosen + 1));
    for (const o of listed) {
      const key = day.format(Math.max(o.start, this.now));
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(o);
    }
    return html`${
      listed.length
        ? [...groups].map(
            ([d, items]) =>
              html`<h3>${d}</h3>
                <ul>
                  ${items.map((o) => this.occurrence(o))}
                </ul>`,
          )
        : this.empty()
    }
    ${
      all.length > listed.length
        ? html`<button class="show-more" @click=${() => (this.limit = listed.length + PAGE_SIZE)}>
            ${this.t.showMore(all.length - listed.length)}
          </button>`
        : nothing
    }`;
  }

  private dayView(listed: ListedOccurrence[]) {
    const t = this.t;
    const label = zoned(this.lang, { weekday: 'long', month: 'long', day: 'numeric' }).format(
      dayStart(this.anchor)! + 12 * 3_600_000,
    );
    return html`<div class="day-nav">
        <button
          aria-label=${t.previous(t.viewUnits.day)}
          @click=${() => this.navigate('day', shiftAnchor('day', this.anchor, -1))}
        >
          ‹
        </button>
        <h3 aria-live="polite">${label}</h3>
        <button
          aria-label=${t.next(t.viewUnits.day)}
          @click=${() => this.navigate('day', shiftAnchor('day', this.anchor, 1))}
        >
          ›
        </button>
        <button @click=${() => this.navigate('day', today(this.now))}>${t.today}</button>
      </div>
      ${
        listed.length
          ? html`<ul>
              ${listed.map((o) => this.occurrence(o))}
            </ul>`
          : this.empty()
      }`;
  }

  /** Nothing listed: either the filters leave nothing, or nothing at all is to come. */
  private empty() {
    const none = !this.occurrences.some((o) => o.end > this.now);
    return html`<p class="empty">${none ? this.t.noEventsListed : this.t.noEvents}</p>`;
  }

  private offlineText() {
    const c = this.offlineCopy!;
    if (c.source === 'static') return this.t.offlineCopyBuilt;
    const when = zoned(this.lang, { month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' });
    return this.t.offlineCopyLive(when.format(c.fetchedAt));
  }

  render() {
    const t = this.t;
    const listed = this.listed();
    this.shown = listed;
    const calendar = this.view === 'week' || this.view === 'month';
    return html`
      ${this.offlineCopy ? html`<p class="sample offline-copy" role="note">${this.offlineText()}</p>` : nothing}
      ${this.sampleOnly ? html`<p class="sample" role="note">${t.sampleNotice}</p>` : nothing}
      <div class="views" role="group" aria-label=${t.viewLabel}>
        ${CALENDAR_VIEWS.map(
          (v) =>
            html`<button
              aria-pressed=${this.view === v ? 'true' : 'false'}
              data-view=${v}
              @click=${() => this.navigate(v, v === 'list' ? this.anchor : this.anchor || today(this.now))}
            >
              ${t.views[v]}
            </button>`,
        )}
      </div>
      ${this.filters()}
      ${
        calendar
          ? html`<event-calendar
              .view=${this.view as 'week' | 'month'}
              .anchor=${this.anchor}
              .days=${byDay(listed, viewDates(this.view as 'week' | 'month', this.anchor))}
              .today=${today(this.now)}
              .lang=${this.lang}
              .t=${t}
              @calendar-navigate=${this.onCalendarNavigate}
            ></event-calendar>`
          : this.view === 'day'
            ? this.dayView(listed)
            : this.groupedList(listed)
      }
      ${this.loadingMore ? html`<p class="status" role="status">${t.eventsLoadingMore}</p>` : nothing}
    `;
  }
}

customElements.define('event-list', EventList);

declare global {
  interface HTMLElementTagNameMap {
    'event-list': EventList;
  }
}
