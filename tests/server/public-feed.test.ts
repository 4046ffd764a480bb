/** The public feed through the API: the same shape and content as the static build, windows, filters, caching. */
import { expect, it } from 'vitest';
import { compileFeed, type Feed } from '../../src/listings/feed.ts';
import { describeBackends, geodata, NOW } from './harness.ts';

const compiled = () =>
  JSON.parse(
    compileFeed([...geodata.listings, ...geodata.samples], geodata.places, { stamp: NOW }).json,
  ) as Feed;

describeBackends('public feed', (get) => {
  it('with no organizer events, holds geodata’s listings and samples from the service’s clock on', async () => {
    const c = await get().as('anonymous');
    const r = await c.req('GET', '/api/events');
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    const feed = r.json as Feed;
    const all = compiled();
    expect(feed.events.map((e) => e.id)).toEqual(all.events.map((e) => e.id));
    for (const e of feed.events) {
      const upcoming = all.events
        .find((x) => x.id === e.id)!
        .occurrences.filter((o) => Date.parse(o.end) > NOW);
      expect(e.occurrences).toEqual(upcoming);
    }
  });

  it('lets the reader choose where the window starts: an earlier `from` gets occurrences the default cuts', async () => {
    const c = await get().as('anonymous');
    // NOW is 2026-11-28 08:00 in Hangzhou; the reader's day is a week later.
    const later = (await c.req('GET', '/api/events?from=2026-12-05')).json as Feed;
    const dongpo = later.events.find((e) => e.id === 'dongpo-five-flavours')!;
    expect(dongpo.occurrences[0]).toEqual({ start: '2026-12-05T19:30+08:00', end: '2026-12-05T20:15+08:00' });
  });

  it('answers a matching If-None-Match or If-Modified-Since with 304', async () => {
    const c = await get().as('anonymous');
    const first = await c.req('GET', '/api/events');
    const etag = String(first.headers.etag);
    expect(first.headers['last-modified']).toBe(new Date(NOW).toUTCString());
    expect((await c.req('GET', '/api/events', undefined, { 'if-none-match': etag })).status).toBe(304);
    expect(
      (await c.req('GET', '/api/events', undefined, { 'if-modified-since': new Date(NOW).toUTCString() }))
        .status,
    ).toBe(304);
    expect((await c.req('GET', '/api/events', undefined, { 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('filters by category, area and venue, keeping the feed shape', async () => {
    const c = await get().as('anonymous');
    const all = (await c.req('GET', '/api/events')).json;
    const some = all.events[0];
    const byCat = (await c.req('GET', `/api/events?category=${some.category}`)).json as Feed;
    // A season kept only to name it has no occurrence of its own in the answer.
    const matched = byCat.events.filter((e) => e.occurrences.length);
    expect(matched.map((e) => e.category)).toEqual(
      all.events.filter((e: { category: string }) => e.category === some.category).map(() => some.category),
    );
    const byVenue = (await c.req('GET', `/api/events?venue=${some.venue}`)).json;
    expect(byVenue.events.every((e: { venue: string }) => e.venue === some.venue)).toBe(true);
    const byArea = (await c.req('GET', `/api/events?area=${some.place.area}`)).json;
    expect(byArea.events.length).toBeGreaterThan(0);
    expect(byArea.events.every((e: { place: { area: string } }) => e.place.area === some.place.area)).toBe(
      true,
    );
    expect(Object.keys(byArea)).toEqual(Object.keys(all));
  });

  it('from/to keeps events with an occurrence in those Hangzhou days and cuts occurrences to them', async () => {
    const c = await get().as('anonymous');
    // dongpo-five-flavours plays Fridays and Saturdays 19:30–20:15 (geodata/samples/dongpo-five-flavours.json).
    const r = (await c.req('GET', '/api/events?from=2026-12-04&to=2026-12-04')).json;
    const dongpo = r.events.find((e: { id: string }) => e.id === 'dongpo-five-flavours');
    expect(dongpo.occurrences).toEqual([{ start: '2026-12-04T19:30+08:00', end: '2026-12-04T20:15+08:00' }]);
  });

  it('keeps the season of a listed event that the filter would leave out', async () => {
    const c = await get().as('anonymous');
    // The tea whisking on Saturday 2027-01-02 is a yaji of the festival season qinghefang-yaji-season.
    const r = (await c.req('GET', '/api/events?from=2027-01-02&to=2027-01-02&category=yaji')).json as Feed;
    const tea = r.events.find((e) => e.parent === 'qinghefang-yaji-season');
    expect(tea?.occurrences).toHaveLength(1);
    expect(r.events.find((e) => e.id === 'qinghefang-yaji-season')?.occurrences).toEqual([]);
  });

  it('refuses a malformed filter with 400', async () => {
    const c = await get().as('anonymous');
    expect((await c.req('GET', '/api/events?from=tomorrow')).json.error).toBe('bad_request');
    expect((await c.req('GET', '/api/events?category=opera')).status).toBe(400);
    expect((await c.req('GET', '/api/events?sort=x')).status).toBe(400);
  });

  it('serves iCalendar for the window and per event, and 404 for an unknown id', async () => {
    const c = await get().as('anonymous');
    const all = await c.req('GET', '/api/events.ics');
    expect(all.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const listed = ((await c.req('GET', '/api/events')).json as Feed).events;
    expect(all.body.match(/BEGIN:VEVENT/g)).toHaveLength(listed.length);
    const one = await c.req('GET', '/api/events/dongpo-five-flavours.ics');
    expect(one.body).toContain('UID:dongpo-five-flavours@song-heritage-map');
    expect((await c.req('GET', '/api/events/no-such-event')).status).toBe(404);
    expect((await c.req('GET', '/api/events/no-such-event.ics')).status).toBe(404);
  });

  it('sends the security headers and a strict Content-Security-Policy on API answers', async () => {
    const c = await get().as('anonymous');
    const r = await c.req('GET', '/api/events');
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-frame-options']).toBe('DENY');
  });
});
