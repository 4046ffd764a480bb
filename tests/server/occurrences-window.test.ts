/**
 * Issue #16: window queries read the stored occurrences. `/api/events?from&to…` answers exactly what the old
 * path (compileFeed expanding every event, then filterFeed) gives, and a read expands no published event's
 * rule: the rule is expanded once, by the write that publishes it. `occurrenceStarts` (the expansion that
 * expandEvent and the feed use) is wrapped to count its calls. Both backends.
 */
import { beforeEach, expect, it, vi } from 'vitest';
import { occurrenceStarts } from '../../src/listings/occurrences.ts';
import { compileFeed, feedVenues, type Feed } from '../../src/listings/feed.ts';
import { eventsToIcs } from '../../src/listings/ical.ts';
import { CATEGORIES, type ListingEvent } from '../../src/listings/schema.ts';
import { DAY_MS, formatLocal, parseLocal } from '../../src/listings/time.ts';
import { filterFeed, parseFilter, withDefaultWindow } from '../../server/feed/feed-filter.ts';
import type { User } from '../../src/api/contract.ts';
import type { Queryable } from '../../server/db/db.ts';
import { describeBackends, fixtureEvent, geodata, NOW, type World } from './harness.ts';

vi.mock('../../src/listings/occurrences.ts', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../src/listings/occurrences.ts')>();
  return { ...m, occurrenceStarts: vi.fn(m.occurrenceStarts) };
});
const expanded = vi.mocked(occurrenceStarts);
const expandedIds = () => new Set(expanded.mock.calls.map(([e]) => e.id));
const bundled = new Set([...geodata.listings, ...geodata.samples].map((e) => e.id));

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
/** A few venues of different areas. */
const VENUES = [...new Map(geodata.venues.map((v) => [v.area, v.id])).values()];
const day = (ms: number) => formatLocal(ms).slice(0, 10);
const compact = (ms: number) => day(ms).replaceAll('-', '');

/**
 * The `i`th fixture event: single evenings, weekly rules with an EXDATE, monthly rules, two-day weekly rules
 * with UNTIL and an EXDATE, and three-day exhibitions, spread from November 2026 over about eight months.
 */
function event(i: number): ListingEvent {
  const start = parseLocal('2026-11-02T00:00')! + ((i * 7) % 240) * DAY_MS + (9 + (i % 12)) * 3_600_000;
  const weekday = WEEKDAYS[(Math.floor(start / DAY_MS + 8 / 24) + 4) % 7];
  const base = {
    ...fixtureEvent(),
    id: `occ-${String(i).padStart(4, '0')}`,
    title_en: `Fixture event ${i} (fictional)`,
    category: CATEGORIES[i % CATEGORIES.length],
    venue: VENUES[i % VENUES.length],
    start: formatLocal(start),
    end: formatLocal(start + 90 * 60_000),
  };
  switch (i % 5) {
    case 1:
      return {
        ...base,
        rrule: `FREQ=WEEKLY;BYDAY=${weekday};COUNT=${4 + (i % 12)}`,
        exdates: [formatLocal(start + 7 * DAY_MS)],
      };
    case 2:
      return Number(day(start).slice(8)) <= 28
        ? { ...base, rrule: `FREQ=MONTHLY;BYMONTHDAY=${Number(day(start).slice(8))};COUNT=${3 + (i % 6)}` }
        : base;
    case 3:
      return {
        ...base,
        rrule: `FREQ=WEEKLY;BYDAY=${weekday},${WEEKDAYS[(WEEKDAYS.indexOf(weekday) + 2) % 7]};UNTIL=${compact(start + 70 * DAY_MS)}`,
        exdates: [formatLocal(start + 2 * DAY_MS)],
      };
    case 4:
      return { ...base, end: formatLocal(start + 3 * DAY_MS) };
    default:
      return base;
  }
}

/** Occurrences that touch a window's edge: ending exactly at a Monday midnight, or starting at one. */
const edges = (): ListingEvent[] =>
  [
    ['occ-edge-ends', '2027-01-10T22:30', '2027-01-11T00:00', undefined],
    ['occ-edge-starts', '2027-01-18T00:00', '2027-01-18T01:00', undefined],
    ['occ-edge-weekly', '2027-01-17T23:00', '2027-01-18T00:00', 'FREQ=WEEKLY;BYDAY=SU;COUNT=5'],
  ].map(([id, start, end, rrule]) => ({
    ...fixtureEvent(),
    id: id!,
    start: start!,
    end: end!,
    ...(rrule ? { rrule } : {}),
  }));

const userOf = async (w: World, who: 'organizer' | 'moderator'): Promise<User> =>
  (await (await w.as(who)).session()).json.user as User;

/** Through the service's write path: created, submitted and approved one by one. */
async function publishAll(w: World, events: ListingEvent[]) {
  const organizer = await userOf(w, 'organizer');
  const moderator = await userOf(w, 'moderator');
  for (const e of events) {
    const rec = await w.store.events.createEvent(organizer, e, true);
    await w.store.events.review(moderator, e.id, rec.working!.revision, { approve: true });
  }
}

