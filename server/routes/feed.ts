/**
 * The public feed (API.md, “Public feed”): JSON and iCalendar, cut to a window, with conditional GET,
 * brotli- or gzip-compressed when the client accepts it.
 */
import type { FastifyPluginAsync } from 'fastify';
import { calendarText } from '../../src/listings/ical.ts';
import { filterFeed, parseFilter, withDefaultWindow, type FeedFilter } from '../feed/feed-filter.ts';
import { notFound } from '../base/errors.ts';
import { pageFeed, parsePage } from '../feed/feed-page.ts';
import { ResponseCache } from '../feed/response-cache.ts';
import { FEED_COMPRESSION, sendCached, sendKept, type Service } from './http.ts';

const JSON_TYPE = 'application/json; charset=utf-8';
const ICS_TYPE = 'text/calendar; charset=utf-8';

/** Everything a window's body depends on besides the compiled feed: its bounds and its sorted sets. */
function filterKey(f: FeedFilter): string {
  const { from, to, areas, categories, venues, ...rest } = f;
  // A field added to FeedFilter must be added to the key: this stops the build until it is.
  const covered: Record<string, never> = rest;
  void covered;
  const set = (s: Set<string> | undefined) => (s ? [...s].sort().join(',') : '*');
  return `${from ?? ''}~${to ?? ''} a:${set(areas)} c:${set(categories)} v:${set(venues)}`;
}

export const feedRoutes: FastifyPluginAsync<Service> = async (app, { feed }) => {
  // Every window's finished body, per compiled feed, with its encodings (response-cache.ts). The default window
  // (no `from`) starts at the service's clock and moves each minute, so its key changes each minute.
  const kept = new ResponseCache();
  async function windowed(query: unknown) {
    const c = await feed.get();
    const asked = parseFilter(query as Record<string, unknown>);
    const minute = Math.floor(feed.now() / 60_000) * 60_000;
    const filter = withDefaultWindow(asked, minute);
    const modified = asked?.from === undefined ? Math.max(c.generated, minute) : c.generated;
    return { c, filter, modified };
  }

  app.get('/api/events', { compress: FEED_COMPRESSION }, async (req, reply) => {
    const { page, rest } = parsePage(req.query as Record<string, unknown>);
    const { c, filter, modified } = await windowed(rest);
    const key = `json ${filterKey(filter)} ${JSON.stringify(page ?? null)}`;
    const r = await kept.get(c.etag, key, async () => ({
      modified,
      body: JSON.stringify(
        page ? pageFeed(c.feed, filter, page) : filterFeed(c.feed, filter, await feed.inWindow(c, filter)),
      ),
    }));
    return sendKept(req, reply, kept, key, r, JSON_TYPE);
  });

  app.get('/api/events.ics', { compress: FEED_COMPRESSION }, async (req, reply) => {
    const { c, filter, modified } = await windowed(req.query);
    const key = `ics ${filterKey(filter)}`;
    const r = await kept.get(c.etag, key, async () => {
      // The VEVENTs compiled with the feed, not made again per request (feed-cache.ts).
      const listed = filterFeed(c.feed, filter, await feed.inWindow(c, filter));
      return { modified, body: calendarText(listed.events.map((e) => c.vevents.get(e.id)!)) };
    });
    return sendKept(req, reply, kept, key, r, ICS_TYPE);
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
