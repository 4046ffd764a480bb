/**
 * Subscription links to the events calendar: the whole calendar and, where the events service answers,
 * the one cut to What's on's area and category. A calendar app given a `webcal:` link subscribes (and
 * fetches again by itself); the https form is for apps that ask for a link to paste.
 *
 * Contract: `base` is the page's absolute URL (document.baseURI). A static host has only the whole
 * calendar built with the app (`data/events.ics`), so it offers no filtered link. The service's
 * `/api/events.ics` starts its window at its own clock, so a subscriber always gets a rolling window.
 */
import type { AreaId } from '../data/areas.ts';
import type { Category } from './schema.ts';

export interface SubscribeLink {
  webcal: string;
  https: string;
}

export interface SubscribeLinks {
  all: SubscribeLink;
  /** Present when a filter is chosen and the service can cut the calendar to it. */
  filtered?: SubscribeLink;
}

function link(url: URL): SubscribeLink {
  return { https: url.href, webcal: url.href.replace(/^https?:/, 'webcal:') };
}

export function subscribeLinks(
  base: string,
  live: boolean,
  filter: { area?: AreaId; category?: Category } = {},
): SubscribeLinks {
  if (!live) return { all: link(new URL('data/events.ics', base)) };
  const all = new URL('api/events.ics', base);
  if (!filter.area && !filter.category) return { all: link(all) };
  const cut = new URL(all);
  if (filter.area) cut.searchParams.set('area', filter.area);
  if (filter.category) cut.searchParams.set('category', filter.category);
  return { all: link(all), filtered: link(cut) };
}
