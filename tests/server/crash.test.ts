/**
 * Crash safety on SQLite: the real server process takes a burst of event writes and is killed with SIGKILL
 * in the middle; after a restart every write it acknowledged (201) is there. Uses loopback HTTP, since a
 * process has to die; no outside network.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openSqlite } from '../../server/db/sqlite.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openStores } from '../../server/store/index.ts';
import { hashPassword } from '../../server/base/passwords.ts';
import { fixtureEvent, PASSWORD } from './harness.ts';
import { startServerProcess } from '../../scripts/server-process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'shm-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const start = () =>
  startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: '', LOG: '0', DIST_DIR: join(dataDir, 'no-dist') });

async function signIn(base: string) {
  const s = await fetch(`${base}/api/auth/session`);
  const csrf0 = ((await s.json()) as { csrf: string }).csrf;
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': csrf0,
      cookie: s.headers.get('set-cookie')!.split(';')[0],
    },
    body: JSON.stringify({ email: 'organizer@example.org', password: PASSWORD }),
  });
  const { csrf } = (await r.json()) as { csrf: string };
  return { csrf, cookie: r.headers.get('set-cookie')!.split(';')[0] };
}

it(
  'keeps every acknowledged event after SIGKILL during a burst of writes',
  { timeout: 240_000 },
  async () => {
    const db = openSqlite(join(dataDir, 'song-heritage.sqlite'));
    await migrate(db);
    const { people } = openStores(db);
    const org = await people.createOrganization(null, { name_zh: '测试剧社', name_en: 'Test Theatre Club' });
    await people.createUser(null, {
      email: 'organizer@example.org',
      name: 'o',
      role: 'organizer',
      organizationId: org.id,
      passwordHash: await hashPassword(PASSWORD),
    });
    await db.close();

    const first = await start();
    const auth = await signIn(first.base);
    const acknowledged: string[] = [];
    let killed = false;
    const write = async (i: number) => {
      const id = `crash-${i}`;
      try {
        const r = await fetch(`${first.base}/api/my/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': auth.csrf, cookie: auth.cookie },
          body: JSON.stringify({ event: { ...fixtureEvent(), id }, submit: true }),
        });
        if (r.status === 201) acknowledged.push(id);
      } catch {
        // The connection died with the server: not acknowledged, may or may not be stored.
      }
      // Kill mid-burst: after 60 acknowledgements, with more requests in flight.
      if (acknowledged.length >= 60 && !killed) {
        killed = true;
        first.child.kill('SIGKILL');
      }
    };
    // 8 writers in parallel, 400 writes in all: the kill lands while writes are in flight.
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < 400 && !killed) await write(next++);
      }),
    );
    expect(killed).toBe(true);
    // A process killed by a signal keeps exitCode null (signalCode is set): check both, or a child that has
    // already exited before the listener is attached is waited for forever.
    await new Promise((r) => {
      const c = first.child.once('exit', r);
      if (c.exitCode !== null || c.signalCode !== null) r(null);
    });

    const second = await start();
    try {
      const auth2 = await signIn(second.base);
      const r = await fetch(`${second.base}/api/my/events`, { headers: { cookie: auth2.cookie } });
      const stored = new Set(((await r.json()) as { id: string }[]).map((e) => e.id));
      expect(acknowledged.length).toBeGreaterThanOrEqual(60);
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      console.log(
        `crash test: ${acknowledged.length} acknowledged, ${stored.size} stored after SIGKILL and restart`,
      );
    } finally {
      second.child.kill('SIGTERM');
    }
  },
);
