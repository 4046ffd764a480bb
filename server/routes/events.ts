/**
 * An organizer's own events (`/api/my/…`): list, read, create, save, submit for review, discard the
 * draft, and import an iCalendar file as drafts to review. Other organizations' events answer 404, so
 * their ids are not revealed.
 */
import type { FastifyPluginAsync } from 'fastify';
import * as v from 'valibot';
import { EmptyBody, EventBody, ICS_BODY_LIMIT, ImportBody, type User } from '../../src/api/contract.ts';
import { importIcs } from '../../src/listings/ical-import.ts';
import { ApiError, notFound } from '../base/errors.ts';
import { IdParam, need, parse, type Service } from './http.ts';
import { validEvent } from './validate-event.ts';
import { newEventId } from './new-event-id.ts';

export const eventRoutes: FastifyPluginAsync<Service> = async (app, service) => {
  const { events, venues } = service.stores;

  /** An organizer's own event, or 404. */
  async function own(user: User, id: string) {
    if (!v.is(IdParam, id) || (await events.eventOrganization(id)) !== user.organization?.id)
      throw notFound();
  }

  app.get('/api/my/events', async (req) => {
    const user = need(req, 'organizer');
    return events.eventRecords(user.organization!.id);
  });

  app.get<{ Params: { id: string } }>('/api/my/events/:id', async (req) => {
    const user = need(req, 'organizer');
    await own(user, req.params.id);
    return events.eventRecord(req.params.id);
  });

  /** An id no event and no listing has: the organizer does not invent one (tries a few random parts). */
  async function freshId(titleEn: unknown): Promise<string> {
    for (let i = 0; i < 8; i++) {
      const id = newEventId(typeof titleEn === 'string' ? titleEn : '');
      if (!service.feed.reserved(id) && (await events.eventOrganization(id)) === undefined) return id;
    }
    throw new ApiError(409, 'conflict', 'No free id could be made; try again.');
  }

  /** A new event without an id (absent or empty) is given one; an id sent (an import, a copy) is kept. */
  async function withId(json: unknown): Promise<unknown> {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return json;
    const e = json as { id?: unknown; title_en?: unknown };
    if (e.id !== undefined && e.id !== '') return json;
    return { ...json, id: await freshId(e.title_en) };
  }

  app.post('/api/my/events', async (req, reply) => {
    const user = need(req, 'organizer');
    const body = parse(EventBody, req.body);
    const event = await validEvent(service, await withId(body.event));
    if (service.feed.reserved(event.id)) throw new ApiError(409, 'conflict', 'This id is taken.');
    return reply.code(201).send(await events.createEvent(user, event, body.submit ?? false));
  });

  app.put<{ Params: { id: string } }>('/api/my/events/:id', async (req) => {
    const user = need(req, 'organizer');
    await own(user, req.params.id);
    const body = parse(EventBody, req.body);
    const event = await validEvent(service, body.event, req.params.id);
    return events.saveEvent(user, event, { submit: body.submit ?? false, revision: body.revision });
  });

  app.post<{ Params: { id: string } }>('/api/my/events/:id/submit', async (req) => {
    const user = need(req, 'organizer');
    await own(user, req.params.id);
    parse(EmptyBody, req.body);
    return events.submitEvent(user, req.params.id);
  });

  app.delete<{ Params: { id: string } }>('/api/my/events/:id/draft', async (req, reply) => {
    const user = need(req, 'organizer');
    await own(user, req.params.id);
    const rec = await events.discardDraft(user, req.params.id);
    return rec ? rec : reply.code(204).send();
  });

  app.post('/api/my/import-ics', { bodyLimit: ICS_BODY_LIMIT }, async (req) => {
    const user = need(req, 'organizer');
    const body = parse(ImportBody, req.body);
    const o = user.organization!;
    return importIcs(body.ics, {
      venues: [...service.geodata.venues, ...(await venues.active())],
      organizer: { name_zh: o.name_zh, name_en: o.name_en, ...(o.url ? { url: o.url } : {}) },
      defaultCategory: body.default_category,
      languages: body.languages,
      source: { title: body.filename ?? 'iCalendar file from the organizer' },
    });
  });
};
