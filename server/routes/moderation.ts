/**
 * The moderators' queue (`/api/moderation/…`): every event's record, edits of a pending revision, and
 * approval or rejection of the pending revision named by number and content hash (a stale decision is a
 * 409), never by someone of the event's own organization (403).
 */
import type { FastifyPluginAsync } from 'fastify';
import * as v from 'valibot';
import { ApproveBody, ModeratorEditBody, RejectBody, type User } from '../../src/api/contract.ts';
import { ApiError, notFound } from '../base/errors.ts';
import { IdParam, need, parse, type Service } from './http.ts';
import { validEvent } from './validate-event.ts';

export const moderationRoutes: FastifyPluginAsync<Service> = async (app, service) => {
  const { events } = service.stores;

  /**
   * A moderator or admin who belongs to an organization (an organizer whose role was changed keeps it)
   * may not edit or decide on that organization's events: nobody approves their own work.
   */
  async function notOwn(user: User, id: string) {
    if (user.organization && (await events.eventOrganization(id)) === user.organization.id)
      throw new ApiError(403, 'forbidden', "Another moderator decides on your organization's events.");
  }

  app.get('/api/moderation/queue', async (req) => {
    need(req, 'moderator', 'admin');
    return events.queue();
  });

  app.get('/api/moderation/events', async (req) => {
    need(req, 'moderator', 'admin');
    return events.eventRecords();
  });

  app.get<{ Params: { id: string } }>('/api/moderation/events/:id', async (req) => {
    need(req, 'moderator', 'admin');
    const rec = v.is(IdParam, req.params.id) ? await events.eventRecord(req.params.id) : undefined;
    if (!rec) throw notFound();
    return rec;
  });

  app.put<{ Params: { id: string } }>('/api/moderation/events/:id', async (req) => {
    const user = need(req, 'moderator', 'admin');
    if (!v.is(IdParam, req.params.id)) throw notFound();
    const body = parse(ModeratorEditBody, req.body);
    await notOwn(user, req.params.id);
    const event = await validEvent(service, body.event, req.params.id);
    return events.saveEvent(user, event, { submit: false, revision: body.revision, asModerator: true });
  });

  app.post<{ Params: { id: string } }>('/api/moderation/events/:id/approve', async (req) => {
    const user = need(req, 'moderator', 'admin');
    if (!v.is(IdParam, req.params.id)) throw notFound();
    const body = parse(ApproveBody, req.body);
    const rec = await events.eventRecord(req.params.id);
    if (!rec) throw notFound();
    await notOwn(user, req.params.id);
    // Re-checked at approval: a parent or venue may have changed since submission.
    if (rec.working?.state === 'pending' && rec.working.revision === body.revision)
      await validEvent(service, rec.working.event);
    const out = await events.review(user, req.params.id, body.revision, { approve: true }, body.content_hash);
    service.feed.invalidate();
    return out;
  });

  app.post<{ Params: { id: string } }>('/api/moderation/events/:id/reject', async (req) => {
    const user = need(req, 'moderator', 'admin');
    if (!v.is(IdParam, req.params.id)) throw notFound();
    const body = parse(RejectBody, req.body);
    await notOwn(user, req.params.id);
    return events.review(
      user,
      req.params.id,
      body.revision,
      { approve: false, reason: body.reason },
      body.content_hash,
    );
  });
};
