/**
 * Settings from the environment, each with the default `npm start` uses (README.md, “Server”).
 */
import { resolve } from 'node:path';

export interface Config {
  host: string;
  port: number;
  /** SQLite file and nothing else lives here. */
  dataDir: string;
  /** PostgreSQL instead of SQLite when set. */
  databaseUrl?: string;
  /** The built front end. */
  distDir: string;
  geodataDir: string;
  /** `Secure` cookies; also set per request when a trusted proxy says the request came over https. */
  cookieSecure: boolean;
  /** Trust X-Forwarded-For / -Proto from a reverse proxy (client IP for rate limiting, https). */
  trustProxy: boolean;
  /** Serve the bundled sample events in the feed (as the static build does). */
  samples: boolean;
  log: boolean;
}

const flag = (v: string | undefined, fallback: boolean) =>
  v === undefined || v === '' ? fallback : v === '1' || v === 'true';

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  return {
    host: env.HOST || '127.0.0.1',
    port,
    dataDir: resolve(env.DATA_DIR || '.data'),
    databaseUrl: env.DATABASE_URL || undefined,
    distDir: resolve(env.DIST_DIR || 'dist'),
    geodataDir: resolve(env.GEODATA_DIR || 'geodata'),
    cookieSecure: flag(env.COOKIE_SECURE, false),
    trustProxy: flag(env.TRUST_PROXY, false),
    samples: flag(env.SEED_SAMPLES, true),
    log: flag(env.LOG, true),
  };
}
