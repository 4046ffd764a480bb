/**
 * PostgreSQL backend (`pg` pool), for several app instances behind a load balancer. Each transaction runs on
 * one pooled client. Concurrent writers are kept apart by conditional UPDATEs (`WHERE working_revision =
 * $n`) and unique keys rather than by locks held across requests.
 */
import pg from 'pg';
import type { Db, Param, Queryable, Result } from './db.ts';

export function openPostgres(url: string, options: { schema?: string } = {}): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // A schema per test run keeps parallel test files apart in one database.
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  const on = (c: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: readonly Param[] = []): Promise<Result<T>> {
      const r = await c.query(sql, params as Param[]);
      return { rows: r.rows as T[], changes: r.rowCount ?? 0 };
    },
  });
  return {
    kind: 'postgres',
    ...on(pool),
    async tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(on(client));
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async close() {
      await pool.end();
    },
  };
}
