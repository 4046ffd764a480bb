/**
 * The public feed (API.md, “Public feed”): JSON and iCalendar, cut to a window, with conditional GET,
 * brotli- or gzip-compressed when the client accepts it.
 */
import type { FastifyPluginAsync } from 'fastify';
import { calendarText } from '../../src/listings/ical.ts';
import { filterFeed, parseFilter, withDefaultWindow } from '../feed/feed-filter.ts';
import { notFound } from '../base/errors.ts';
import { pageFeed, parsePage } from '../feed/feed-page.ts';
import { etagOf } from '../base/security.ts';
import { FEED_COMPRESSION, sendCached, type Service } from './http.ts';

const JSON_TYPE = 'application/json; charset=utf-8';
const ICS_TYPE = 'text/calendar; charset=utf-8';

export const feedRoutes: FastifyPluginAsync<Service> = async (app, { feed }) => {
  // The default window (no `from`) starts at the service's clock and moves each minute: its body is cached
  // per minute, so a burst of readers costs one cut of the compiled feed.
  let windowCache: { key: string; body: string; etag: string; modified: number } | undefined;
  async function windowed(query: unknown) {
    const c = await feed.get();
    const asked = parseFilter(query as Record<string, unknown>);
    const minute = Math.floor(feed.now() / 60_000) * 60_000;
    const filter = withDefaultWindow(asked, minute);
    const modified = asked?.from === undefined ? Math.max(c.generated, minute) : c.generated;
    return { c, filter, modified, shared: !asked, key: `${c.etag}|${minute}` };
  }

  app.get('/api/events', { compress: FEED_COMPRESSION }, async (req, reply) => {
    const { page, rest } = parsePage(req.query as Record<string, unknown>);
    const { c, filter, modified, shared, key } = await windowed(rest);
    if (page)
      return sendCached(req, reply, JSON.stringify(pageFeed(c.feed, filter, page)), JSON_TYPE, modified);
    if (shared && windowCache?.key === key)
      return sendCached(req, reply, windowCache.body, JSON_TYPE, windowCache.modified, windowCache.etag);
    const body = JSON.stringify(filterFeed(c.feed, filter, await feed.inWindow(c, filter)));
    const etag = etagOf(body);
    if (shared) windowCache = { key, body, etag, modified };
    return sendCached(req, reply, body, JSON_TYPE, modified, etag);
  });

  app.get('/api/events.ics', { compress: FEED_COMPRESSION }, async (req, reply) => {
    const { c, filter, modified } = await windowed(req.query);
    // The VEVENTs compiled with the feed, not made again per request (feed-cache.ts).
    const listed = filterFeed(c.feed, filter, await feed.inWindow(c, filter));
    const body = calendarText(listed.events.map((e) => c.vevents.get(e.id)!));
    return sendCached(req, reply, body, ICS_TYPE, modified);
  });

  app.get<{ Params: { id: string } }>(
    '/api/events/:id',
    { compress: FEED_COMPRESSION },
    async (req, reply) => {
      const c = await feed.get();
      const ics = req.params.id.endsWith('.ics');
      const id = ics ? req.params.id.slice(0, -4) : req.params.id;
      const event = c.feed.events.find((e) => e.id === id);
      if (!event) throw notFound();
      if (ics) return sendCached(req, reply, c.perEvent.get(id)!, ICS_TYPE, c.generated);
      return sendCached(req, reply, JSON.stringify(event), JSON_TYPE, c.generated);
    },
  );
};
