/**
 * Issue #16: more events than a statement may have parameters. The moderation list and an organizer's
 * "my events" once asked for the revisions with `IN ($1, $2, …)`, one parameter per event, which SQLite
 * refuses above 32,766 parameters and PostgreSQL above 65,535: both lists answered 500.
 *
 * Seeding: the events are written straight into the tables in one transaction, in multi-row INSERTs, not
 * through the API (33,000 API calls would take minutes). Each gets one pending revision, as a submitted
 * event has. Each backend gets a few more events than its own parameter limit, so the test fails on the old
 * code on both.
 */
import { expect, it } from 'vitest';
import type { Queryable } from '../../server/db/db.ts';
import { describeBackends, fixtureEvent, NOW, type World } from './harness.ts';

const LIMIT = { sqlite: 32_766, postgres: 65_535 };
const BATCH = 500;

async function seed(w: World, count: number) {
  const t = new Date(NOW).toISOString();
  const author = (
    await w.db.query<{ id: number }>('SELECT id FROM users WHERE email = $1', ['organizer@example.org'])
  ).rows[0].id;
  const base = fixtureEvent();
  const id = (i: number) => `many-${String(i).padStart(6, '0')}`;
  const insert = async (q: Queryable, from: number, to: number) => {
    const n = to - from;
    const rows = (width: number) =>
      Array.from(
        { length: n },
        (_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`,
      ).join(', ');
    const ids = Array.from({ length: n }, (_, r) => id(from + r));
    await q.query(
      `INSERT INTO events (id, organization_id, created_by, created_at, updated_at) VALUES ${rows(5)}`,
      ids.flatMap((x) => [x, w.orgId, author, t, t]),
    );
    const revs = await q.query<{ id: number; event_id: string }>(
      `INSERT INTO revisions (event_id, state, payload, author_id, created_at, updated_at, submitted_at, submitted_by)
        VALUES ${rows(8)} RETURNING id, event_id`,
      ids.flatMap((x) => [x, 'pending', JSON.stringify({ ...base, id: x }), author, t, t, t, author]),
    );
    await q.query(
      `WITH v (id, rev) AS (VALUES ${revs.rows.map((_, r) => `(CAST($${2 * r + 1} AS TEXT), CAST($${2 * r + 2} AS INTEGER))`).join(', ')})
        UPDATE events SET working_revision = (SELECT v.rev FROM v WHERE v.id = events.id) WHERE id IN (SELECT id FROM v)`,
      revs.rows.flatMap((r) => [r.event_id, r.id]),
    );
  };
  await w.db.tx(async (q) => {
    for (let from = 0; from < count; from += BATCH) await insert(q, from, Math.min(count, from + BATCH));
  });
  return id;
}

describeBackends('more events than a query may have parameters', (get) => {
  it('lists them all to a moderator and to their organizer', { timeout: 120_000 }, async () => {
    const w = get();
    const count = LIMIT[w.db.kind] + 100;
    const id = await seed(w, count);

    const mod = await (await w.as('moderator')).req('GET', '/api/moderation/events');
    expect(mod.status).toBe(200);
    expect(mod.json).toHaveLength(count);
    const last = mod.json.find((r: { id: string }) => r.id === id(count - 1));
    expect(last.state).toBe('pending');
    expect(last.working.event.id).toBe(id(count - 1));

    const mine = await (await w.as('organizer')).req('GET', '/api/my/events');
    expect(mine.status).toBe(200);
    expect(mine.json).toHaveLength(count);
    expect((await (await w.as('organizer2')).req('GET', '/api/my/events')).json).toEqual([]);
  });
});
