/** Sign-in, sessions, cookies, rate limiting and account administration. */
import { expect, it } from 'vitest';
import { Client, describeBackends } from './harness.ts';

describeBackends('accounts', (get) => {
  it('sets an HttpOnly SameSite=Strict session cookie and returns the user and a CSRF token', async () => {
    const c = new Client(get().app);
    await c.session();
    const r = await c.login('organizer@example.org');
    expect(r.json.user).toMatchObject({ email: 'organizer@example.org', role: 'organizer' });
    expect(r.json.csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const set = String(r.headers['set-cookie']);
    expect(set).toMatch(/^shm_session=[A-Za-z0-9_-]+; Path=\/; HttpOnly; SameSite=Strict$/);
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const c = new Client(get().app);
    const a = await c.login('nobody@example.org');
    const b = await c.login('organizer@example.org', 'wrong password!');
    expect([a.status, a.json.error]).toEqual([401, 'invalid_credentials']);
    expect([b.status, b.json.error]).toEqual([401, 'invalid_credentials']);
  });

  it('locks an e-mail after 5 failed sign-ins with 429 and Retry-After, even for the right password', async () => {
    const c = new Client(get().app);
    for (let i = 0; i < 5; i++)
      expect((await c.login('organizer@example.org', 'wrong password!')).status).toBe(401);
    const r = await c.login('organizer@example.org');
    expect(r.status).toBe(429);
    expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('stores scrypt hashes, never the password', async () => {
    const w = get();
    const rows = (await w.db.query<{ password_hash: string }>('SELECT password_hash FROM users')).rows;
    for (const r of rows) {
      expect(r.password_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
      expect(r.password_hash).not.toContain('correct horse');
    }
  });

  it('logout ends the session', async () => {
    const c = await get().as('organizer');
    await c.req('POST', '/api/auth/logout', {});
    expect((await c.session()).json.user).toBeNull();
    expect((await c.req('GET', '/api/my/events')).status).toBe(401);
  });

  it('a disabled account is signed out and cannot sign in', async () => {
    const w = get();
    const org = await w.as('organizer');
    const admin = await w.as('admin');
    const id = (await org.session()).json.user.id;
    expect((await admin.req('PATCH', `/api/admin/users/${id}`, { disabled: true })).status).toBe(200);
    expect((await org.req('GET', '/api/my/events')).status).toBe(401);
    expect((await new Client(w.app).login('organizer@example.org')).status).toBe(401);
  });

  it('refuses to disable the last active admin (409)', async () => {
    const admin = await get().as('admin');
    const id = (await admin.session()).json.user.id;
    expect((await admin.req('PATCH', `/api/admin/users/${id}`, { disabled: true })).status).toBe(409);
  });

  it('an invitation for an organizer needs an organization; a password needs 10 characters', async () => {
    const w = get();
    const admin = await w.as('admin');
    const r = await admin.req('POST', '/api/admin/invitations', {
      email: 'x@example.org',
      role: 'organizer',
    });
    expect(r.json.fields).toHaveProperty('organization_id');
    const inv = await admin.req('POST', '/api/admin/invitations', {
      email: 'm@example.org',
      role: 'moderator',
    });
    const guest = await w.as('anonymous');
    const acc = await guest.req('POST', `/api/invitations/${inv.json.token}/accept`, {
      name: 'm',
      password: 'short',
    });
    expect(acc.json.fields).toHaveProperty('password');
  });
});
