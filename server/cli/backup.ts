/**
 * `npm run backup [-- <dir>]`: writes everything the service stores, as JSON, plus the public feed as the
 * API serves it, to <dir>/backup-<timestamp>/ (default dir: DATA_DIR/backups). Reads the database the
 * server uses (DATA_DIR / DATABASE_URL); safe while the server runs (SQLite WAL readers do not block).
 *
 *   data.json     { format, created, backend, tables: { organizations, users, invitations, events,
 *                   revisions, venues, audit, migrations } } — users include their scrypt password hashes
 *   events.json   the feed (compileFeed over approved + sample events), events.ics the same as iCalendar
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configFromEnv } from '../base/config.ts';
import { openDb } from '../db/open.ts';
import { migrate } from '../db/migrate.ts';
import { exportAll } from '../store/audit.ts';
import { EventStore } from '../store/events.ts';
import { FeedCache } from '../feed/feed-cache.ts';
import { VenueStore } from '../store/venues.ts';
import { loadGeodata } from '../base/geodata.ts';

const config = configFromEnv();
const db = openDb(config);
try {
  await migrate(db, config.clock);
  const created = new Date(config.clock()).toISOString();
  const dir = join(
    process.argv[2] ?? join(config.dataDir, 'backups'),
    `backup-${created.replace(/[:.]/g, '-')}`,
  );
  // The backup holds password hashes: only the service's user may read it (folders 0700, files 0600).
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const tables = await exportAll(db);
  writeFileSync(
    join(dir, 'data.json'),
    `${JSON.stringify({ format: 1, created, backend: db.kind, tables }, null, 2)}\n`,
    { mode: 0o600 },
  );
  const feed = await new FeedCache(new EventStore(db, config.clock), loadGeodata(config.geodataDir), {
    samples: config.samples,
    clock: config.clock,
    venues: new VenueStore(db, config.clock),
  }).get();
  writeFileSync(join(dir, 'events.json'), feed.json, { mode: 0o600 });
  writeFileSync(join(dir, 'events.ics'), feed.ics, { mode: 0o600 });
  const counts = Object.entries(tables)
    .map(([t, rows]) => `${rows.length} ${t}`)
    .join(', ');
  console.log(`Backup written to ${dir}: ${counts}; feed with ${feed.feed.events.length} events.`);
} finally {
  await db.close();
}
