/**
 * Failed sign-ins in the database, so that several instances behind a load balancer share one count
 * (base/rate-limit.ts keeps the in-process half that stops a burst before any await).
 *
 * Contract of `reserve`: one transaction that takes a lock on each key (PostgreSQL: a transaction-scoped
 * advisory lock per key, in key order; SQLite: transactions are already one at a time), counts the key's
 * failures in the window, and records the attempt only when every key is under its limit. So of any number
 * of concurrent attempts on any number of instances, exactly as many as the limit allows get through.
 */
import type { Db } from '../db/db.ts';

export interface SharedLimit {
  key: string;
  max: number;
}

export type SharedReservation = { ok: false; retryAfterS: number } | { ok: true; ids: number[] };

export class SignInStore {
  constructor(
    readonly db: Db,
    readonly windowMs: number,
  ) {}

  async reserve(limits: SharedLimit[], t: number): Promise<SharedReservation> {
    const since = t - this.windowMs;
    return this.db.tx(async (q) => {
      if (this.db.kind === 'postgres')
        for (const key of limits.map((l) => l.key).sort())
          await q.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 6062))', [key]);
      let retryAfterS = 0;
      for (const { key, max } of limits) {
        const r = await q.query<{ at: number | string }>(
          'SELECT at FROM sign_in_failures WHERE key = $1 AND at > $2 ORDER BY at DESC LIMIT $3',
          [key, since, max],
        );
        // Full: a slot frees when the oldest of the newest `max` failures leaves the window.
        if (r.rows.length >= max)
          retryAfterS = Math.max(
            retryAfterS,
            Math.max(1, Math.ceil((Number(r.rows[max - 1].at) + this.windowMs - t) / 1000)),
          );
      }
      if (retryAfterS > 0) return { ok: false, retryAfterS };
      await q.query('DELETE FROM sign_in_failures WHERE at <= $1', [since]);
      const ids: number[] = [];
      for (const { key } of limits) {
        const r = await q.query<{ id: number | string }>(
          'INSERT INTO sign_in_failures (key, at) VALUES ($1, $2) RETURNING id',
          [key, t],
        );
        ids.push(Number(r.rows[0].id));
      }
      return { ok: true, ids };
    });
  }

  /** Takes back the rows of one attempt (its password was right). */
  async release(ids: number[]): Promise<void> {
    for (const id of ids) await this.db.query('DELETE FROM sign_in_failures WHERE id = $1', [id]);
  }

  /** Forgets every failure of `key` (a right password clears its e-mail-and-client pair). */
  async clear(key: string): Promise<void> {
    await this.db.query('DELETE FROM sign_in_failures WHERE key = $1', [key]);
  }
}
