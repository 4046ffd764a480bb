/** The public feed through the API: the same shape and content as the static build, filters, caching. */
import { expect, it } from 'vitest';
import { compileFeed } from '../../src/listings/feed.ts';
import { describeBackends, geodata, NOW } from './harness.ts';

describeBackends('public feed', (get) => {
  it('with no organizer events, is exactly what compileFeed makes of the bundled samples', async () => {
    const c = await get().as('anonymous');
    const r = await c.req('GET', '/api/events');
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(r.body).toBe(compileFeed(geodata.samples, geodata.places, NOW).json);
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
    const byCat = (await c.req('GET', `/api/events?category=${some.category}`)).json;
    expect(byCat.events.map((e: { category: string }) => e.category)).toEqual(
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
    // dongpo-five-flavours plays Fridays and Saturdays 19:30–20:15 (geodata/events/dongpo-five-flavours.json).
    const r = (await c.req('GET', '/api/events?from=2026-12-04&to=2026-12-04')).json;
    const dongpo = r.events.find((e: { id: string }) => e.id === 'dongpo-five-flavours');
    expect(dongpo.occurrences).toEqual([{ start: '2026-12-04T19:30+08:00', end: '2026-12-04T20:15+08:00' }]);
  });

  it('refuses a malformed filter with 400', async () => {
    const c = await get().as('anonymous');
    expect((await c.req('GET', '/api/events?from=tomorrow')).json.error).toBe('bad_request');
    expect((await c.req('GET', '/api/events?category=opera')).status).toBe(400);
    expect((await c.req('GET', '/api/events?sort=x')).status).toBe(400);
  });

  it('serves iCalendar for the whole feed and per event, and 404 for an unknown id', async () => {
    const c = await get().as('anonymous');
    const all = await c.req('GET', '/api/events.ics');
    expect(all.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(all.body).toBe(compileFeed(geodata.samples, geodata.places, NOW).ics);
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
