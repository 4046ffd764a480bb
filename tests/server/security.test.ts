/**
 * Regression tests for the findings of issue #16 (the service attacked). Each test failed on the code
 * before its fix.
 */
import { expect, it } from 'vitest';
import { Client, describeBackends, fixtureEvent, PASSWORD } from './harness.ts';

/** A client whose requests come from `ip` (Fastify inject's remote address). */
function from(client: Client, ip: string): Client {
  const req = client.req.bind(client);
  client.req = (method, url, body, headers = {}) => req(method, url, body, headers, ip);
  return client;
}

describeBackends('sign-in limits', (get) => {
  it('a burst of 61 concurrent guesses from one address checks no more than the limit (5 per e-mail)', async () => {
    const w = get();
    const c = from(new Client(w.app), '203.0.113.7');
    await c.session();
    const guesses = Array.from({ length: 61 }, (_, i) =>
      c.req('POST', '/api/auth/login', {
        email: 'admin@example.org',
        password: i === 60 ? PASSWORD : `wrong guess ${i}`,
      }),
    );
    const answers = await Promise.all(guesses);
    const checked = answers.filter((r) => r.status !== 429);
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(answers[60].status).toBe(429);
    const failed = (await w.db.query("SELECT id FROM audit WHERE action = 'user.login_failed'")).rows;
    expect(failed.length).toBeLessThanOrEqual(5);
  });

  it('a burst over 61 e-mails from one address checks no more than 20 passwords', async () => {
    const c = from(new Client(get().app), '203.0.113.8');
    await c.session();
    const answers = await Promise.all(
      Array.from({ length: 61 }, (_, i) =>
        c.req('POST', '/api/auth/login', { email: `user${i}@example.org`, password: 'wrong guess' }),
      ),
    );
    expect(answers.filter((r) => r.status === 401).length).toBe(20);
    expect(answers.filter((r) => r.status === 429).length).toBe(41);
  });

  it('guesses from elsewhere do not lock the real user out: they only slow the e-mail down', async () => {
    const w = get();
    for (const ip of ['198.51.100.1', '198.51.100.2']) {
      const attacker = from(new Client(w.app), ip);
      await attacker.session();
      for (let i = 0; i < 5; i++)
        expect((await attacker.login('moderator@example.org', 'wrong password!')).status).toBe(401);
      const blocked = await attacker.login('moderator@example.org', 'wrong password!');
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    }
    const user = from(new Client(w.app), '192.0.2.44');
    const r = await user.login('moderator@example.org');
    expect(r.status).toBe(200);
    // The e-mail had 10 failures: the real user's answer was delayed, by at most the cap.
    expect(w.slept.length).toBeGreaterThan(0);
    expect(Math.max(...w.slept)).toBeLessThanOrEqual(30_000);
  });
});

describeBackends('moderation bound to what was reviewed', (get) => {
  it('an edit after the moderator loaded the event makes the approval a 409, and nothing unseen is published', async () => {
    const w = get();
    const org = await w.as('organizer');
    const mod = await w.as('moderator');
    const honest = fixtureEvent();
    await org.req('POST', '/api/my/events', { event: honest, submit: true });
    const [item] = (await mod.req('GET', '/api/moderation/queue')).json;
    const bait = await org.req('PUT', `/api/my/events/${honest.id}`, {
      event: { ...honest, title_en: 'Switched after review (fictional)' },
    });
    expect(bait.json.working.revision).toBe(item.revision);
    expect(bait.json.working.content_hash).not.toBe(item.content_hash);
    const r = await mod.req('POST', `/api/moderation/events/${honest.id}/approve`, {
      revision: item.revision,
      content_hash: item.content_hash,
    });
    expect([r.status, r.json.error]).toEqual([409, 'conflict']);
    expect((await mod.req('GET', `/api/events/${honest.id}`)).status).toBe(404);
    // Without the hash of what was reviewed there is no approval at all.
    const bare = await mod.req('POST', `/api/moderation/events/${honest.id}/approve`, {
      revision: item.revision,
    });
    expect(bare.status).toBe(422);
    const [again] = (await mod.req('GET', '/api/moderation/queue')).json;
    const ok = await mod.req('POST', `/api/moderation/events/${honest.id}/approve`, {
      revision: again.revision,
      content_hash: again.content_hash,
    });
    expect(ok.status).toBe(200);
    expect(ok.json.published.title_en).toBe('Switched after review (fictional)');
  });

  it('an organizer made moderator cannot edit, approve or reject their own organization’s events', async () => {
    const w = get();
    const org = await w.as('organizer');
    const admin = await w.as('admin');
    const e = fixtureEvent();
    const created = await org.req('POST', '/api/my/events', { event: e, submit: true });
    const me = (await admin.req('GET', '/api/admin/users')).json.find(
      (u: { email: string }) => u.email === 'organizer@example.org',
    );
    expect((await admin.req('PATCH', `/api/admin/users/${me.id}`, { role: 'moderator' })).status).toBe(200);
    const turned = await w.as('organizer');
    const decision = {
      revision: created.json.working.revision,
      content_hash: created.json.working.content_hash,
    };
    for (const [method, path, body] of [
      ['POST', `/api/moderation/events/${e.id}/approve`, decision],
      ['POST', `/api/moderation/events/${e.id}/reject`, { ...decision, reason: 'Mine.' }],
      ['PUT', `/api/moderation/events/${e.id}`, { revision: decision.revision, event: e }],
    ] as const) {
      const r = await turned.req(method, path, body);
      expect([r.status, r.json.error]).toEqual([403, 'forbidden']);
    }
    const other = await w.as('moderator');
    expect((await other.req('POST', `/api/moderation/events/${e.id}/approve`, decision)).status).toBe(200);
  });
});
