/** The embeddable listing GET /embed/events: whose events, which window, escaping, cookies and frame headers. */
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import type { ListingEvent } from '../../src/listings/schema.ts';
import { describeBackends, fixtureEvent, type World } from './harness.ts';

const XSS = '"><img src=x onerror=alert(1)><script>alert("x")</script>';

/** Creates the event as `who` and, unless `approve` is false, approves it as the moderator. */
async function publish(w: World, who: 'organizer' | 'organizer2', event: ListingEvent, approve = true) {
  const org = await w.as(who);
  const created = await org.req('POST', '/api/my/events', { event, submit: true });
  expect(created.status).toBe(201);
  if (!approve) return;
  const mod = await w.as('moderator');
  const r = await mod.req('POST', `/api/moderation/events/${event.id}/approve`, {
    revision: created.json.working.revision,
    content_hash: created.json.working.content_hash,
  });
  expect(r.status).toBe(200);
}

const event = (id: string, patch: Partial<ListingEvent> = {}): ListingEvent => ({
  ...fixtureEvent(),
  id,
  title_zh: `${id}（虚构）`,
  title_en: `${id} (fictional)`,
  ...patch,
});

const embed = async (w: World, query: string) =>
  (await w.as('anonymous')).req('GET', `/embed/events?${query}`);

describeBackends('embeddable listing', (get) => {
  it('lists the approved events of that organization only: not another’s, not a pending one, not the samples', async () => {
    const w = get();
    await publish(w, 'organizer', event('mine-approved'));
    await publish(w, 'organizer', event('mine-pending'), false);
    await publish(w, 'organizer2', event('theirs-approved'));
    const r = await embed(w, `organization=${w.orgId}&lang=en`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.body).toContain('mine-approved (fictional)');
    expect(r.body).not.toContain('mine-pending');
    expect(r.body).not.toContain('theirs-approved');
    expect(r.body).not.toContain('dongpo');
    expect(r.body).toContain('Test Theatre Club · Upcoming events');
  });

  it('starts the window at the service’s clock and says the day in Hangzhou words', async () => {
    const w = get();
    // Weekly on Saturdays from 14 Nov 2026; the service's clock is Saturday 28 Nov 08:00 in Hangzhou.
    await publish(
      w,
      'organizer',
      event('weekly-yaji', {
        start: '2026-11-14T19:30',
        end: '2026-11-14T21:00',
        rrule: 'FREQ=WEEKLY;BYDAY=SA;COUNT=6',
      }),
    );
    const zh = (await embed(w, `organization=${w.orgId}`)).body;
    expect(zh).not.toContain('11月21日');
    expect(zh).toContain('今天 · 11月28日周六 19:30–21:00');
    expect(zh).toContain('12月5日周六 19:30–21:00');
    const en = (await embed(w, `organization=${w.orgId}&lang=en&limit=2`)).body;
    expect(en).toContain('Today · Sat 28 Nov 19:30–21:00');
    expect(en).toContain('Sat 5 Dec 19:30–21:00');
    expect(en).not.toContain('12 Dec');
    // Each item opens its occurrence in the app, in the whole window.
    expect(en).toContain('href="http://localhost:80/#lang=en&amp;event=weekly-yaji@2026-11-28T19:30"');
    expect(en).toMatch(/<a class="title" href="[^"]+" target="_top">weekly-yaji \(fictional\)<\/a>/);
  });

  it('escapes hostile titles and organization names', async () => {
    const w = get();
    await publish(
      w,
      'organizer',
      event('hostile-title', { title_en: `${XSS} (fictional)`, title_zh: `${XSS}（虚构）` }),
    );
    await w.store.people.createOrganization(null, { name_zh: XSS, name_en: XSS });
    for (const lang of ['zh', 'en']) {
      const body = (await embed(w, `organization=${w.orgId}&lang=${lang}`)).body;
      expect(body).not.toContain('<script>alert');
      expect(body).not.toContain('<img');
      expect(body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    }
    const orgs = await w.store.people.organizations();
    const body = (await embed(w, `organization=${orgs.at(-1)!.id}`)).body;
    expect(body).not.toContain('<script>alert');
    expect(body).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('sets no cookie and reads no session, even for a signed-in organizer', async () => {
    const w = get();
    await publish(w, 'organizer', event('mine-approved'));
    const signedIn = await w.as('organizer');
    const r = await signedIn.req('GET', `/embed/events?organization=${w.orgId}`);
    expect(r.status).toBe(200);
    expect(r.headers['set-cookie']).toBeUndefined();
    const anonymous = await w.app.inject({ method: 'GET', url: `/embed/events?organization=${w.orgId}` });
    expect(anonymous.headers['set-cookie']).toBeUndefined();
    expect(anonymous.body).toBe(r.body);
  });

  it('may be framed by any site, while the rest of the service may not', async () => {
    const w = get();
    const r = await embed(w, `organization=${w.orgId}`);
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain('frame-ancestors http: https:');
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    expect(r.headers['x-frame-options']).toBeUndefined();
    // The one style sheet is allowed by its hash.
    const css = /<style>([\s\S]*?)<\/style>/.exec(r.body)![1];
    const hash = createHash('sha256').update(css).digest('base64');
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(r.body).not.toContain('<script');
    for (const path of ['/api/events', '/embed/events/', '/embed', '/api/health']) {
      const other = await (await w.as('anonymous')).req('GET', path);
      expect(other.headers['x-frame-options'], path).toBe('DENY');
      expect(String(other.headers['content-security-policy']), path).toContain("frame-ancestors 'none'");
    }
  });

  it('answers an unknown organization with a 404 page and a wrong address with a 400 page, both frameable', async () => {
    const w = get();
    const missing = await embed(w, 'organization=999999&lang=en');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(missing.body).toContain('There is no listing for this organization.');
    expect(String(missing.headers['content-security-policy'])).toContain('frame-ancestors http: https:');
    expect((await embed(w, 'organization=999999')).body).toContain('找不到这个组织的活动列表');
    for (const q of [
      '',
      'organization=abc',
      `organization=${w.orgId}&limit=0`,
      `organization=${w.orgId}&limit=51`,
      `organization=${w.orgId}&accent=red`,
      `organization=${w.orgId}&lang=fr`,
      `organization=${w.orgId}&x=1`,
    ]) {
      const r = await embed(w, q);
      expect(r.status, q).toBe(400);
      expect(r.headers['content-type'], q).toBe('text/html; charset=utf-8');
    }
  });

  it('lists at most `limit` occurrences, soonest first, and takes an accent colour', async () => {
    const w = get();
    await publish(w, 'organizer', event('later', { start: '2027-03-13T19:30', end: '2027-03-13T21:00' }));
    await publish(w, 'organizer', event('sooner', { start: '2027-03-06T10:00', end: '2027-03-06T11:00' }));
    const one = (await embed(w, `organization=${w.orgId}&lang=en&limit=1&accent=0A7B83`)).body;
    expect(one).toContain('sooner (fictional)');
    expect(one).not.toContain('later (fictional)');
    expect(one).toContain('--accent:#0a7b83');
    const both = (await embed(w, `organization=${w.orgId}&lang=en`)).body;
    expect(both.indexOf('sooner (fictional)')).toBeLessThan(both.indexOf('later (fictional)'));
  });

  it('says so when the organization has nothing to come', async () => {
    const w = get();
    const r = await embed(w, `organization=${w.otherOrgId}&lang=en`);
    expect(r.status).toBe(200);
    expect(r.body).toContain('No upcoming events.');
  });
});
