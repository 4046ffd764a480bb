/**
 * Settings from the environment, each with the default `npm start` uses (README.md, “Server”).
 */
import { resolve } from 'node:path';
import { clockFromSetting, type Clock } from '../../src/data/clock.ts';

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
  /**
   * Serve the invented demo events of geodata/samples/ in the feed (SAMPLES=1: `npm run demo` and the tests;
   * off in `npm start`). The app labels them as samples.
   */
  samples: boolean;
  /** The service's clock: the system clock, or one started at CLOCK_START (tests and demos). */
  clock: Clock;
  log: boolean;
}

const flag = (v: string | undefined, fallback: boolean) =>
  v === undefined || v === '' ? fallback : v === '1' || v === 'true';

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const clock = clockFromSetting(env.CLOCK_START);
  if (!clock)
    throw new Error(
      `CLOCK_START must be an instant with an offset, e.g. 2026-12-04T12:00:00+08:00, not "${env.CLOCK_START}"`,
    );
  return {
    host: env.HOST || '127.0.0.1',
    port,
    dataDir: resolve(env.DATA_DIR || '.data'),
    databaseUrl: env.DATABASE_URL || undefined,
    distDir: resolve(env.DIST_DIR || 'dist'),
    geodataDir: resolve(env.GEODATA_DIR || 'geodata'),
    cookieSecure: flag(env.COOKIE_SECURE, false),
    trustProxy: flag(env.TRUST_PROXY, false),
    samples: flag(env.SAMPLES, false),
    clock,
    log: flag(env.LOG, true),
  };
}
