/**
 * The stored occurrences of the approved events (migration 004): derived data, rebuilt from each event's
 * published revision. A rule is expanded once per write that changes what is published (an approval), in
 * that write's transaction, never per request; window queries read the indexed table instead.
 *
 * Work budget: the expansion is occurrenceStarts, i.e. rule.ts's parseRule, which stops at
 * MAX_OCCURRENCES occurrences and MAX_RULE_SPAN_YEARS of candidates whatever the rule says, and refuses a
 * rule that runs longer with a message saying so; that message is the 422 the write answers (the build's
 * validation refuses such a rule earlier, so this is the last line, for rows written by other means).
 *
 * Backfill (`syncOccurrences`): events whose rows are missing or were expanded from another revision
 * (`events.occurrences_revision` ≠ `published_revision`: a database older than the table, rows written
 * straight into the tables) are expanded again at start and before each compile of the feed, a batch per
 * transaction with the event loop given back between batches.
 */
import { one, type Db, type Queryable } from '../db/db.ts';
import type { ListingEvent } from '../../src/listings/schema.ts';
import { eventSpan, occurrenceStarts } from '../../src/listings/occurrences.ts';
import { ApiError, invalidField } from '../base/errors.ts';

export interface StoredOccurrence {
  /** Epoch ms. */
  start: number;
  end: number;
}

/** Rows per multi-row INSERT (3 parameters each, far below both backends' limits). */
const INSERT_BATCH = 200;
/** Events expanded per backfill transaction. */
const SYNC_BATCH = 100;

/** The occurrences of `event` (every one, EXDATEs removed), or a 422 naming the rule's problem. */
export function occurrencesOf(event: ListingEvent): StoredOccurrence[] {
  let starts: number[];
  try {
    starts = occurrenceStarts(event);
  } catch (e) {
    const message = (e as Error).message.replace(`${event.id}: rrule `, '');
    throw invalidField('rrule', 'rule', message);
  }
  const { start, end } = eventSpan(event);
  return starts.map((s) => ({ start: s, end: s + end - start }));
}

/**
 * Replaces the stored occurrences of event `id` with those of `event` (its revision `revision`), or removes
 * them when `event` is null (nothing of it is published). Run it inside the transaction of the write.
 */
export async function writeOccurrences(
  q: Queryable,
  id: string,
  published: { event: ListingEvent; revision: number } | null,
): Promise<number> {
  const rows = published ? occurrencesOf(published.event) : [];
  // First the event's row: on PostgreSQL this locks it, so two writers of one event's occurrences (an
  // approval and another instance's backfill) take turns instead of colliding on the primary key.
  await q.query('UPDATE events SET occurrences_revision = $1 WHERE id = $2', [
    published?.revision ?? null,
    id,
  ]);
  await q.query('DELETE FROM occurrences WHERE event_id = $1', [id]);
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    const chunk = rows.slice(i, i + INSERT_BATCH);
    await q.query(
      `INSERT INTO occurrences (event_id, start_ms, end_ms) VALUES ${chunk
        .map((_, r) => `($1, $${2 * r + 2}, $${2 * r + 3})`)
        .join(', ')}`,
      [id, ...chunk.flatMap((o) => [o.start, o.end])],
    );
  }
  return rows.length;
}

/** Events whose stored occurrences are missing or were expanded from another revision (alias `e`). */
const STALE = `((e.published_revision IS NULL AND e.occurrences_revision IS NOT NULL)
  OR (e.published_revision IS NOT NULL
    AND (e.occurrences_revision IS NULL OR e.occurrences_revision <> e.published_revision)))`;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Expands again every event whose stored occurrences are missing or stale; returns how many it rewrote.
 * Safe to run on several instances at once: each batch rewrites whole events in one transaction, and the
 * rows only depend on the published revision.
 */
export async function syncOccurrences(db: Db): Promise<number> {
  let done = 0;
  for (;;) {
    const stale = (
      await db.query<{ id: string }>(
        `SELECT e.id FROM events e WHERE ${STALE} ORDER BY e.id LIMIT ${SYNC_BATCH}`,
      )
    ).rows;
    if (!stale.length) return done;
    await db.tx(async (q) => {
      for (const { id } of stale) {
        // Locked (PostgreSQL) and read again inside the transaction: an approval may have got there first.
        await q.query('UPDATE events SET occurrences_revision = occurrences_revision WHERE id = $1', [id]);
        const row = one(
          await q.query<{ revision: number | null; payload: string | null }>(
            `SELECT e.published_revision AS revision, r.payload FROM events e
              LEFT JOIN revisions r ON r.id = e.published_revision WHERE e.id = $1 AND ${STALE}`,
            [id],
          ),
        );
        if (!row) continue;
        const revision = row.revision === null ? null : Number(row.revision);
        const published =
          row.payload === null || revision === null
            ? null
            : { event: JSON.parse(row.payload) as ListingEvent, revision };
        try {
          await writeOccurrences(q, id, published);
          if (published || revision === null) continue;
        } catch (e) {
          if (!(e instanceof ApiError) || !published) throw e;
        }
        // A published rule the budget refuses, or a published revision that cannot be read (both written by
        // other means than the API): no occurrences, marked done so that it is not tried again and again.
        await writeOccurrences(q, id, null);
        await q.query('UPDATE events SET occurrences_revision = $1 WHERE id = $2', [revision, id]);
      }
    });
    done += stale.length;
    await yieldToLoop();
  }
}

/**
 * The ids of events with a stored occurrence in the window [from, to) (epoch ms): ending after `from` and
 * starting before `to`, as feed-filter.ts cuts. `longest` is the longest duration of any stored occurrence:
 * an occurrence that ends after `from` starts after `from - longest`, so the query is one range of the
 * start index, not half the table. No rule is expanded.
 */
export async function eventIdsInWindow(
  q: Queryable,
  window: { from: number; to: number; longest: number },
): Promise<Set<string>> {
  const r = await q.query<{ event_id: string }>(
    'SELECT DISTINCT event_id FROM occurrences WHERE start_ms >= $1 AND start_ms < $2 AND end_ms > $3',
    [window.from - window.longest, window.to, window.from],
  );
  return new Set(r.rows.map((x) => x.event_id));
}

/** Every stored occurrence by event id, ascending (for the compiled feed: no rule expanded). */
export async function allOccurrences(q: Queryable): Promise<Map<string, StoredOccurrence[]>> {
  const r = await q.query<{ event_id: string; start_ms: number | string; end_ms: number | string }>(
    'SELECT event_id, start_ms, end_ms FROM occurrences ORDER BY event_id, start_ms',
  );
  const out = new Map<string, StoredOccurrence[]>();
  for (const x of r.rows) {
    const o = { start: Number(x.start_ms), end: Number(x.end_ms) };
    const list = out.get(x.event_id);
    if (list) list.push(o);
    else out.set(x.event_id, [o]);
  }
  return out;
}
