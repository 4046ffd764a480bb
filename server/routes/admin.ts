/**
 * The admin's people (`/api/admin/…`): organizations, invitations, accounts and their roles, and the audit
 * log read backwards a page at a time. Admin venues are venues.ts.
 */
import type { FastifyPluginAsync } from 'fastify';
import { InvitationBody, LIMITS, OrganizationBody, UserPatchBody } from '../../src/api/contract.ts';
import { ApiError, invalidField } from '../base/errors.ts';
import { need, numericId, parse, type Service } from './http.ts';

export const adminRoutes: FastifyPluginAsync<Service> = async (app, service) => {
  const { people, audit } = service.stores;

  app.get('/api/admin/organizations', async (req) => {
    need(req, 'admin');
    return people.organizations();
  });

  app.post('/api/admin/organizations', async (req, reply) => {
    const user = need(req, 'admin');
    const body = parse(OrganizationBody, req.body);
    return reply.code(201).send(await people.createOrganization(user.id, body));
  });

  app.get('/api/admin/invitations', async (req) => {
    need(req, 'admin');
    return people.invitations();
  });

  app.post('/api/admin/invitations', async (req, reply) => {
    const user = need(req, 'admin');
    const body = parse(InvitationBody, req.body);
    if (body.role === 'organizer') {
      if (body.organization_id === undefined)
        throw invalidField('organization_id', 'organization', 'an organizer belongs to an organization');
      if (!(await people.organization(body.organization_id)))
        throw invalidField('organization_id', 'organization', 'no such organization');
    } else if (body.organization_id !== undefined)
      throw invalidField('organization_id', 'organization', 'only organizers belong to an organization');
    const r = await people.createInvitation(user.id, {
      email: body.email,
      role: body.role,
      organizationId: body.organization_id ?? null,
    });
    return reply.code(201).send(r);
  });

  app.delete<{ Params: { id: string } }>('/api/admin/invitations/:id', async (req, reply) => {
    const user = need(req, 'admin');
    await people.revokeInvitation(user.id, numericId(req.params.id));
    return reply.code(204).send();
  });

  app.get('/api/admin/users', async (req) => {
    need(req, 'admin');
    return people.users();
  });

  app.patch<{ Params: { id: string } }>('/api/admin/users/:id', async (req) => {
    const user = need(req, 'admin');
    const body = parse(UserPatchBody, req.body);
    return people.updateUser(user.id, numericId(req.params.id), body);
  });

  app.get('/api/admin/audit', async (req) => {
    need(req, 'admin');
    const q = req.query as { limit?: string; before?: string };
    const limit = q.limit === undefined ? 100 : Number(q.limit);
    const before = q.before === undefined ? undefined : Number(q.before);
    if (!Number.isInteger(limit) || limit < 1 || limit > LIMITS.auditPage)
      throw new ApiError(400, 'bad_request', `limit: 1–${LIMITS.auditPage}`);
    if (before !== undefined && (!Number.isInteger(before) || before < 1))
      throw new ApiError(400, 'bad_request', 'before: an entry id');
    return audit.entries(limit, before);
  });
};
