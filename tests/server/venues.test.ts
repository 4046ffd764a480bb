/** Admin venues through the API: create, edit, retire and restore; events and the feed at an admin venue. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import gcoord from 'gcoord';
import { expect, it } from 'vitest';
import { describeBackends, fixtureEvent, geodata, type Client, type World } from './harness.ts';

const fixtureVenue = () =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'venue.json'), 'utf8')) as Record<
    string,
    unknown
  > & { id: string; position: [number, number] };

/** A venue body without its id (the update shape). */
const withoutId = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'id'));

const atVenue = () => ({ ...fixtureEvent(), id: 'test-at-courtyard', venue: fixtureVenue().id });

async function createVenue(admin: Client, body: Record<string, unknown> = fixtureVenue()) {
  const r = await admin.req('POST', '/api/admin/venues', body);
  if (r.status !== 201) throw new Error(`create venue: ${r.status} ${r.body}`);
  return r.json;
}

/** Organizer submits the event at the fixture venue, moderator approves it. */
async function approvedEventAtVenue(w: World) {
  const org = await w.as('organizer');
  const mod = await w.as('moderator');
  const rec = await org.req('POST', '/api/my/events', { event: atVenue(), submit: true });
  expect(rec.status).toBe(201);
  const ok = await mod.req('POST', `/api/moderation/events/${rec.json.id}/approve`, {
    revision: rec.json.working.revision,
    content_hash: rec.json.working.content_hash,
  });
  expect(ok.status).toBe(200);
  return { org, mod };
}

