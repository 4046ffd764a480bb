/**
 * SQLite backend (better-sqlite3, synchronous). Durability: WAL journal with `synchronous = FULL`, so a
 * transaction is on disk (WAL fsynced) before COMMIT returns. NORMAL would already survive a killed process
 * (SIGKILL, crash) — the WAL is in the OS page cache — but could lose the last commits on power loss; writes
 * here are rare (people editing events), so the extra fsync per commit costs nothing that matters.
 *
 * Trap: better-sqlite3 is one connection. A transaction that awaits would let other requests' statements
 * run inside it (and be rolled back with it), so transactions are serialised by a promise lock and
 * statements outside a transaction wait for the lock too.
 */
import Database from 'better-sqlite3';
import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db, Param, Queryable, Result } from './db.ts';

export function openSqlite(file: string): Db {
  if (file !== ':memory:') {
    // The database holds password hashes and sessions: its folder is 0700 and the file 0600, created so
    // before SQLite opens it (SQLite gives the -wal and -shm files the database file's mode).
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    closeSync(openSync(file, 'a', 0o600));
    chmodSync(file, 0o600);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const statements = new Map<string, { s: Database.Statement; order: number[] }>();

  // `$n` → `?`, remembering which parameter each `?` takes (a `$n` may repeat or come out of order).
  function prepare(sql: string) {
    let p = statements.get(sql);
    if (!p) {
      const order: number[] = [];
      const s = db.prepare(
        sql.replace(/\$(\d+)/g, (_, n: string) => {
          order.push(Number(n) - 1);
          return '?';
        }),
      );
      p = { s, order };
      statements.set(sql, p);
    }
    return p;
  }

  function run<T>(sql: string, params: readonly Param[] = []): Result<T> {
    const { s, order } = prepare(sql);
    const args = order.map((i) => params[i]);
    if (s.reader) {
      const rows = s.all(...args) as T[];
      return { rows, changes: rows.length };
    }
    return { rows: [], changes: s.run(...args).changes };
  }

  let lock: Promise<unknown> = Promise.resolve();
  const direct: Queryable = { query: async (sql, params) => run(sql, params) };

  return {
    kind: 'sqlite',
    async query<T>(sql: string, params?: readonly Param[]) {
      await lock;
      return run<T>(sql, params);
    },
    tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
      const next = lock.then(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const out = await fn(direct);
          db.exec('COMMIT');
          return out;
        } catch (e) {
          // Trap: after some errors (SQLITE_FULL, SQLITE_IOERR) SQLite has already rolled back; a second
          // ROLLBACK would throw and hide the error that says what happened.
          if (db.inTransaction) db.exec('ROLLBACK');
          throw e;
        }
      });
      lock = next.catch(() => undefined);
      return next;
    },
    async exec(sql: string) {
      await lock;
      db.exec(sql);
    },
    async close() {
      await lock;
      db.close();
    },
  };
}
