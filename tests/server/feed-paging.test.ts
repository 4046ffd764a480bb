/**
 * Issue #16: `/api/events` was one multi-MB body. With `limit` it pages: occurrences of the window in
 * (start, event id) order, a `next` cursor naming the last one sent. Without `limit` the answer is the one
 * the app has always read.
 */
import { expect, it } from 'vitest';
import type { Feed } from '../../src/listings/feed.ts';
import { describeBackends, fixtureEvent, type Client, type World } from './harness.ts';

type Page = Feed & { next: string | null };
const WINDOW = 'from=2026-11-28&to=2027-03-31';

/** Every (start, id) of an answer, in key order. */
const keys = (feed: Feed) =>
  feed.events
    .flatMap((e) => e.occurrences.map((o) => ({ start: Date.parse(o.start), id: e.id })))
    .sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

async function allPages(c: Client, limit: number) {
  const pages: Page[] = [];
  let cursor: string | null = null;
  do {
    const r = await c.req(
      'GET',
      `/api/events?${WINDOW}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(r.status).toBe(200);
    pages.push(r.json as Page);
    cursor = (r.json as Page).next;
  } while (cursor && pages.length < 1000);
  return pages;
}

async function publish(w: World, id: string, day: string) {
  const org = await w.as('organizer');
  const mod = await w.as('moderator');
  const event = { ...fixtureEvent(), id, start: `${day}T19:30`, end: `${day}T21:00` };
  expect((await org.req('POST', '/api/my/events', { event, submit: true })).status).toBe(201);
  const item = (await mod.req('GET', '/api/moderation/queue')).json.find((q: { id: string }) => q.id === id);
  const r = await mod.req('POST', `/api/moderation/events/${id}/approve`, {
    revision: item.revision,
    content_hash: item.content_hash,
  });
  expect(r.status).toBe(200);
}

describeBackends('feed paging', (get) => {
  it('pages through a window: every occurrence exactly once, pages in key order, null next at the end', async () => {
    const w = get();
    await publish(w, 'paged-fixture', '2027-03-06');
    const c = await w.as('anonymous');
    const whole = (await c.req('GET', `/api/events?${WINDOW}`)).json as Feed;
    expect(whole).not.toHaveProperty('next');
    const expected = keys(whole);
    expect(expected.length).toBeGreaterThan(10);
    expect(expected.map((k) => k.id)).toContain('paged-fixture');

    const pages = await allPages(c, 3);
    expect(pages.length).toBe(Math.ceil(expected.length / 3));
    const got = pages.map(keys);
    for (const p of got) expect(p.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < got.length; i++) {
      const [prev, first] = [got[i - 1].at(-1)!, got[i][0]];
      expect(prev.start < first.start || (prev.start === first.start && prev.id < first.id)).toBe(true);
    }
    expect(got.flat()).toEqual(expected);
    expect(pages.at(-1)!.next).toBeNull();
  });

  it('keeps a cursor pointing at the same place when an event is published earlier in the window', async () => {
    const w = get();
    const c = await w.as('anonymous');
    const addedStart = Date.parse('2026-11-29T19:30+08:00');
    const whole = keys((await c.req('GET', `/api/events?${WINDOW}`)).json as Feed);
    // Page 1 must end after the new event's start, so an offset (not a key) would shift page 2.
    const limit = whole.findIndex((k) => k.start > addedStart) + 2;
    expect(limit).toBeGreaterThan(1);
    const first = (await c.req('GET', `/api/events?${WINDOW}&limit=${limit}`)).json as Page;
    expect(first.next).toEqual(expect.any(String));
    const url = `/api/events?${WINDOW}&limit=${limit}&cursor=${encodeURIComponent(first.next!)}`;
    const before = (await c.req('GET', url)).json as Page;

    await publish(w, 'added-later', '2026-11-29');
    const after = (await c.req('GET', url)).json as Page;
    expect(after).toEqual(before);
    const fresh = (await c.req('GET', `/api/events?${WINDOW}&limit=${limit}`)).json as Page;
    expect(fresh.events.map((e) => e.id)).toContain('added-later');
  });

  it('refuses a bad cursor, limit or range with 400 and a code', async () => {
    const c = await get().as('anonymous');
    const code = async (q: string) => {
      const r = await c.req('GET', `/api/events?${q}`);
      return `${r.status} ${r.json.error}`;
    };
    expect(await code('limit=5&cursor=not*a*cursor')).toBe('400 bad_cursor');
    expect(await code(`limit=5&cursor=${Buffer.from('o1:abc:x').toString('base64url')}`)).toBe(
      '400 bad_cursor',
    );
    expect(await code(`limit=5&cursor=${Buffer.from('{"offset":3}').toString('base64url')}`)).toBe(
      '400 bad_cursor',
    );
    expect(await code('limit=5&cursor=a&cursor=b')).toBe('400 bad_cursor');
    expect(await code('cursor=bzE6MTox')).toBe('400 bad_request');
    for (const limit of ['0', '501', 'ten', '-1', '2.5'])
      expect(await code(`limit=${limit}`)).toBe('400 bad_request');
    expect(await code('from=2027-01-10&to=2027-01-09&limit=5')).toBe('400 bad_range');
    expect(await code('from=2027-01-10&to=2027-01-09')).toBe('400 bad_range');
    expect((await c.req('GET', '/api/events.ics?limit=5')).status).toBe(400);
    expect((await c.req('GET', '/api/events?limit=500')).status).toBe(200);
  });
});
