import { LitElement, css, html, nothing } from 'lit';
import { type Lang } from '../../i18n/lang.ts';
import type { Translation } from '../../i18n/translations.ts';
import { sharedStyles } from '../../theme/shared-styles.ts';
import { shiftAnchor, type CalendarDay } from '../calendar.ts';
import { CalendarNavigateEvent, OccurrenceSelectEvent } from '../../events/listings.ts';
import type { ListedOccurrence } from '../filters.ts';
import { dayStart } from '../calendar.ts';
import { zoned } from '../../i18n/zoned.ts';
import { eventTitle } from '../event-text.ts';

/** How many titles a month cell names before it only counts. */
const CELL_TITLES = 2;

/**
 * The week and month views of What's on: a grid (month) or a column of days (week) of the occurrences it is
 * given, already filtered by the list. Long-running exhibitions are counted per day, never listed in a cell,
 * so that they do not crowd out the day's performances. Presentational: it owns no dates or filters.
 *
 * @summary Week and month calendar of events.
 * @fires calendar-navigate - another view or date was chosen (CalendarNavigateEvent)
 * @fires occurrence-select - an occurrence was chosen in the week view (OccurrenceSelectEvent, origin "calendar")
 */
export class EventCalendar extends LitElement {
  static properties = {
    view: {},
    anchor: {},
    days: { attribute: false },
    today: {},
    lang: {},
    t: { attribute: false },
  };

  declare view: 'week' | 'month';
  /** A date in the period shown (`YYYY-MM-DD`, Hangzhou); the month view shows this date's month. */
  declare anchor: string;
  /** The days of the period with their occurrences (calendar.ts `byDay`). */
  declare days: readonly CalendarDay[];
  /** Today's date in Hangzhou, marked in the grid. */
  declare today: string;
  declare lang: Lang;
  declare t: Translation;

