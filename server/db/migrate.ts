/**
 * Migrations: numbered SQL files in migrations/<backend>/ (`001_init.sql`, …), applied in order, each in its
 * own transaction, recorded in the `migrations` table. Run on every start; applied files are skipped.
 * Several instances starting at once on PostgreSQL are kept apart by an advisory lock.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './db.ts';
import { systemClock, type Clock } from '../../src/data/clock.ts';

const DIR = join(import.meta.dirname, '..', 'migrations');

export async function migrate(db: Db, clock: Clock = systemClock): Promise<string[]> {
  const dir = join(DIR, db.kind);
  const files = readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
  await db.exec('CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied: string[] = [];
  await db.tx(async (q) => {
    if (db.kind === 'postgres') await q.query('SELECT pg_advisory_xact_lock(6061)');
    const done = new Set(
      (await q.query<{ name: string }>('SELECT name FROM migrations')).rows.map((r) => r.name),
    );
    for (const f of files) {
      if (done.has(f)) continue;
      for (const statement of splitSql(readFileSync(join(dir, f), 'utf8'))) await q.query(statement);
      await q.query('INSERT INTO migrations (name, applied_at) VALUES ($1, $2)', [
        f,
        new Date(clock()).toISOString(),
      ]);
      applied.push(f);
    }
  });
  return applied;
}

/** Statements of a migration file: split on `;` at line ends (the files hold no procedural code). */
const splitSql = (sql: string) =>
  sql
    .replace(/^--.*$/gm, '')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
