/** Hostile input: oversized and malformed bodies, script in text fields, forged requests. */
import { expect, it } from 'vitest';
import { describeBackends, fixtureEvent } from './harness.ts';

const XSS = '"><img src=x onerror=alert(1)><script>alert("x")</script>';

describeBackends('hostile input', (get) => {
  it('refuses a body over 64 kB with 413', async () => {
    const org = await get().as('organizer');
    const r = await org.req('POST', '/api/my/events', {
      event: { ...fixtureEvent(), description_en: 'x'.repeat(70_000) },
    });
    expect(r.status).toBe(413);
    expect(r.json.error).toBe('payload_too_large');
  });

  it('answers malformed JSON with 400 invalid_json and a non-JSON body with 415', async () => {
    const org = await get().as('organizer');
    expect((await org.req('POST', '/api/my/events', '{"event": ')).json.error).toBe('invalid_json');
    const r = await org.req('POST', '/api/my/events', 'event=1', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(r.status).toBe(415);
  });

  it('reports every invalid field by its path', async () => {
    const org = await get().as('organizer');
    const bad = { ...fixtureEvent(), title_en: '', end: '2027-03-06T18:00', venue: 'nowhere', extra: 1 };
    const r = await org.req('POST', '/api/my/events', { event: bad });
    expect(r.status).toBe(422);
    expect(r.json.error).toBe('validation');
    expect(Object.keys(r.json.fields).sort()).toEqual(['extra', 'title_en']);
    const r2 = await org.req('POST', '/api/my/events', {
      event: { ...fixtureEvent(), end: '2027-03-06T18:00', venue: 'nowhere' },
    });
    expect(r2.json.fields).toMatchObject({
      end: expect.stringContaining('after the start'),
      venue: expect.stringContaining('nowhere'),
    });
  });

  it('refuses HTML in descriptions, as the build does', async () => {
    const org = await get().as('organizer');
    const r = await org.req('POST', '/api/my/events', {
      event: { ...fixtureEvent(), description_en: '<b>hi</b>' },
    });
    expect(r.json.fields.description_en).toContain('plain text');
  });

  it('stores script-like titles verbatim and serves them as JSON text', async () => {
    const w = get();
    const org = await w.as('organizer');
    const mod = await w.as('moderator');
    const e = {
      ...fixtureEvent(),
      title_en: `${XSS} (fictional)`,
      organizer: { name_zh: XSS, name_en: XSS },
    };
    const created = await org.req('POST', '/api/my/events', { event: e, submit: true });
    expect(created.status).toBe(201);
    await mod.req('POST', `/api/moderation/events/${e.id}/approve`, {
      revision: created.json.working.revision,
      content_hash: created.json.working.content_hash,
    });
    const pub = await org.req('GET', `/api/events/${e.id}`);
    expect(pub.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(pub.json.title_en).toBe(`${XSS} (fictional)`);
    expect(pub.json.organizer.name_zh).toBe(XSS);
  });

  it('refuses a write without the CSRF token, with a wrong one, or from a foreign origin', async () => {
    const org = await get().as('organizer');
    const body = { event: fixtureEvent() };
    expect((await org.req('POST', '/api/my/events', body, { 'x-csrf-token': '' })).json.error).toBe('csrf');
    expect((await org.req('POST', '/api/my/events', body, { 'x-csrf-token': 'A'.repeat(43) })).status).toBe(
      403,
    );
    expect(
      (await org.req('POST', '/api/my/events', body, { origin: 'https://evil.example' })).json.error,
    ).toBe('csrf');
    expect((await org.req('GET', '/api/my/events')).json).toEqual([]);
  });

  it('does not follow or echo redirects: unknown API paths are 404 JSON, never a Location', async () => {
    const c = await get().as('anonymous');
    for (const path of [
      '/api/auth/login?next=https://evil.example',
      '//evil.example/',
      '/api//evil.example',
    ]) {
      const r = await c.req('GET', path);
      expect(r.headers.location).toBeUndefined();
      expect(r.status).toBeGreaterThanOrEqual(400);
    }
  });

  it('refuses path-shaped event ids without touching the file system', async () => {
    const c = await get().as('anonymous');
    expect((await c.req('GET', '/api/events/..%2F..%2Fpackage.json')).status).toBe(404);
    const file = await c.req('GET', '/..%2Fpackage.json');
    expect(file.status).toBeGreaterThanOrEqual(400);
    expect(file.body).not.toContain('song-heritage-map');
  });
});
