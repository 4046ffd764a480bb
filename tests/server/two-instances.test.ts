/**
 * Two instances of the real server on one PostgreSQL schema behind Debian's nginx (round robin), the setup
 * server/README.md describes. Loopback HTTP only. Needs TEST_DATABASE_URL and nginx: skipped with a warning
 * locally without them, failed under CI=true (.ci/run installs both).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { startServerProcess, type ServerProcess } from '../../scripts/server-process.ts';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../server/db/postgres.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openStores } from '../../server/store/index.ts';
import { hashPassword } from '../../server/base/passwords.ts';
import { clockFromSetting } from '../../src/data/clock.ts';
import { fixtureEvent, PASSWORD, PG_URL } from './harness.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(
  (p) => spawnSync(p, ['-v'], { stdio: 'ignore' }).status === 0,
);
const CLOCK_START = '2027-03-01T10:00:00+08:00';
const ready = Boolean(PG_URL && NGINX);

if (!ready && process.env.CI === 'true')
  it('has PostgreSQL and nginx for the two-instance test', () => {
    throw new Error(`CI=true but ${PG_URL ? 'nginx is not installed' : 'TEST_DATABASE_URL is not set'}`);
  });
else if (!ready)
  console.warn(
    '\n*** two-instances.test.ts SKIPPED: needs TEST_DATABASE_URL and nginx (apt install nginx-light). ***\n',
  );

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const startInstance = (databaseUrl: string, dir: string) =>
  startServerProcess({
    DATABASE_URL: databaseUrl,
    DATA_DIR: dir,
    DIST_DIR: join(dir, 'no-dist'),
    TRUST_PROXY: '1',
    CLOCK_START,
    LOG: '0',
  });

/** A browser-like client: keeps its cookies and CSRF token, talks to one base URL. */
class Client {
  private cookies = new Map<string, string>();
  csrf = '';
  constructor(public base: string) {}

  get cookie() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** The instance that answered the last request through nginx. */
  upstream = '';

  async req(method: string, path: string, body?: unknown, base = this.base) {
    const r = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrf }),
        cookie: this.cookie,
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    this.upstream = r.headers.get('x-upstream') ?? '';
    const text = await r.text();
    return { status: r.status, json: text ? JSON.parse(text) : undefined };
  }

  async signIn(email: string, password = PASSWORD) {
    const s = await this.req('GET', '/api/auth/session');
    this.csrf = s.json.csrf;
    const r = await this.req('POST', '/api/auth/login', { email, password });
    if (r.status === 200) this.csrf = r.json.csrf;
    return r;
  }
}

describe.runIf(ready)('two instances behind nginx on one PostgreSQL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shm-two-'));
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const instances: ServerProcess[] = [];
  let nginx: ChildProcess | undefined;
  let proxy = '';

  beforeAll(async () => {
    chmodSync(dir, 0o755); // nginx workers run as nobody when the master is root
    const admin = openPostgres(PG_URL!);
    await admin.exec(`CREATE SCHEMA ${schema}`);
    await admin.close();
    const db = openPostgres(PG_URL!, { schema });
    await migrate(db, clockFromSetting(CLOCK_START)!);
    const { people } = openStores(db);
    const org = await people.createOrganization(null, { name_zh: '测试剧社', name_en: 'Test Theatre Club' });
    for (const [email, role] of [
      ['organizer@example.org', 'organizer'],
      ['moderator@example.org', 'moderator'],
    ] as const)
      await people.createUser(null, {
        email,
        name: role,
        role,
        organizationId: role === 'organizer' ? org.id : null,
        passwordHash: await hashPassword(PASSWORD),
      });
    await db.close();

    const url = new URL(PG_URL!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    // Started together: the migrations' advisory lock keeps them from racing (both find them applied).
    instances.push(...(await Promise.all([startInstance(url.href, dir), startInstance(url.href, dir)])));

    const port = await freePort();
    const upstreams = instances.map((i) => `server ${new URL(i.base).host};`).join(' ');
    writeFileSync(
      join(dir, 'nginx.conf'),
      `worker_processes 1;
error_log ${dir}/error.log warn;
pid ${dir}/nginx.pid;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream song { ${upstreams} }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://song;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`,
    );
    nginx = spawn(NGINX!, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    proxy = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 50; i++) {
      const ok = await fetch(`${proxy}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 120_000);

  afterAll(async () => {
    nginx?.kill('SIGTERM');
    for (const i of instances) i.child.kill('SIGTERM');
    const admin = openPostgres(PG_URL!);
    await admin.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the proxy spreads requests over both instances', async () => {
    const served = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const r = await fetch(`${proxy}/api/health`);
      expect(r.status).toBe(200);
      served.add(r.headers.get('x-upstream') ?? '');
    }
    expect([...served].sort()).toEqual(instances.map((i) => new URL(i.base).host).sort());
  });

  it('a session made through the proxy is honoured by each instance', async () => {
    const c = new Client(proxy);
    expect((await c.signIn('organizer@example.org')).status).toBe(200);
    for (const i of instances) {
      const s = await c.req('GET', '/api/auth/session', undefined, i.base);
      expect(s.json.user?.email).toBe('organizer@example.org');
    }
  });

  it('an event approved on one instance is in the other instance’s feed at once', async () => {
    const [a, b] = instances;
    const feedIds = async (base: string) =>
      ((await (await fetch(`${base}/api/events`)).json()) as { events: { id: string }[] }).events.map(
        (e) => e.id,
      );
    // Instance A compiles and caches its feed before the approval happens elsewhere.
    expect(await feedIds(a.base)).not.toContain('test-fixture-evening');
    const org = new Client(a.base);
    await org.signIn('organizer@example.org');
    const created = await org.req('POST', '/api/my/events', { event: fixtureEvent(), submit: true });
    expect(created.status).toBe(201);
    const mod = new Client(b.base);
    await mod.signIn('moderator@example.org');
    const [queued] = (await mod.req('GET', '/api/moderation/queue')).json as {
      revision: number;
      content_hash: string;
    }[];
    const approved = await mod.req('POST', '/api/moderation/events/test-fixture-evening/approve', {
      revision: queued.revision,
      content_hash: queued.content_hash,
    });
    expect(approved.status).toBe(200);
    expect(await feedIds(a.base)).toContain('test-fixture-evening');
  });

  it('the sign-in limit is one count across instances: the 6th wrong password through the proxy is refused', async () => {
    const statuses: number[] = [];
    const served = new Set<string>();
    const c = new Client(proxy);
    c.csrf = (await c.req('GET', '/api/auth/session')).json.csrf;
    for (let i = 0; i < 6; i++) {
      const r = await c.req('POST', '/api/auth/login', {
        email: 'moderator@example.org',
        password: `wrong password ${i}`,
      });
      statuses.push(r.status);
      served.add(c.upstream);
    }
    // Round robin sent attempts to both instances: a per-process count would still answer 401.
    expect(served.size).toBe(2);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const right = new Client(proxy);
    expect((await right.signIn('moderator@example.org')).status).toBe(429);
  });
});
