/**
 * `npm start` (after the build) and `npm run server`: opens the database (SQLite under DATA_DIR, or
 * PostgreSQL from DATABASE_URL), runs the migrations, and serves the API and dist/ on HOST:PORT.
 */
import { configFromEnv } from './base/config.ts';
import { openDb } from './db/open.ts';
import { migrate } from './db/migrate.ts';
import { loadGeodata } from './base/geodata.ts';
import { buildApp } from './app.ts';

const config = configFromEnv();
const db = openDb(config);
const applied = await migrate(db, config.clock);
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
