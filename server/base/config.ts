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
  /**
   * Which reverse proxies' X-Forwarded-For / -Proto to believe (client address for sign-in limits, https):
   * `false` none; a number, that many proxy hops in front of us (the client address is the entry that many
   * from the right: what our own proxy appended, never what the client sent); a string, the proxies'
   * addresses or CIDR ranges. Never `true` (Fastify would then take the leftmost entry, which any client
   * can write).
   */
  trustProxy: false | number | string;
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

/** TRUST_PROXY: `0`/empty → false; `1`/`true` → one hop; `2`… → hops; else addresses (`10.0.0.2,::1`). */
export function trustProxyFrom(value: string | undefined): Config['trustProxy'] {
  const v = (value ?? '').trim();
  if (v === '' || v === '0' || v === 'false') return false;
  if (v === 'true') return 1;
  if (/^\d{1,2}$/.test(v)) return Number(v);
  const list = v.split(',').map((x) => x.trim());
  if (list.some((x) => !/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(x)))
    throw new Error(`TRUST_PROXY must be 0, a hop count or proxy addresses (10.0.0.2,::1), not "${value}"`);
  return list.join(',');
}

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
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    samples: flag(env.SAMPLES, false),
    clock,
    log: flag(env.LOG, true),
  };
}
