/** Events about listings, sent up by the event list, the calendar, the place card and the map. */
import type { CalendarView } from '../listings/calendar.ts';
import type { ListedOccurrence } from '../listings/filters.ts';
import type { ListingQuery } from '../listings/listing-query.ts';

/** An occurrence was chosen (key `<event id>@<local start>`); the app shows it in What's on. */
export class OccurrenceSelectEvent extends Event {
  static readonly type = 'occurrence-select';
  constructor(
    readonly key: string,
    /**
     * Where the choice was made. `list` is the list's "show on map" (a phone then shows the map); the map does
     * not fly to an event picked on it; `calendar` and `card` open the event in What's on.
     */
    readonly origin: 'map' | 'list' | 'card' | 'calendar',
  ) {
    super(OccurrenceSelectEvent.type, { bubbles: true, composed: true });
  }
}

/** The visitor wants a link to an occurrence (to send to someone). */
export class OccurrenceShareEvent extends Event {
  static readonly type = 'occurrence-share';
  constructor(
    readonly key: string,
    readonly title: string,
  ) {
    super(OccurrenceShareEvent.type, { bubbles: true, composed: true });
  }
}

/** What the list shows changed (filters, view, day): the map draws the same occurrences. */
export class ListingChangeEvent extends Event {
  static readonly type = 'listing-change';
  constructor(readonly listed: readonly ListedOccurrence[]) {
    super(ListingChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** The calendar moved to another view or date (`YYYY-MM-DD`, Hangzhou). */
export class CalendarNavigateEvent extends Event {
  static readonly type = 'calendar-navigate';
  constructor(
    readonly view: CalendarView,
    readonly anchor: string,
  ) {
    super(CalendarNavigateEvent.type, { bubbles: true, composed: true });
  }
}

/** The visitor changed What's on's view or filters; the app keeps them (and the URL). */
export class ListingQueryEvent extends Event {
  static readonly type = 'listing-query';
  constructor(readonly query: ListingQuery) {
    super(ListingQueryEvent.type, { bubbles: true, composed: true });
  }
}

/** What's on shows days up to `through` (`YYYY-MM-DD`, Hangzhou): the app fetches them if it has not. */
export class FeedRangeEvent extends Event {
  static readonly type = 'feed-range';
  constructor(readonly through: string) {
    super(FeedRangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [OccurrenceSelectEvent.type]: OccurrenceSelectEvent;
    [OccurrenceShareEvent.type]: OccurrenceShareEvent;
    [ListingChangeEvent.type]: ListingChangeEvent;
    [CalendarNavigateEvent.type]: CalendarNavigateEvent;
    [ListingQueryEvent.type]: ListingQueryEvent;
    [FeedRangeEvent.type]: FeedRangeEvent;
  }
}
