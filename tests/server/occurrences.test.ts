/**
 * Issue #16: occurrences stored, not recomputed. The occurrences table (migration 004) is written in the
 * transaction of every write that changes what is published, and rebuilt at start for events that have
 * none; a rule that spans centuries is refused there too. Both backends.
 */
import { expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { ApiError } from '../../server/base/errors.ts';
import type { ListingEvent } from '../../src/listings/schema.ts';
import type { User } from '../../src/api/contract.ts';
import { fixedClock } from '../../src/data/clock.ts';
import { parseLocal } from '../../src/listings/time.ts';
import { describeBackends, fixtureEvent, geodata, NOW, type Client, type World } from './harness.ts';

const ID = 'test-fixture-evening';

/** Saturdays 2027-03-06 … 2027-04-10 at 19:30–21:00, the second one (03-13) left out. */
const weekly = (): ListingEvent => ({
  ...fixtureEvent(),
  rrule: 'FREQ=WEEKLY;BYDAY=SA;COUNT=6',
  exdates: ['2027-03-13T19:30'],
});

async function rows(w: World, id = ID): Promise<[number, number][]> {
  const r = await w.db.query<{ start_ms: number | string; end_ms: number | string }>(
    'SELECT start_ms, end_ms FROM occurrences WHERE event_id = $1 ORDER BY start_ms',
    [id],
  );
  return r.rows.map((x) => [Number(x.start_ms), Number(x.end_ms)]);
}

const span = (local: string): [number, number] => [parseLocal(local)!, parseLocal(local)! + 90 * 60_000];

/** Submits `event` as the organizer (new, or a new revision of it) and approves it as the moderator. */
async function publish(w: World, org: Client, mod: Client, event: ListingEvent, isNew = true) {
  const saved = isNew
    ? await org.req('POST', '/api/my/events', { event, submit: true })
    : await org.req('PUT', `/api/my/events/${event.id}`, { event, submit: true });
  expect(saved.status).toBeLessThan(300);
  const r = await mod.req('POST', `/api/moderation/events/${event.id}/approve`, {
    revision: saved.json.working.revision,
    content_hash: saved.json.working.content_hash,
  });
  expect(r.status).toBe(200);
}

describeBackends('stored occurrences', (get) => {
  it('approving an event writes every occurrence of its rule, EXDATEs left out, as UTC instants', async () => {
    const w = get();
    await publish(w, await w.as('organizer'), await w.as('moderator'), weekly());
    expect(await rows(w)).toEqual(
      ['2027-03-06', '2027-03-20', '2027-03-27', '2027-04-03', '2027-04-10'].map((d) => span(`${d}T19:30`)),
    );
    expect(span('2027-03-06T19:30')[0]).toBe(Date.parse('2027-03-06T11:30:00Z'));
  });

  it('a draft or a pending event has no occurrences stored', async () => {
    const w = get();
    const org = await w.as('organizer');
    await org.req('POST', '/api/my/events', { event: weekly(), submit: true });
    expect(await rows(w)).toEqual([]);
  });

  it('approving a new revision replaces the occurrences of the one it supersedes', async () => {
    const w = get();
    const org = await w.as('organizer');
    const mod = await w.as('moderator');
    await publish(w, org, mod, weekly());
    await publish(w, org, mod, { ...weekly(), rrule: 'FREQ=WEEKLY;BYDAY=SA;COUNT=2', exdates: [] }, false);
    expect(await rows(w)).toEqual([span('2027-03-06T19:30'), span('2027-03-13T19:30')]);
  });

  it('rejecting an edit of a published event leaves the published occurrences as they are', async () => {
    const w = get();
    const org = await w.as('organizer');
    const mod = await w.as('moderator');
    await publish(w, org, mod, weekly());
    const before = await rows(w);
    const edit = await org.req('PUT', `/api/my/events/${ID}`, {
      event: { ...weekly(), rrule: 'FREQ=WEEKLY;BYDAY=SA;COUNT=2', exdates: [] },
      submit: true,
    });
    const r = await mod.req('POST', `/api/moderation/events/${ID}/reject`, {
      revision: edit.json.working.revision,
      content_hash: edit.json.working.content_hash,
      reason: 'Please keep the season as announced.',
    });
    expect(r.status).toBe(200);
    expect(before).toHaveLength(5);
    expect(await rows(w)).toEqual(before);
  });

  it('refuses to publish a rule that spans centuries, with the reason, and writes nothing', async () => {
    const w = get();
    const org = await w.as('organizer');
    const created = await org.req('POST', '/api/my/events', { event: fixtureEvent(), submit: true });
    // A revision the API would have refused (validation), written straight into the table: the store's
    // write path is the last line.
    const centuries = {
      ...fixtureEvent(),
      start: '2028-02-28T19:30',
      end: '2028-02-28T21:00',
      rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28;BYDAY=MO;COUNT=400',
    };
    await w.db.query('UPDATE revisions SET payload = $1 WHERE id = $2', [
      JSON.stringify(centuries),
      created.json.working.revision,
    ]);
    const moderator: User = {
      ...(await (await w.as('moderator')).session()).json.user,
    };
    const refused = await w.store.events
      .review(moderator, ID, created.json.working.revision, { approve: true })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(422);
    expect((refused as ApiError).fields?.rrule.message).toMatch(/span more than 10 years.*refused/);
    expect(await rows(w)).toEqual([]);
    expect((await w.store.events.eventRecord(ID))?.published).toBeNull();
  });

  it('a published rule the budget refuses, found by the backfill, gets no occurrences and the feed still answers', async () => {
    const w = get();
    await publish(w, await w.as('organizer'), await w.as('moderator'), weekly());
    // Written straight into the tables (the API refuses this rule): the published revision now spans centuries.
    await w.db.query(
      'UPDATE revisions SET payload = $1 WHERE id = (SELECT published_revision FROM events WHERE id = $2)',
      [
        JSON.stringify({
          ...fixtureEvent(),
          start: '2028-02-28T19:30',
          end: '2028-02-28T21:00',
          rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28;BYDAY=MO;COUNT=400',
        }),
        ID,
      ],
    );
    await w.db.query('UPDATE events SET occurrences_revision = NULL');
    expect(await w.store.events.syncOccurrences()).toBe(1);
    expect(await rows(w)).toEqual([]);
    // Marked done: the next start does not try it again.
    expect(await w.store.events.syncOccurrences()).toBe(0);
    const feed = await (await w.as('anonymous')).req('GET', '/api/events?from=2026-11-01');
    expect(feed.status).toBe(200);
  });

  it('at start, fills in the occurrences of approved events that have none (older databases)', async () => {
    const w = get();
    await publish(w, await w.as('organizer'), await w.as('moderator'), weekly());
    const expected = await rows(w);
    // As a database from before migration 004 would be: the event approved, no rows.
    await w.db.query('DELETE FROM occurrences');
    await w.db.query('UPDATE events SET occurrences_revision = NULL');
    const second = await buildApp({
      clock: fixedClock(NOW),
      config: { cookieSecure: false, trustProxy: false, samples: true, log: false, distDir: '/nonexistent' },
      db: w.db,
      geodata,
    });
    await second.close();
    expect(expected).toHaveLength(5);
    expect(await rows(w)).toEqual(expected);
  });
});
