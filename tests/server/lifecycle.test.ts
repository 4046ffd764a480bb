/** The event lifecycle through the API: draft → pending → approved | rejected, and edits of published events. */
import { expect, it } from 'vitest';
import { describeBackends, fixtureEvent } from './harness.ts';

const feedIds = async (c: {
  req: (m: string, u: string) => Promise<{ json: { events: { id: string }[] } }>;
}) => (await c.req('GET', '/api/events')).json.events.map((e) => e.id);

describeBackends('event lifecycle', (get) => {
  it('a draft is saved for its organization and is not public', async () => {
    const org = await get().as('organizer');
    const r = await org.req('POST', '/api/my/events', { event: fixtureEvent() });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({
      id: 'test-fixture-evening',
      state: 'draft',
      published: null,
      working: { state: 'draft' },
    });
    expect(await feedIds(org)).not.toContain('test-fixture-evening');
    expect((await org.req('GET', '/api/events/test-fixture-evening')).status).toBe(404);
  });

  it('a submitted event waits in the queue with every field as a change, and is public once approved', async () => {
    const w = get();
    const org = await w.as('organizer');
    const mod = await w.as('moderator');
    await org.req('POST', '/api/my/events', { event: fixtureEvent(), submit: true });
    const queue = (await mod.req('GET', '/api/moderation/queue')).json;
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({
      id: 'test-fixture-evening',
      published: null,
      submitted_by: { email: 'organizer@example.org' },
    });
    expect(queue[0].changes).toContainEqual({
      path: 'title_en',
      before: null,
      after: 'Test fixture event (fictional)',
    });
    const approved = await mod.req('POST', '/api/moderation/events/test-fixture-evening/approve', {
      revision: queue[0].revision,
      content_hash: queue[0].content_hash,
    });
    expect(approved.json).toMatchObject({
      state: 'approved',
      working: null,
      published: { id: 'test-fixture-evening' },
    });
    expect(await feedIds(org)).toContain('test-fixture-evening');
    expect((await mod.req('GET', '/api/moderation/queue')).json).toEqual([]);
  });

  it('an edit of a published event goes back to moderation while the approved version stays public', async () => {
    const w = get();
    const org = await w.as('organizer');
    const mod = await w.as('moderator');
    const first = await org.req('POST', '/api/my/events', { event: fixtureEvent(), submit: true });
    await mod.req('POST', '/api/moderation/events/test-fixture-evening/approve', {
      revision: first.json.working.revision,
      content_hash: first.json.working.content_hash,
    });
    const edited = { ...fixtureEvent(), title_en: 'Test fixture event, new title (fictional)' };
    const r = await org.req('PUT', '/api/my/events/test-fixture-evening', { event: edited, submit: true });
    expect(r.json).toMatchObject({
      state: 'pending',
      published: { title_en: 'Test fixture event (fictional)' },
    });
    const pub = await org.req('GET', '/api/events/test-fixture-evening');
    expect(pub.json.title_en).toBe('Test fixture event (fictional)');
    const [item] = (await mod.req('GET', '/api/moderation/queue')).json;
    expect(item.changes).toEqual([
      {
        path: 'title_en',
        before: 'Test fixture event (fictional)',
        after: 'Test fixture event, new title (fictional)',
      },
    ]);
    await mod.req('POST', '/api/moderation/events/test-fixture-evening/approve', {
      revision: item.revision,
      content_hash: item.content_hash,
    });
    expect((await org.req('GET', '/api/events/test-fixture-evening')).json.title_en).toBe(
      'Test fixture event, new title (fictional)',
    );
  });

  it('a rejection carries its reason to the organizer, who can fix and resubmit', async () => {
    const w = get();
    const org = await w.as('organizer');
    const mod = await w.as('moderator');
    const first = await org.req('POST', '/api/my/events', { event: fixtureEvent(), submit: true });
    const rejected = await mod.req('POST', '/api/moderation/events/test-fixture-evening/reject', {
      revision: first.json.working.revision,
      reason: '请补充票价来源 / Please source the price.',
    });
    expect(rejected.json).toMatchObject({
      state: 'rejected',
      working: { reason: '请补充票价来源 / Please source the price.' },
    });
    const mine = (await org.req('GET', '/api/my/events/test-fixture-evening')).json;
    expect(mine.working.reason).toBe('请补充票价来源 / Please source the price.');
    const fixed = await org.req('PUT', '/api/my/events/test-fixture-evening', {
      event: fixtureEvent(),
      submit: true,
    });
    expect(fixed.json).toMatchObject({
      state: 'pending',
      feedback: [{ state: 'rejected', reason: '请补充票价来源 / Please source the price.' }],
    });
  });

  it('approving a revision that is no longer the pending one is refused (409)', async () => {
    const w = get();
    const org = await w.as('organizer');
    const mod = await w.as('moderator');
    const first = await org.req('POST', '/api/my/events', { event: fixtureEvent() });
    const r = await mod.req('POST', '/api/moderation/events/test-fixture-evening/approve', {
      revision: first.json.working.revision,
      content_hash: first.json.working.content_hash,
    });
    expect(r.status).toBe(409);
  });

  it('an event id cannot be taken twice, nor a bundled sample id', async () => {
    const w = get();
    const org = await w.as('organizer');
    const org2 = await w.as('organizer2');
    await org.req('POST', '/api/my/events', { event: fixtureEvent() });
    expect((await org2.req('POST', '/api/my/events', { event: fixtureEvent() })).status).toBe(409);
    const sample = { ...fixtureEvent(), id: 'dongpo-five-flavours' };
    expect((await org.req('POST', '/api/my/events', { event: sample })).status).toBe(409);
  });

  it('an invited organizer accepts, is signed in, and works for the invited organization', async () => {
    const w = get();
    const admin = await w.as('admin');
    const inv = await admin.req('POST', '/api/admin/invitations', {
      email: 'New@Example.org',
      role: 'organizer',
      organization_id: w.orgId,
    });
    expect(inv.status).toBe(201);
    const guest = await w.as('anonymous');
    const look = await guest.req('GET', `/api/invitations/${inv.json.token}`);
    expect(look.json).toMatchObject({
      email: 'new@example.org',
      role: 'organizer',
      organization: { id: w.orgId },
    });
    const acc = await guest.req('POST', `/api/invitations/${inv.json.token}/accept`, {
      name: '新人',
      password: 'a long enough password',
    });
    expect(acc.status).toBe(201);
    expect(acc.json.user).toMatchObject({
      email: 'new@example.org',
      role: 'organizer',
      organization: { id: w.orgId },
    });
    expect((await guest.req('GET', '/api/my/events')).status).toBe(200);
    expect((await guest.req('GET', `/api/invitations/${inv.json.token}`)).status).toBe(404);
  });

  it('every change is in the audit log with who and what', async () => {
    const w = get();
    const org = await w.as('organizer');
    const mod = await w.as('moderator');
    const admin = await w.as('admin');
    const first = await org.req('POST', '/api/my/events', { event: fixtureEvent(), submit: true });
    await mod.req('POST', '/api/moderation/events/test-fixture-evening/approve', {
      revision: first.json.working.revision,
      content_hash: first.json.working.content_hash,
    });
    const log = (await admin.req('GET', '/api/admin/audit')).json as {
      action: string;
      actor: { email: string } | null;
      target_id: string;
    }[];
    expect(log.find((e) => e.action === 'event.create')).toMatchObject({
      actor: { email: 'organizer@example.org' },
      target_id: 'test-fixture-evening',
    });
    expect(log.find((e) => e.action === 'event.approve')).toMatchObject({
      actor: { email: 'moderator@example.org' },
      target_id: 'test-fixture-evening',
    });
  });

  it('the .ics import previews events and problems without storing anything', async () => {
    const w = get();
    const org = await w.as('organizer');
    const { readFileSync } = await import('node:fs');
    const ics = readFileSync('tests/fixtures/events/organiser.ics', 'utf8');
    const r = await org.req('POST', '/api/my/import-ics', {
      ics,
      filename: 'organiser.ics',
      default_category: 'performance',
    });
    expect(r.status).toBe(200);
    expect(r.json.events.length).toBeGreaterThan(0);
    expect(r.json.events[0].organizer).toEqual({ name_zh: '测试剧社', name_en: 'Test Theatre Club' });
    expect(Array.isArray(r.json.problems)).toBe(true);
    expect((await org.req('GET', '/api/my/events')).json).toEqual([]);
  });
});
