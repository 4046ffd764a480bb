/**
 * Runs API tests against both backends: SQLite (a fresh file per test) and PostgreSQL (a fresh schema per
 * test in TEST_DATABASE_URL). Without TEST_DATABASE_URL the PostgreSQL half is skipped with a loud
 * warning — except under CI=true, where it fails: CI must test the real server.
 *
 * Requests go through Fastify's inject (no sockets). `Client` keeps cookies and the CSRF token like a
 * browser tab would.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../server/db/db.ts';
import { openSqlite } from '../../server/db/sqlite.ts';
import { openPostgres } from '../../server/db/postgres.ts';
import { migrate } from '../../server/db/migrate.ts';
import { buildApp, type AppOptions } from '../../server/app.ts';
import { loadGeodata } from '../../server/base/geodata.ts';
import { openStores, type Stores } from '../../server/store/index.ts';
import type { Role } from '../../src/api/contract.ts';
import { hashPassword } from '../../server/base/passwords.ts';
import { fixedClock } from '../../src/data/clock.ts';
import type { ListingEvent } from '../../src/listings/schema.ts';

export const PG_URL = process.env.TEST_DATABASE_URL;
export const geodata = loadGeodata('geodata');
/** Tests see the world as of this instant: the fixture event is in the future, the samples are running. */
export const NOW = Date.parse('2026-11-28T00:00:00Z');
export const fixtureEvent = (): ListingEvent =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'event.json'), 'utf8')) as ListingEvent;
export const PASSWORD = 'correct horse battery';

if (!PG_URL && process.env.CI === 'true')
  describe('PostgreSQL', () =>
    it('is configured (TEST_DATABASE_URL)', () => {
      throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests cannot run');
    }));
else if (!PG_URL)
  console.warn(
    '\n*** TEST_DATABASE_URL is not set: the PostgreSQL API tests are SKIPPED (see README, Server). ***\n',
  );

export interface Backend {
  name: 'sqlite' | 'postgres';
  open(): Promise<{ db: Db; cleanup: () => Promise<void> }>;
}

export const BACKENDS: Backend[] = [
  {
    name: 'sqlite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'shm-test-'));
      const db = openSqlite(join(dir, 'test.sqlite'));
      return { db, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'postgres',
    async open() {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      const admin = openPostgres(PG_URL!);
      await admin.exec(`CREATE SCHEMA ${schema}`);
      const db = openPostgres(PG_URL!, { schema });
      return {
        db,
        cleanup: async () => {
          await admin.exec(`DROP SCHEMA ${schema} CASCADE`);
          await admin.close();
        },
      };
    },
  },
];

export interface Response {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary API answers
}

export class Client {
  private cookies = new Map<string, string>();
  csrf: string | undefined;

  constructor(private readonly app: FastifyInstance) {}

  async req(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
    remoteAddress?: string,
  ): Promise<Response> {
    const h: Record<string, string> = { ...headers };
    if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET' && this.csrf && !('x-csrf-token' in h)) h['x-csrf-token'] = this.csrf;
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const r = await this.app.inject({
      method: method as 'GET',
      url,
      headers: h,
      payload,
      ...(remoteAddress ? { remoteAddress } : {}),
    });
    const set = r.headers['set-cookie'];
    for (const c of Array.isArray(set) ? set : set ? [set] : []) {
      const [pair, ...attrs] = c.split(';');
      const [k, v] = pair.split('=');
      if (attrs.some((a) => a.trim() === 'Max-Age=0')) this.cookies.delete(k);
      else this.cookies.set(k, v);
    }
    let json: unknown;
    try {
      json = JSON.parse(r.body);
    } catch {
      json = undefined;
    }
    if (json && typeof json === 'object' && 'csrf' in json) this.csrf = (json as { csrf: string }).csrf;
    return { status: r.statusCode, headers: r.headers, body: r.body, json };
  }

  async session() {
    return this.req('GET', '/api/auth/session');
  }

  async login(email: string, password = PASSWORD) {
    if (!this.csrf) await this.session();
    return this.req('POST', '/api/auth/login', { email, password });
  }
}

export interface World {
  app: FastifyInstance;
  db: Db;
  store: Stores;
  orgId: number;
  otherOrgId: number;
  /** A signed-in client per role; `organizer2` belongs to another organization. */
  as(who: Role | 'organizer2' | 'anonymous'): Promise<Client>;
  /** Every sign-in delay the service asked for (ms); the harness does not really wait. */
  slept: number[];
}

/** What a test may change in the service it runs against. */
export type WorldOptions = Partial<Omit<AppOptions, 'db' | 'geodata' | 'config'>> & {
  config?: Partial<AppOptions['config']>;
};

/** A fresh database with one admin, one moderator and two organizers of different organizations. */
export async function world(db: Db, options: WorldOptions = {}): Promise<World> {
  await migrate(db);
  const slept: number[] = [];
  const app = await buildApp({
    clock: fixedClock(NOW),
    sleep: async (ms) => void slept.push(ms),
    ...options,
    config: {
      cookieSecure: false,
      trustProxy: false,
      samples: true,
      log: false,
      distDir: '/nonexistent',
      ...options.config,
    },
    db,
    geodata,
  });
  const store = openStores(db, fixedClock(NOW));
  const org = await store.people.createOrganization(null, {
    name_zh: '测试剧社',
    name_en: 'Test Theatre Club',
  });
  const other = await store.people.createOrganization(null, { name_zh: '另一社', name_en: 'Other Club' });
  const passwordHash = await hashPassword(PASSWORD);
  const people: [string, Role, number | null][] = [
    ['admin@example.org', 'admin', null],
    ['moderator@example.org', 'moderator', null],
    ['organizer@example.org', 'organizer', org.id],
    ['organizer2@example.org', 'organizer', other.id],
  ];
  for (const [email, role, organizationId] of people)
    await store.people.createUser(null, { email, name: role, role, organizationId, passwordHash });
  return {
    app,
    db,
    store,
    orgId: org.id,
    otherOrgId: other.id,
    slept,
    async as(who) {
      const c = new Client(app);
      if (who === 'anonymous') await c.session();
      else {
        const r = await c.login(`${who}@example.org`);
        if (r.status !== 200) throw new Error(`login as ${who}: ${r.status} ${r.body}`);
      }
      return c;
    },
  };
}

/** `describe` once per backend, with a fresh world before each test. */
export function describeBackends(name: string, body: (get: () => World) => void, options: WorldOptions = {}) {
  for (const backend of BACKENDS) {
    const d = backend.name === 'postgres' && !PG_URL ? describe.skip : describe;
    d(`${name} [${backend.name}]`, () => {
      let w: World | undefined;
      let cleanup: (() => Promise<void>) | undefined;
      beforeEach(async () => {
        const opened = await backend.open();
        cleanup = opened.cleanup;
        w = await world(opened.db, options);
      });
      afterEach(async () => {
        await w?.app.close();
        await w?.db.close();
        await cleanup?.();
      });
      body(() => w!);
    });
  }
}