/** Straight into the tables, approved, in multi-row INSERTs (thousands of API calls would take minutes). */
async function insertPublished(w: World, events: ListingEvent[]) {
  const t = new Date(NOW).toISOString();
  const author = (await userOf(w, 'organizer')).id;
  const rows = (n: number, width: number) =>
    Array.from(
      { length: n },
      (_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`,
    ).join(', ');
  const batch = async (q: Queryable, list: ListingEvent[]) => {
    await q.query(
      `INSERT INTO events (id, organization_id, created_by, created_at, updated_at) VALUES ${rows(list.length, 5)}`,
      list.flatMap((e) => [e.id, w.orgId, author, t, t]),
    );
    const revs = await q.query<{ id: number; event_id: string }>(
      `INSERT INTO revisions (event_id, state, payload, author_id, created_at, updated_at) VALUES ${rows(list.length, 6)} RETURNING id, event_id`,
      list.flatMap((e) => [e.id, 'approved', JSON.stringify(e), author, t, t]),
    );
    for (const r of revs.rows)
      await q.query('UPDATE events SET published_revision = $1, published_at = $2 WHERE id = $3', [
        r.id,
        t,
        r.event_id,
      ]);
  };
  await w.db.tx(async (q) => {
    for (let i = 0; i < events.length; i += 250) await batch(q, events.slice(i, i + 250));
  });
}

/** Today's path: the build's compileFeed expands every event, filterFeed cuts the whole feed. */
function oldPath(events: ListingEvent[]) {
  const all = [...geodata.listings, ...geodata.samples, ...events];
  const feed = JSON.parse(compileFeed(all, geodata.places, { stamp: NOW }).json) as Feed;
  const byId = new Map(all.map((e) => [e.id, e]));
  const venues = feedVenues(geodata.places);
  return (query: Record<string, string>) => {
    const f = withDefaultWindow(parseFilter(query), Math.floor(NOW / 60_000) * 60_000);
    const cut = filterFeed(feed, f);
    const ics = eventsToIcs(
      cut.events.map((e) => byId.get(e.id)!),
      venues,
      { now: NOW },
    );
    return { json: JSON.stringify(cut), ics };
  };
}

/** Week windows from November 2026 to August 2027, open-ended windows, and filters on a month. */
function windows(): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (let d = parseLocal('2026-10-26T00:00')!; d < parseLocal('2027-08-01T00:00')!; d += 7 * DAY_MS)
    out.push({ from: day(d), to: day(d + 6 * DAY_MS) });
  for (const from of ['2026-11-01', '2027-01-15', '2027-04-30', '2027-07-20', '2027-09-01'])
    out.push({ from });
  out.push({});
  for (const category of CATEGORIES.slice(0, 3)) out.push({ from: '2027-01-01', to: '2027-01-31', category });
  for (const venue of VENUES.slice(0, 3)) out.push({ from: '2027-02-01', to: '2027-03-15', venue });
  out.push({ from: '2026-12-01', to: '2027-02-28', area: geodata.venues[0].area });
  return out;
}

describeBackends('window queries on the stored occurrences', (get) => {
  // (A block, not an arrow returning the mock: what beforeEach returns is run as a cleanup.)
  beforeEach(() => {
    expanded.mockClear();
  });

  it(
    'answer what today’s path answers for 400 events with weekly, monthly and EXDATE rules',
    { timeout: 120_000 },
    async () => {
      const w = get();
      const events = [...Array.from({ length: 400 }, (_, i) => event(i)), ...edges()];
      await publishAll(w, events);
      const old = oldPath(events);
      const anon = await w.as('anonymous');
      const cases = windows();
      let listed = 0;
      for (const query of cases) {
        const qs = new URLSearchParams(query).toString();
        const r = await anon.req('GET', `/api/events?${qs}`);
        expect(r.status, qs).toBe(200);
        const want = old(query);
        expect(r.body, qs).toBe(want.json);
        listed += r.json.events.length;
        const ics = await anon.req('GET', `/api/events.ics?${qs}`);
        expect(ics.body, qs).toBe(want.ics);
      }
      // The fixture is not trivially empty: most windows list several of its events.
      expect(cases.length).toBeGreaterThan(50);
      expect(listed).toBeGreaterThan(cases.length * 5);
    },
  );

  it(
    'a 7-day window over 2,000 published events expands none of their rules',
    { timeout: 120_000 },
    async () => {
      const w = get();
      const events = Array.from({ length: 2000 }, (_, i) => event(i));
      await insertPublished(w, events);
      // The write path (here the backfill) expands each rule once.
      expect(await w.store.events.syncOccurrences()).toBe(2000);
      expanded.mockClear();
      const anon = await w.as('anonymous');
      const r = await anon.req('GET', '/api/events?from=2027-01-04&to=2027-01-10');
      expect(r.status).toBe(200);
      const own = r.json.events.filter((e: { id: string }) => e.id.startsWith('occ-'));
      expect(own.length).toBeGreaterThan(20);
      expect([...expandedIds()].filter((id) => !bundled.has(id))).toEqual([]);
    },
  );

  it('approving expands the rule once; reading the feed, the window and the event expands it no more', async () => {
    const w = get();
    const e = event(1);
    await publishAll(w, [e]);
    expect(expanded.mock.calls.filter(([x]) => x.id === e.id)).toHaveLength(1);
    const anon = await w.as('anonymous');
    for (const url of [
      '/api/events?from=2026-11-01',
      '/api/events.ics?from=2026-11-01&to=2027-03-01',
      `/api/events/${e.id}`,
      `/api/events/${e.id}.ics`,
    ])
      expect((await anon.req('GET', url)).status, url).toBe(200);
    expect(expanded.mock.calls.filter(([x]) => x.id === e.id)).toHaveLength(1);
  });
});
