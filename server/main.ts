/**
 * `npm start` (after the build) and `npm run server`: opens the database (SQLite under DATA_DIR, or
 * PostgreSQL from DATABASE_URL), runs the migrations, and serves the API and dist/ on HOST:PORT.
 */
import { configFromEnv } from './base/config.ts';
import { openDb } from './db/open.ts';
import { migrate } from './db/migrate.ts';
import { loadGeodata } from './base/geodata.ts';
import { buildApp } from './app.ts';
import type { Db } from './db/db.ts';
import { startupProblem } from './base/startup.ts';

const config = configFromEnv();
let db: Db;
let applied: string[];
try {
  db = openDb(config);
  applied = await migrate(db, config.clock);
} catch (e) {
  // One line that says what to fix, not a stack: the usual causes are a DATA_DIR the service may not
  // write (read-only mount, wrong owner) and a database server that does not answer.
  console.error(`Cannot start: ${startupProblem(e as NodeJS.ErrnoException, config)}`);
  process.exit(1);
}
const app = await buildApp({ config, db, geodata: loadGeodata(config.geodataDir), clock: config.clock });
if (applied.length) app.log.info(`migrations applied: ${applied.join(', ')}`);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    void app
      .close()
      .then(() => db.close())
      .then(() => process.exit(0));
  });

const address = await app.listen({ host: config.host, port: config.port });
console.log(
  `Song Heritage Map server on ${address}/ (${db.kind}${db.kind === 'sqlite' ? `, ${config.dataDir}` : ''})`,
);