  constructor() {
    super();
    this.view = 'month';
    this.anchor = '';
    this.days = [];
    this.today = '';
    this.lang = 'zh';
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .nav {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        margin: 0.5rem 0;
      }
      .nav h3 {
        flex: 1;
        margin: 0;
        font-size: 1rem;
        text-align: center;
      }
      .nav button {
        min-width: 44px;
        min-height: 44px;
        border: 1px solid var(--line);
        border-radius: 999px;
        background: #fff;
        cursor: pointer;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        table-layout: fixed;
      }
      th {
        font-size: 0.78rem;
        font-weight: 600;
        color: var(--ink-soft);
        padding: 0.2rem 0;
      }
      td {
        padding: 1px;
        vertical-align: top;
      }
      td button {
        display: flex;
        flex-direction: column;
        align-items: stretch;
        gap: 2px;
        width: 100%;
        min-height: 52px;
        padding: 0.2rem;
        border: 1px solid var(--line);
        border-radius: 6px;
        background: var(--card);
        text-align: start;
        cursor: pointer;
        overflow: hidden;
      }
      td.out button {
        background: transparent;
        color: var(--ink-soft);
      }
      td.today button {
        border: 2px solid var(--accent);
      }
      .num {
        font-variant-numeric: tabular-nums;
        font-weight: 600;
        font-size: 0.85rem;
      }
      .dots {
        display: flex;
        flex-wrap: wrap;
        gap: 2px;
      }
      .dot {
        width: 7px;
        height: 7px;
        border-radius: 50%;
        background: var(--vermilion);
      }
      .dot.now {
        background: var(--ok);
      }
      .dot.cancelled {
        background: var(--cancelled);
      }
      .bar {
        height: 4px;
        border-radius: 2px;
        background: var(--focus);
        opacity: 0.55;
      }
      .cell-title {
        display: none;
        font-size: 0.72rem;
        line-height: 1.2;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .more {
        font-size: 0.72rem;
        color: var(--ink-soft);
      }
      @media (min-width: 860px) {
        .cell-title {
          display: block;
        }
        .dots {
          display: none;
        }
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      .week-day h4 {
        margin: 0 0 0.2rem;
        font-size: 0.9rem;
      }
      .week-day h4 button {
        border: 0;
        background: none;
        padding: 0;
        min-height: 32px;
        font-weight: 600;
        text-decoration: underline;
        cursor: pointer;
      }
      .week-day.today h4 button {
        color: var(--accent);
      }
      .week-day ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .week-day li button {
        display: flex;
        gap: 0.5rem;
        width: 100%;
        min-height: 40px;
        padding: 0.25rem 0.5rem;
        border: 1px solid var(--line);
        border-radius: 8px;
        background: var(--card);
        text-align: start;
        cursor: pointer;
      }
      .week-day li + li {
        margin-top: 0.25rem;
      }
      .week-day li.cancelled .title {
        text-decoration: line-through;
      }
      .time {
        font-variant-numeric: tabular-nums;
        font-weight: 600;
        flex: none;
      }
      .empty {
        color: var(--ink-soft);
        font-size: 0.85rem;
        margin: 0;
      }
    `,
  ];

  private navigate(view: 'day' | 'week' | 'month', anchor: string) {
    this.dispatchEvent(new CalendarNavigateEvent(view, anchor));
  }

  private titleOf(o: ListedOccurrence) {
    const e = o.event;
    return eventTitle(e, this.lang);
  }

  private dayLabel(date: string, options: Intl.DateTimeFormatOptions) {
    return zoned(this.lang, options).format(dayStart(date)! + 12 * 3_600_000);
  }

  private header() {
    const t = this.t;
    const unit = t.viewUnits[this.view];
    const [y, m] = this.anchor.split('-').map(Number);
    const first = this.days[0]?.date;
    const last = this.days.at(-1)?.date;
    const title =
      this.view === 'month'
        ? t.monthTitle(y, m)
        : first && last
          ? `${this.dayLabel(first, { month: 'short', day: 'numeric' })} – ${this.dayLabel(last, { month: 'short', day: 'numeric' })}`
          : '';
    return html`<div class="nav">
      <button
        aria-label=${t.previous(unit)}
        @click=${() => this.navigate(this.view, shiftAnchor(this.view, this.anchor, -1))}
      >
        ‹
      </button>
      <h3 aria-live="polite">${title}</h3>
      <button
        aria-label=${t.next(unit)}
        @click=${() => this.navigate(this.view, shiftAnchor(this.view, this.anchor, 1))}
      >
        ›
      </button>
      <button @click=${() => this.navigate(this.view, this.today)}>${t.today}</button>
    </div>`;
  }

  private month() {
    const t = this.t;
    const month = this.anchor.slice(0, 7);
    const weeks: CalendarDay[][] = [];
    for (let i = 0; i < this.days.length; i += 7) weeks.push(this.days.slice(i, i + 7));
    return html`<table>
      <thead>
        <tr>
          ${t.weekdaysShort.map((d) => html`<th scope="col">${d}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${weeks.map(
          (week) =>
            html`<tr>
              ${week.map((day) => {
                const classes = [
                  day.date.startsWith(month) ? '' : 'out',
                  day.date === this.today ? 'today' : '',
                ]
                  .filter(Boolean)
                  .join(' ');
                return html`<td class=${classes} data-date=${day.date}>
                  <button
                    aria-current=${day.date === this.today ? 'date' : 'false'}
                    @click=${() => this.navigate('day', day.date)}
                  >
                    <span class="num" aria-hidden="true">${Number(day.date.slice(8))}</span>
                    <span class="visually-hidden"
                      >${this.dayLabel(day.date, { weekday: 'long', month: 'long', day: 'numeric' })}${t.dayCount(
                        day.dated.length,
                        day.running.length,
                      )}</span
                    >
                    <span class="dots" aria-hidden="true"
                      >${day.dated.map(
                        (o) =>
                          html`<span
                            class="dot ${o.cancelled ? 'cancelled' : o.onNow || o.startingSoon ? 'now' : ''}"
                          ></span>`,
                      )}</span
                    >
                    ${day.dated
                      .slice(0, CELL_TITLES)
                      .map(
                        (o) =>
                          html`<span class="cell-title"
                            ><span class="visually-hidden">${t.listSeparator}</span>${this.titleOf(o)}</span
                          >`,
                      )}
                    ${
                      day.dated.length > CELL_TITLES
                        ? html`<span class="more cell-title" aria-hidden="true"
                            >+${day.dated.length - CELL_TITLES}</span
                          >`
                        : nothing
                    }
                    ${day.running.length ? html`<span class="bar" aria-hidden="true"></span>` : nothing}
                  </button>
                </td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private week() {
    const t = this.t;
    const time = zoned(this.lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    return html`<ol>
      ${this.days.map(
        (day) =>
          html`<li class="week-day ${day.date === this.today ? 'today' : ''}" data-date=${day.date}>
            <h4>
              <button @click=${() => this.navigate('day', day.date)}>
                ${this.dayLabel(day.date, { weekday: 'long', month: 'long', day: 'numeric' })}
              </button>
            </h4>
            ${
              day.dated.length
                ? html`<ul>
                    ${day.dated.map(
                      (o) =>
                        html`<li class=${o.cancelled ? 'cancelled' : ''}>
                          <button
                            @click=${() => this.dispatchEvent(new OccurrenceSelectEvent(o.key, 'calendar'))}
                          >
                            <span class="time">${time.format(o.start)}</span>
                            <span class="title">${this.titleOf(o)}</span>
                            ${o.cancelled ? html`<span class="visually-hidden">${t.cancelled}</span>` : nothing}
                          </button>
                        </li>`,
                    )}
                  </ul>`
                : html`<p class="empty">${t.noEvents}</p>`
            }
            ${day.running.length ? html`<p class="empty">${t.runningCount(day.running.length)}</p>` : nothing}
          </li>`,
      )}
    </ol>`;
  }

  render() {
    return html`${this.header()}${this.view === 'month' ? this.month() : this.week()}`;
  }
}

customElements.define('event-calendar', EventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'event-calendar': EventCalendar;
  }
}
