/**
 * A real events server for the organizer browser tests: a fresh SQLite database in a temporary folder, the
 * first admin made with the documented CLI (`server/cli/create-admin.ts`), and people invited through the
 * admin API exactly as server/API.md describes. Loopback only; the built front end (dist/) is what the
 * Playwright web server builds first.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request, type APIRequestContext } from '@playwright/test';
import { TEST_NOW_ISO, hangzhouDay } from './clock.ts';

export const PASSWORD = 'correct horse battery';
export const ADMIN = { email: 'admin@e2e.example', name: 'Admin', password: 'admin password 123' };

export interface TestServer {
  baseURL: string;
  stop(): Promise<void>;
}

/** Starts the server on `port` with an empty database and one admin; resolves once /api/health answers. */
export async function startServer(port: number): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'organizer-e2e-'));
  const env = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG: '0',
    DATABASE_URL: '',
    SAMPLES: '1',
    CLOCK_START: TEST_NOW_ISO,
  };
  const admin = spawnSync('npx', ['tsx', 'server/cli/create-admin.ts', ADMIN.email, ADMIN.name], {
    env: { ...env, ADMIN_PASSWORD: ADMIN.password },
    encoding: 'utf8',
  });
  if (admin.status !== 0) throw new Error(`create-admin failed: ${admin.stderr}`);
  const child: ChildProcess = spawn('npx', ['tsx', 'server/main.ts'], {
    env,
    stdio: 'ignore',
    detached: true,
  });
  const baseURL = `http://127.0.0.1:${port}`;
  const api = await request.newContext({ baseURL });
  for (let i = 0; ; i++) {
    const ok = await api
      .get('/api/health')
      .then((r) => r.ok())
      .catch(() => false);
    if (ok) break;
    if (i > 300 || child.exitCode !== null) throw new Error('the events server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  await api.dispose();
  return {
    baseURL,
    async stop() {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** An API session that keeps its cookies and sends the CSRF token on writes. */
export class Session {
  private csrf = '';
  private constructor(readonly api: APIRequestContext) {}

  static async open(baseURL: string): Promise<Session> {
    const s = new Session(await request.newContext({ baseURL }));
    s.csrf = (await (await s.api.get('/api/auth/session')).json()).csrf;
    return s;
  }

  async send(method: 'POST' | 'PUT' | 'DELETE', path: string, data: unknown = {}) {
    const res = await this.api.fetch(path, { method, data, headers: { 'X-CSRF-Token': this.csrf } });
    const json = res.status() === 204 ? undefined : await res.json();
    if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${JSON.stringify(json)}`);
    if (json && typeof json === 'object' && 'csrf' in json) this.csrf = json.csrf;
    return json;
  }

  async get(path: string) {
    const res = await this.api.get(path);
    if (!res.ok()) throw new Error(`GET ${path}: ${res.status()}`);
    return res.json();
  }

  static async admin(baseURL: string): Promise<Session> {
    const s = await Session.open(baseURL);
    await s.send('POST', '/api/auth/login', { email: ADMIN.email, password: ADMIN.password });
    return s;
  }
}

let serial = 0;
/** A unique e-mail per person, so tests share no accounts (nor login rate limits). */
export const uniqueEmail = (role: string) => `${role}-${Date.now().toString(36)}-${serial++}@e2e.example`;

/** Invites a person as the admin; returns the invitation token (the person accepts it in the UI or below). */
export async function invite(
  admin: Session,
  role: 'organizer' | 'moderator',
  organizationId?: number,
): Promise<{ email: string; token: string }> {
  const email = uniqueEmail(role);
  const { token } = await admin.send('POST', '/api/admin/invitations', {
    email,
    role,
    ...(organizationId ? { organization_id: organizationId } : {}),
  });
  return { email, token };
}

/** A new organization and one signed-up organizer in it; returns their e-mail and an API session. */
export async function organizer(baseURL: string, admin: Session, orgName = 'E2E Theatre Club') {
  const org = await admin.send('POST', '/api/admin/organizations', {
    name_zh: '测试剧社',
    name_en: orgName,
    url: 'https://club.example.org/',
  });
  const { email, token } = await invite(admin, 'organizer', org.id);
  const s = await Session.open(baseURL);
  await s.send('POST', `/api/invitations/${token}/accept`, { name: '王老师', password: PASSWORD });
  return { email, session: s, organization: org };
}

/** A signed-up moderator; returns their e-mail. */
export async function moderator(baseURL: string, admin: Session) {
  const { email, token } = await invite(admin, 'moderator');
  const s = await Session.open(baseURL);
  await s.send('POST', `/api/invitations/${token}/accept`, { name: 'Moderator Li', password: PASSWORD });
  return { email, session: s };
}

/** A valid event of an organization, starting `daysAhead` days after TEST_NOW (Hangzhou time, 19:30–21:00). */
export function validEvent(id: string, titles: { zh: string; en: string }, daysAhead = 10) {
  const day = hangzhouDay(daysAhead);
  return {
    id,
    title_zh: titles.zh,
    title_en: titles.en,
    description_zh: '宋代点茶与雅集体验。',
    description_en: 'A Song-style tea gathering.',
    category: 'yaji',
    venue: 'gulou',
    start: `${day}T19:30`,
    end: `${day}T21:00`,
    free: true,
    languages: ['zh', 'en'],
    organizer: { name_zh: '测试剧社', name_en: 'E2E Theatre Club' },
    status: 'scheduled',
    sample: false,
    sources: [{ title: '主办方发布 · Published by the organizer' }],
  };
}