describeBackends('admin venues', (get) => {
  it('a point typed in GCJ-02 is stored as its WGS84 conversion, with the typed point kept', async () => {
    const admin = await get().as('admin');
    const typed = fixtureVenue().position;
    const v = await createVenue(admin);
    const expected = gcoord.transform(typed, gcoord.GCJ02, gcoord.WGS84) as [number, number];
    expect(v.position[0]).toBeCloseTo(expected[0], 6);
    expect(v.position[1]).toBeCloseTo(expected[1], 6);
    expect(v.gcj02).toEqual(typed);
    expect(v).toMatchObject({ retired: false, confidence: 'low', address_en: 'Test address (fictional)' });
    const listed = (await admin.req('GET', '/api/admin/venues')).json.find(
      (x: { id: string }) => x.id === v.id,
    );
    expect(listed).toMatchObject({ source: 'admin', position: v.position });
  });

  it('without an area the venue gets the layer its point falls in or is nearest to; a chosen one is kept', async () => {
    const admin = await get().as('admin');
    const derived = await createVenue(admin);
    expect(derived.area).toBeTruthy();
    const chosen = await createVenue(admin, { ...fixtureVenue(), id: 'test-chosen-area', area: 'around' });
    expect(chosen.area).toBe('around');
  });

  it('refuses an id of a geodata place and an id already used', async () => {
    const admin = await get().as('admin');
    const place = geodata.places[0].properties.id;
    expect((await admin.req('POST', '/api/admin/venues', { ...fixtureVenue(), id: place })).status).toBe(409);
    await createVenue(admin);
    expect((await admin.req('POST', '/api/admin/venues', fixtureVenue())).status).toBe(409);
  });

  it('names the fields of an invalid venue: position outside the map, no source, HTML, bad url', async () => {
    const admin = await get().as('admin');
    const r = await admin.req('POST', '/api/admin/venues', {
      ...fixtureVenue(),
      id: 'Bad Id',
      name_en: '<b>Stage</b>',
      sources: [],
    });
    expect(r.status).toBe(422);
    expect(Object.keys(r.json.fields).sort()).toEqual(['id', 'name_en', 'sources']);
    const outside = await admin.req('POST', '/api/admin/venues', {
      ...fixtureVenue(),
      position: [fixtureVenue().position[1], fixtureVenue().position[0]],
      datum: 'wgs84',
    });
    expect(outside.status).toBe(422);
    expect(outside.json.fields.position).toMatch(/outside the map.*\[lat, lon\]/);
    const html = await admin.req('POST', '/api/admin/venues', { ...fixtureVenue(), name_en: '<b>Stage</b>' });
    expect(html.json.fields).toEqual({ name_en: expect.stringMatching(/no HTML/) });
    const url = await admin.req('POST', '/api/admin/venues', {
      ...fixtureVenue(),
      sources: [{ title: 'x', url: 'javascript:alert(1)' }],
    });
    expect(url.json.fields).toHaveProperty(['sources.0.url']);
  });

  it('GET /api/venues lists geodata places and active admin venues, each with its source', async () => {
    const w = get();
    const admin = await w.as('admin');
    await createVenue(admin);
    const anon = await w.as('anonymous');
    const list = (await anon.req('GET', '/api/venues')).json as { id: string; source: string }[];
    expect(list.filter((x) => x.source === 'geodata')).toHaveLength(geodata.places.length);
    expect(list.find((x) => x.id === fixtureVenue().id)).toMatchObject({ source: 'admin' });
    await admin.req('POST', `/api/admin/venues/${fixtureVenue().id}/retire`, {});
    const after = (await anon.req('GET', '/api/venues')).json as { id: string }[];
    expect(after.map((x) => x.id)).not.toContain(fixtureVenue().id);
  });

  it('an approved event at an admin venue is in the feed with the venue name and position', async () => {
    const w = get();
    const v = await createVenue(await w.as('admin'));
    const { org } = await approvedEventAtVenue(w);
    const feed = (await org.req('GET', '/api/events')).json;
    const e = feed.events.find((x: { id: string }) => x.id === 'test-at-courtyard');
    expect(e.place).toEqual({ name_zh: v.name_zh, name_en: v.name_en, position: v.position, area: v.area });
    const ics = await org.req('GET', '/api/events/test-at-courtyard.ics');
    expect(ics.body.replace(/\r?\n /g, '')).toContain(
      'LOCATION:测试用庭院舞台（虚构） / Test courtyard stage (fictional)',
    );
  });

  it('an edit of the venue shows in the feed and is audited with the changed fields', async () => {
    const w = get();
    const admin = await w.as('admin');
    await createVenue(admin);
    await approvedEventAtVenue(w);
    const rest = withoutId(fixtureVenue());
    const r = await admin.req('PUT', `/api/admin/venues/${fixtureVenue().id}`, {
      ...rest,
      name_en: 'Renamed test stage (fictional)',
    });
    expect(r.status).toBe(200);
    const feed = (await admin.req('GET', '/api/events')).json;
    expect(feed.events.find((x: { id: string }) => x.id === 'test-at-courtyard').place.name_en).toBe(
      'Renamed test stage (fictional)',
    );
    const audit = (await admin.req('GET', '/api/admin/audit')).json;
    expect(audit[0]).toMatchObject({
      action: 'venue.update',
      target_type: 'venue',
      target_id: fixtureVenue().id,
      detail: { fields: ['name_en'] },
    });
  });

  it('geodata places are read-only: editing or retiring one is refused', async () => {
    const admin = await get().as('admin');
    const place = geodata.places[0].properties.id;
    const rest = withoutId(fixtureVenue());
    const put = await admin.req('PUT', `/api/admin/venues/${place}`, rest);
    expect(put.status).toBe(409);
    expect(put.json.message).toMatch(/geodata/);
    expect((await admin.req('POST', `/api/admin/venues/${place}/retire`, {})).status).toBe(409);
  });

  it('a venue with an approved event still to come cannot be retired; the answer names the event', async () => {
    const w = get();
    const admin = await w.as('admin');
    await createVenue(admin);
    await approvedEventAtVenue(w);
    const r = await admin.req('POST', `/api/admin/venues/${fixtureVenue().id}/retire`, {});
    expect(r.status).toBe(409);
    expect(r.json).toMatchObject({
      error: 'conflict',
      events: [
        {
          id: 'test-at-courtyard',
          title_en: 'Test fixture event (fictional)',
          next: '2027-03-06T19:30+08:00',
        },
      ],
    });
    expect((await admin.req('GET', '/api/venues')).json.map((x: { id: string }) => x.id)).toContain(
      fixtureVenue().id,
    );
  });

  it('a retired venue takes no new events, a pending one there cannot be approved, and restore brings it back', async () => {
    const w = get();
    const admin = await w.as('admin');
    const org = await w.as('organizer');
    const mod = await w.as('moderator');
    await createVenue(admin);
    const pending = await org.req('POST', '/api/my/events', { event: atVenue(), submit: true });
    const retired = await admin.req('POST', `/api/admin/venues/${fixtureVenue().id}/retire`, {});
    expect(retired.json.retired).toBe(true);
    const other = await org.req('POST', '/api/my/events', { event: { ...atVenue(), id: 'test-at-2' } });
    expect(other.status).toBe(422);
    expect(other.json.fields).toHaveProperty('venue');
    const approve = await mod.req('POST', '/api/moderation/events/test-at-courtyard/approve', {
      revision: pending.json.working.revision,
      content_hash: pending.json.working.content_hash,
    });
    expect(approve.status).toBe(422);
    expect((await admin.req('POST', `/api/admin/venues/${fixtureVenue().id}/retire`, {})).status).toBe(409);
    const restored = await admin.req('POST', `/api/admin/venues/${fixtureVenue().id}/restore`, {});
    expect(restored.json.retired).toBe(false);
    expect(
      (await org.req('POST', '/api/my/events', { event: { ...atVenue(), id: 'test-at-3' } })).status,
    ).toBe(201);
  });

  it('every change is in the audit log in order', async () => {
    const admin = await get().as('admin');
    await createVenue(admin);
    await admin.req('POST', `/api/admin/venues/${fixtureVenue().id}/retire`, {});
    await admin.req('POST', `/api/admin/venues/${fixtureVenue().id}/restore`, {});
    const audit = (await admin.req('GET', '/api/admin/audit')).json as {
      action: string;
      target_id: string;
    }[];
    expect(audit.filter((a) => a.target_id === fixtureVenue().id).map((a) => a.action)).toEqual([
      'venue.restore',
      'venue.retire',
      'venue.create',
    ]);
  });
});
