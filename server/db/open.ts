import { join } from 'node:path';
import type { Db } from './db.ts';
import { openSqlite } from './sqlite.ts';
import { openPostgres } from './postgres.ts';

/** PostgreSQL when a URL is given, otherwise the SQLite file under the data directory. */
export function openDb(config: { databaseUrl?: string; dataDir: string }): Db {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl)
    : openSqlite(join(config.dataDir, 'song-heritage.sqlite'));
}
