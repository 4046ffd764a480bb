/**
 * Authorization matrix: every role (and anonymous) × every action, expected statuses in
 * fixtures/authz-matrix.json. Each cell gets its own fresh target (an event in the state the action
 * needs, an invitation, a user), made through the store as the organizer of the first organization.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeBackends, fixtureEvent, type World } from './harness.ts';
import type { Role } from '../../src/api/contract.ts';
import { checkVenueInput } from '../../src/listings/admin-venue.ts';

const matrix = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures', 'authz-matrix.json'), 'utf8'),
) as {
  roles: (Role | 'organizer2' | 'anonymous')[];
  actions: Record<string, Record<string, number>>;
};

let n = 0;
/** An event of the first organization, as a draft, pending or approved. */
async function event(w: World, state: 'draft' | 'pending' | 'approved') {
  const owner = (await w.store.people.users()).find((u) => u.email === 'organizer@example.org')!;
  const mod = (await w.store.people.users()).find((u) => u.role === 'moderator')!;
  const e = { ...fixtureEvent(), id: `matrix-${++n}` };
  const rec = await w.store.events.createEvent(owner, e, state !== 'draft');
  if (state === 'approved') await w.store.events.review(mod, e.id, rec.working!.revision, { approve: true });
  return rec;
}

const VENUE = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'venue.json'), 'utf8')) as Record<
  string,
  unknown
>;

/** A venue body without its id (the update shape). */
const withoutId = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'id'));

/** An admin venue made through the store, retired when asked. */
async function venue(w: World, retired = false) {
  const admin = (await w.store.people.users()).find((u) => u.role === 'admin')!;
  const checked = checkVenueInput({ ...VENUE, id: `matrix-venue-${++n}` }, [], 'create');
  if (!checked.ok) throw new Error(JSON.stringify(checked.fields));
  const venues = w.store.venues;
  const v = await venues.create(admin.id, checked.venue);
  return retired ? venues.setRetired(admin.id, v.id, true) : v;
}

const ICS = readFileSync(join('tests', 'fixtures', 'events', 'organiser.ics'), 'utf8');

/** Path and body for each action, with a fresh target. */
async function prepare(w: World, action: string): Promise<{ path: string; body?: unknown }> {
  const [, path] = action.split(' ');
  const withId = (id: string | number) => path.replace(':id', String(id));
  switch (action) {
    case 'GET /api/events/:id':
      return { path: withId((await event(w, 'approved')).id) };
    case 'GET /api/my/events/:id':
    case 'GET /api/moderation/events/:id':
      return { path: withId((await event(w, 'draft')).id) };
    case 'POST /api/my/events':
      return { path, body: { event: { ...fixtureEvent(), id: `matrix-new-${++n}` } } };
    case 'PUT /api/my/events/:id': {
      const rec = await event(w, 'draft');
      return {
        path: withId(rec.id),
        body: { event: { ...rec.working!.event, title_en: 'Changed (fictional)' } },
      };
    }
    case 'POST /api/my/events/:id/submit':
      return { path: withId((await event(w, 'draft')).id), body: {} };
    case 'DELETE /api/my/events/:id/draft':
      return { path: withId((await event(w, 'draft')).id) };
    case 'POST /api/my/import-ics':
      return { path, body: { ics: ICS, filename: 'organiser.ics', default_category: 'performance' } };
    case 'PUT /api/moderation/events/:id': {
      const rec = await event(w, 'pending');
      return { path: withId(rec.id), body: { revision: rec.working!.revision, event: rec.working!.event } };
    }
    case 'POST /api/moderation/events/:id/approve': {
      const rec = await event(w, 'pending');
      return {
        path: withId(rec.id),
        body: { revision: rec.working!.revision, content_hash: rec.working!.content_hash },
      };
    }
    case 'POST /api/moderation/events/:id/reject': {
      const rec = await event(w, 'pending');
      return { path: withId(rec.id), body: { revision: rec.working!.revision, reason: 'Matrix test.' } };
    }
    case 'POST /api/admin/organizations':
      return { path, body: { name_zh: '矩阵社', name_en: 'Matrix Club' } };
    case 'POST /api/admin/invitations':
      return { path, body: { email: `m${++n}@example.org`, role: 'organizer', organization_id: w.orgId } };
    case 'DELETE /api/admin/invitations/:id': {
      const admin = (await w.store.people.users()).find((u) => u.role === 'admin')!;
      const inv = await w.store.people.createInvitation(admin.id, {
        email: `r${++n}@example.org`,
        role: 'moderator',
        organizationId: null,
      });
      return { path: withId(inv.invitation.id) };
    }
    case 'PATCH /api/admin/users/:id': {
      const u = await w.store.people.createUser(null, {
        email: `p${++n}@example.org`,
        name: 'p',
        role: 'moderator',
        organizationId: null,
        passwordHash: 'x',
      });
      return { path: withId(u.id), body: { disabled: true } };
    }
    case 'POST /api/admin/venues':
      return { path, body: { ...VENUE, id: `matrix-venue-new-${++n}` } };
    case 'PUT /api/admin/venues/:id': {
      return { path: withId((await venue(w)).id), body: withoutId(VENUE) };
    }
    case 'POST /api/admin/venues/:id/retire':
      return { path: withId((await venue(w)).id), body: {} };
    case 'POST /api/admin/venues/:id/restore':
      return { path: withId((await venue(w, true)).id), body: {} };
    default:
      return { path };
  }
}

describeBackends('authorization matrix', (get) => {
  for (const role of matrix.roles) {
    it(`${role}: every action gets the expected status`, async () => {
      const w = get();
      const client = await w.as(role);
      const got: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const [action, statuses] of Object.entries(matrix.actions)) {
        const { path, body } = await prepare(w, action);
        const r = await client.req(action.split(' ')[0], path, body);
        got[action] = r.status;
        expected[action] = statuses[role];
      }
      expect(got).toEqual(expected);
    });
  }
});
