/** The public feed (API.md, “Public feed”): JSON and iCalendar, whole or filtered, with conditional GET. */
import type { FastifyPluginAsync } from 'fastify';
import { eventsToIcs } from '../../src/listings/ical.ts';
import { filterFeed, parseFilter } from '../feed/feed-filter.ts';
import { notFound } from '../base/errors.ts';
import { sendCached, type Service } from './http.ts';

const JSON_TYPE = 'application/json; charset=utf-8';
const ICS_TYPE = 'text/calendar; charset=utf-8';

export const feedRoutes: FastifyPluginAsync<Service> = async (app, { feed, geodata }) => {
  app.get('/api/events', async (req, reply) => {
    const c = await feed.get();
    const filter = parseFilter(req.query as Record<string, unknown>);
    if (!filter) return sendCached(req, reply, c.json, JSON_TYPE, c.generated, c.etag);
    return sendCached(req, reply, JSON.stringify(filterFeed(c.feed, filter)), JSON_TYPE, c.generated);
  });

  app.get('/api/events.ics', async (req, reply) => {
    const c = await feed.get();
    const filter = parseFilter(req.query as Record<string, unknown>);
    const body = filter
      ? eventsToIcs(
          filterFeed(c.feed, filter).events.map((e) => c.events.get(e.id)!),
          new Map([...geodata.venues, ...c.venues].map((x) => [x.id, x])),
          { now: c.generated },
        )
      : c.ics;
    return sendCached(req, reply, body, ICS_TYPE, c.generated);
  });

  app.get<{ Params: { id: string } }>('/api/events/:id', async (req, reply) => {
    const c = await feed.get();
    const ics = req.params.id.endsWith('.ics');
    const id = ics ? req.params.id.slice(0, -4) : req.params.id;
    const event = c.feed.events.find((e) => e.id === id);
    if (!event) throw notFound();
    if (ics) return sendCached(req, reply, c.perEvent.get(id)!, ICS_TYPE, c.generated);
    return sendCached(req, reply, JSON.stringify(event), JSON_TYPE, c.generated);
  });
};
