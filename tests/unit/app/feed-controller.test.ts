/**
 * The app's feed controller asks the events service for a window at a time. fetch is replaced by a fake
 * service holding one weekly event (no network).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedController, type FeedHost } from '../../../src/app/feed-controller.ts';
import type { Feed } from '../../../src/listings/feed.ts';

const NOW = Date.parse('2026-12-04T10:00:00+08:00');

/** Every Saturday from 2026-12-05 for a year, cut to the asked window like the service does. */
function fakeService(asked: string[]) {
  return async (input: URL | RequestInfo) => {
    const url = new URL(String(input));
    asked.push(`${url.pathname.replace(/^.*\/api/, 'api')}?${url.searchParams}`);
    const from = url.searchParams.get('from')!;
    const to = url.searchParams.get('to')!;
    const starts: string[] = [];
    for (let t = Date.parse('2026-12-05T19:30:00+08:00'); starts.length < 52; t += 7 * 86_400_000)
      starts.push(new Date(t + 8 * 3_600_000).toISOString().slice(0, 10));
    const inside = starts.filter((d) => d >= from && d <= to);
    const feed = {
      version: 1,
      time_zone: 'Asia/Shanghai',
      utc_offset: '+08:00',
      sample_only: false,
      events: inside.length
        ? [
            {
              id: 'weekly-yaji',
              occurrences: inside.map((d) => ({ start: `${d}T19:30+08:00`, end: `${d}T21:00+08:00` })),
            },
          ]
        : [],
    } as unknown as Feed;
    return new Response(JSON.stringify(feed), { headers: { 'content-type': 'application/json' } });
  };
}

const host = (): FeedHost =>
  ({
    clock: () => NOW,
    addController() {},
    removeController() {},
    requestUpdate() {},
    updateComplete: Promise.resolve(true),
  }) as unknown as FeedHost;

afterEach(() => vi.unstubAllGlobals());

describe('the feed, a window at a time', () => {
  it('first asks for 92 days from the app’s day', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', fakeService(asked));
    const c = new FeedController(
      host(),
      () => 'http://app.test/',
      () => undefined,
    );
    const state = await c.load();
    expect(asked).toEqual(['api/events?from=2026-12-04&to=2027-03-05']);
    expect(state?.through).toBe('2027-03-05');
    expect(state?.feed.events[0].occurrences).toHaveLength(13);
  });

  it('fetches and merges the next window when a later day is shown', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', fakeService(asked));
    const c = new FeedController(
      host(),
      () => 'http://app.test/',
      () => undefined,
    );
    await c.load();
    await c.extend('2027-04-10');
    expect(asked[1]).toBe('api/events?from=2027-03-06&to=2027-06-05');
    expect(c.state?.through).toBe('2027-06-05');
    expect(c.state?.feed.events[0].occurrences).toHaveLength(27);
  });

  it('asks nothing more for days it already holds', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', fakeService(asked));
    const c = new FeedController(
      host(),
      () => 'http://app.test/',
      () => undefined,
    );
    await c.load();
    await c.extend('2027-01-31');
    expect(asked).toHaveLength(1);
  });
});

/** A static host: no events service (its paths answer with the app's HTML), the built month files. */
function staticHost(asked: string[], months: string[]) {
  return async (input: URL | RequestInfo) => {
    const path = new URL(String(input)).pathname;
    asked.push(path);
    const json = (body: unknown) => new Response(JSON.stringify(body));
    if (path === '/data/feed/index.json') return json({ version: 1, months });
    const m = /^\/data\/feed\/(\d{4}-\d{2})\.json$/.exec(path);
    if (m && months.includes(m[1]))
      return json({
        version: 1,
        time_zone: 'Asia/Shanghai',
        utc_offset: '+08:00',
        sample_only: false,
        events: [
          {
            id: `event-${m[1]}`,
            occurrences: [{ start: `${m[1]}-15T19:30+08:00`, end: `${m[1]}-15T21:00+08:00` }],
          },
        ],
      });
    return new Response('<!doctype html><title>app</title>', { headers: { 'content-type': 'text/html' } });
  };
}

describe('the built feed on a static host, a month file at a time', () => {
  const MONTHS = ['2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06'];

  it('reads the months of the first window only', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', staticHost(asked, MONTHS));
    const c = new FeedController(
      host(),
      () => 'http://app.test/',
      () => undefined,
    );
    const state = await c.load();
    expect(state?.source).toBe('static');
    expect(asked.filter((p) => p.startsWith('/data/feed/2'))).toEqual([
      '/data/feed/2026-12.json',
      '/data/feed/2027-01.json',
      '/data/feed/2027-02.json',
      '/data/feed/2027-03.json',
    ]);
    expect(state?.feed.events.map((e) => e.id)).toEqual([
      'event-2026-12',
      'event-2027-01',
      'event-2027-02',
      'event-2027-03',
    ]);
  });

  it('reads later months when a later day is shown', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', staticHost(asked, MONTHS));
    const c = new FeedController(
      host(),
      () => 'http://app.test/',
      () => undefined,
    );
    await c.load();
    await c.extend('2027-05-20');
    expect(c.state?.feed.events.map((e) => e.id)).toContain('event-2027-05');
    expect(c.state?.feed.events.map((e) => e.id)).toContain('event-2027-06');
  });
});
