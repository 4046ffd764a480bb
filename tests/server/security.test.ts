/**
 * Regression tests for the findings of issue #16 (the service attacked). Each test failed on the code
 * before its fix.
 */
import { expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startupProblem } from '../../server/base/startup.ts';
import { openSqlite } from '../../server/db/sqlite.ts';
import { migrate } from '../../server/db/migrate.ts';
import ICAL from 'ical.js';
import { configFromEnv, trustProxyFrom } from '../../server/base/config.ts';
import { eventsToIcs } from '../../src/listings/ical.ts';
import { importIcs } from '../../src/listings/ical-import.ts';
import { Client, describeBackends, fixtureEvent, geodata, NOW, PASSWORD } from './harness.ts';

/** A client whose requests come from `ip` (Fastify inject's remote address). */
function from(client: Client, ip: string): Client {
  const req = client.req.bind(client);
  client.req = (method, url, body, headers = {}) => req(method, url, body, headers, ip);
  return client;
}

describeBackends('sign-in limits', (get) => {
  it('a burst of 61 concurrent guesses from one address checks no more than the limit (5 per e-mail)', async () => {
    const w = get();
    const c = from(new Client(w.app), '203.0.113.7');
    await c.session();
    const guesses = Array.from({ length: 61 }, (_, i) =>
      c.req('POST', '/api/auth/login', {
        email: 'admin@example.org',
        password: i === 60 ? PASSWORD : `wrong guess ${i}`,
      }),
    );
    const answers = await Promise.all(guesses);
    const checked = answers.filter((r) => r.status !== 429);
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(answers[60].status).toBe(429);
    const failed = (await w.db.query("SELECT id FROM audit WHERE action = 'user.login_failed'")).rows;
    expect(failed.length).toBeLessThanOrEqual(5);
  });

  it('a burst over 61 e-mails from one address checks no more than 20 passwords', async () => {
    const c = from(new Client(get().app), '203.0.113.8');
    await c.session();
    const answers = await Promise.all(
      Array.from({ length: 61 }, (_, i) =>
        c.req('POST', '/api/auth/login', { email: `user${i}@example.org`, password: 'wrong guess' }),
      ),
    );
    expect(answers.filter((r) => r.status === 401).length).toBe(20);
    expect(answers.filter((r) => r.status === 429).length).toBe(41);
  });

  it('guesses from elsewhere do not lock the real user out: they only slow the e-mail down', async () => {
    const w = get();
    for (const ip of ['198.51.100.1', '198.51.100.2']) {
      const attacker = from(new Client(w.app), ip);
      await attacker.session();
      for (let i = 0; i < 5; i++)
        expect((await attacker.login('moderator@example.org', 'wrong password!')).status).toBe(401);
      const blocked = await attacker.login('moderator@example.org', 'wrong password!');
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    }
    const user = from(new Client(w.app), '192.0.2.44');
    const r = await user.login('moderator@example.org');
    expect(r.status).toBe(200);
    // The e-mail had 10 failures: the real user's answer was delayed, by at most the cap.
    expect(w.slept.length).toBeGreaterThan(0);
    expect(Math.max(...w.slept)).toBeLessThanOrEqual(30_000);
  });
});

describeBackends('moderation bound to what was reviewed', (get) => {
  it('an edit after the moderator loaded the event makes the approval a 409, and nothing unseen is published', async () => {
    const w = get();
    const org = await w.as('organizer');
    const mod = await w.as('moderator');
    const honest = fixtureEvent();
    await org.req('POST', '/api/my/events', { event: honest, submit: true });
    const [item] = (await mod.req('GET', '/api/moderation/queue')).json;
    const bait = await org.req('PUT', `/api/my/events/${honest.id}`, {
      event: { ...honest, title_en: 'Switched after review (fictional)' },
    });
    expect(bait.json.working.revision).toBe(item.revision);
    expect(bait.json.working.content_hash).not.toBe(item.content_hash);
    const r = await mod.req('POST', `/api/moderation/events/${honest.id}/approve`, {
      revision: item.revision,
      content_hash: item.content_hash,
    });
    expect([r.status, r.json.error]).toEqual([409, 'conflict']);
    expect((await mod.req('GET', `/api/events/${honest.id}`)).status).toBe(404);
    // Without the hash of what was reviewed there is no approval at all.
    const bare = await mod.req('POST', `/api/moderation/events/${honest.id}/approve`, {
      revision: item.revision,
    });
    expect(bare.status).toBe(422);
    const [again] = (await mod.req('GET', '/api/moderation/queue')).json;
    const ok = await mod.req('POST', `/api/moderation/events/${honest.id}/approve`, {
      revision: again.revision,
      content_hash: again.content_hash,
    });
    expect(ok.status).toBe(200);
    expect(ok.json.published.title_en).toBe('Switched after review (fictional)');
  });

  it('an organizer made moderator cannot edit, approve or reject their own organization’s events', async () => {
    const w = get();
    const org = await w.as('organizer');
    const admin = await w.as('admin');
    const e = fixtureEvent();
    const created = await org.req('POST', '/api/my/events', { event: e, submit: true });
    const me = (await admin.req('GET', '/api/admin/users')).json.find(
      (u: { email: string }) => u.email === 'organizer@example.org',
    );
    expect((await admin.req('PATCH', `/api/admin/users/${me.id}`, { role: 'moderator' })).status).toBe(200);
    const turned = await w.as('organizer');
    const decision = {
      revision: created.json.working.revision,
      content_hash: created.json.working.content_hash,
    };
    for (const [method, path, body] of [
      ['POST', `/api/moderation/events/${e.id}/approve`, decision],
      ['POST', `/api/moderation/events/${e.id}/reject`, { ...decision, reason: 'Mine.' }],
      ['PUT', `/api/moderation/events/${e.id}`, { revision: decision.revision, event: e }],
    ] as const) {
      const r = await turned.req(method, path, body);
      expect([r.status, r.json.error]).toEqual([403, 'forbidden']);
    }
    const other = await w.as('moderator');
    expect((await other.req('POST', `/api/moderation/events/${e.id}/approve`, decision)).status).toBe(200);
  });
});

const INJECTED = '\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil@song-heritage-map\r\nSUMMARY:Injected';

describeBackends('calendar injection', (get) => {
  it('refuses control characters in every URL field before the URL parser strips them', async () => {
    const w = get();
    const org = await w.as('organizer');
    const admin = await w.as('admin');
    const e = fixtureEvent();
    const booking = await org.req('POST', '/api/my/events', {
      event: { ...e, booking_url: `https://tickets.example.org/a${INJECTED}` },
    });
    expect(booking.status).toBe(422);
    expect(booking.json.codes.booking_url.code).toBe('url');
    const organizer = await org.req('POST', '/api/my/events', {
      event: { ...e, organizer: { ...e.organizer, url: 'https://club.example.org/\tx\u0085' } },
    });
    expect(organizer.json.codes['organizer.url'].code).toBe('url');
    const source = await org.req('POST', '/api/my/events', {
      event: { ...e, sources: [{ title: 'Poster', url: `https://club.example.org/p${INJECTED}` }] },
    });
    expect(source.json.codes['sources.0.url'].code).toBe('url');
    const organization = await admin.req('POST', '/api/admin/organizations', {
      name_zh: '注入社',
      name_en: 'Injection Club',
      url: `https://club.example.org/${INJECTED}`,
    });
    expect([organization.status, organization.json.codes.url.code]).toEqual([422, 'url']);
    const venue = await admin.req('POST', '/api/admin/venues', {
      id: 'injected-venue',
      name_zh: '注入',
      name_en: 'Injected',
      position: [120.1658, 30.2438],
      sources: [{ title: 'Survey', url: `https://maps.example.org/v${INJECTED}` }],
      confidence: 'low',
    });
    expect([venue.status, venue.json.codes['sources.0.url'].code]).toEqual([422, 'url']);
  });
});

it('the .ics writer never emits a raw line break from a property value, however hostile', () => {
  const e = fixtureEvent();
  const hostile = {
    ...e,
    title_en: `Title${INJECTED}`,
    booking_url: `https://tickets.example.org/${INJECTED}`,
    organizer: { ...e.organizer, name_en: `Club\rX-EVIL:1`, url: `https://club.example.org/\n${INJECTED}` },
    description_en: `Line\u0085NEL\u000bVT${INJECTED}`,
  };
  const ics = eventsToIcs([hostile], new Map(), { now: NOW });
  const lines = ics.split('\r\n');
  expect(lines.at(-1)).toBe('');
  // eslint-disable-next-line no-control-regex -- looking for control characters on purpose
  for (const line of lines) expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/);
  const unfolded = ics.replace(/\r\n /g, '');
  expect(unfolded.match(/^BEGIN:VEVENT$/gm)).toHaveLength(1);
  expect(unfolded).not.toMatch(/^UID:evil/m);
  expect(unfolded).not.toMatch(/^X-EVIL/m);
  expect(unfolded).toMatch(/^URL:https:\/\/tickets\.example\.org\/%0D%0AEND:VEVENT%0D%0A/m);
  // The result is still one calendar with one event for a strict reader.
  const parsed = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  expect(parsed.getAllSubcomponents('vevent')).toHaveLength(1);
});

const logged: string[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    logged.push(String(chunk));
    done();
  },
});

describeBackends(
  'request log and storage',
  (get) => {
    it('never writes an invitation token to the request log', async () => {
      logged.length = 0;
      const w = get();
      const admin = await w.as('admin');
      const inv = await admin.req('POST', '/api/admin/invitations', {
        email: 'new@example.org',
        role: 'moderator',
      });
      const token = inv.json.token as string;
      const guest = await w.as('anonymous');
      expect((await guest.req('GET', `/api/invitations/${token}`)).status).toBe(200);
      expect((await guest.req('GET', `/api/invit%61tions/${token}`)).status).toBe(200);
      const accepted = await guest.req('POST', `/api/invitations/${token}/accept`, {
        name: 'New',
        password: 'a long new password',
      });
      expect(accepted.status).toBe(201);
      const log = logged.join('');
      expect(log).toContain('/api/invitations/[redacted]');
      expect(log).not.toContain(token);
    });

    it('a full disk answers 503 storage_full and logs what happened', async () => {
      logged.length = 0;
      const w = get();
      const org = await w.as('organizer');
      if (w.db.kind === 'sqlite') {
        const [{ page_count }] = (await w.db.query<{ page_count: number }>('PRAGMA page_count')).rows;
        await w.db.exec(`PRAGMA max_page_count = ${page_count}`);
      } else
        w.db.tx = () => Promise.reject(Object.assign(new Error('could not extend file'), { code: '53100' }));
      let r;
      for (let i = 0; i < 60; i++) {
        r = await org.req('POST', '/api/my/events', {
          event: { ...fixtureEvent(), id: `test-full-${i}`, description_en: 'x '.repeat(900) },
        });
        if (r.status !== 201) break;
      }
      expect([r?.status, r?.json.error]).toEqual([503, 'storage_full']);
      expect(logged.join('')).toMatch(/storage full: (SQLite|PostgreSQL)/);
    });
  },
  { config: { log: true }, logStream },
);

describeBackends('requests that look like something else', (get) => {
  it('a percent-encoded /api path gets the same session, CSRF and Origin checks', async () => {
    const c = new Client(get().app);
    await c.session();
    const login = { email: 'organizer@example.org', password: PASSWORD };
    for (const path of ['/%61pi/auth/login', '/api/auth/%6Cogin', '/%2561pi/auth/login'])
      expect((await c.req('POST', path, login, { 'x-csrf-token': '' })).status).not.toBe(200);
    const r = await c.req('POST', '/%61pi/auth/login', login, { 'x-csrf-token': '' });
    expect([r.status, r.json.error]).toEqual([403, 'csrf']);
    const foreign = await c.req('POST', '/%61pi/auth/login', login, { origin: 'https://evil.example' });
    expect([foreign.status, foreign.json.error]).toEqual([403, 'csrf']);
    expect(r.headers['cache-control']).toBe('no-store');
  });

  it('a malformed percent-encoding gets a 400 in the API shape with the security headers', async () => {
    const c = new Client(get().app);
    for (const url of ['/api/events/%E0%A4%A', '/%zz/x', '/api/invitations/%']) {
      const r = await c.req('GET', url);
      expect(r.status).toBe(400);
      expect(r.json?.error).toBe('bad_request');
      expect(r.headers['content-security-policy']).toContain("default-src 'self'");
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});

it('TRUST_PROXY=1 trusts one proxy hop, never all of X-Forwarded-For', () => {
  expect(trustProxyFrom('1')).toBe(1);
  expect(trustProxyFrom('true')).toBe(1);
  expect(trustProxyFrom('0')).toBe(false);
  expect(trustProxyFrom(undefined)).toBe(false);
  expect(trustProxyFrom('10.0.0.2, 192.168.0.0/16')).toBe('10.0.0.2,192.168.0.0/16');
  expect(() => trustProxyFrom('everyone')).toThrow(/TRUST_PROXY/);
});

describeBackends(
  'behind one trusted proxy',
  (get) => {
    it('a client cannot escape the per-address sign-in limit by writing its own X-Forwarded-For', async () => {
      const c = new Client(get().app);
      await c.session();
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++) {
        const r = await c.req(
          'POST',
          '/api/auth/login',
          { email: `user${i}@example.org`, password: 'wrong guess' },
          { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.50` },
          '10.0.0.2',
        );
        statuses.push(r.status);
      }
      expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
      expect(statuses[20]).toBe(429);
    }, 30_000); // 21 scrypt checks: 7 s on a loaded 2-core machine
  },
  { config: { trustProxy: trustProxyFrom('1') } },
);

/** 100 VEVENTs whose rule matches only when 28 February is a Monday: 400 occurrences reach the year 4878. */
function centuriesIcs(n = 100): string {
  const vevents = Array.from({ length: n }, (_, i) =>
    [
      'BEGIN:VEVENT',
      `UID:centuries-${i}@example.org`,
      'DTSTAMP:20260101T000000Z',
      'DTSTART;TZID=Asia/Shanghai:20280228T193000',
      'DTEND;TZID=Asia/Shanghai:20280228T213000',
      'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28;BYDAY=MO;COUNT=400',
      `SUMMARY:Centuries ${i}`,
      'LOCATION:清河坊',
      'END:VEVENT',
    ].join('\r\n'),
  );
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//x//y//EN', ...vevents, 'END:VCALENDAR', ''].join(
    '\r\n',
  );
}

describeBackends('.ics import work budget', (get) => {
  it('100 rules spanning centuries are refused quickly with a clear message, and /api/health keeps answering', async () => {
    const w = get();
    const org = await w.as('organizer');
    const began = performance.now();
    const importing = org
      .req('POST', '/api/my/import-ics', { ics: centuriesIcs(), default_category: 'performance' })
      .then((r) => ({ r, ms: performance.now() - began }));
    const health = org.req('GET', '/api/health').then((r) => ({ r, ms: performance.now() - began }));
    const [imp, h] = await Promise.all([importing, health]);
    expect(h.r.status).toBe(200);
    expect(h.ms).toBeLessThan(4_000);
    expect(imp.ms).toBeLessThan(4_000);
    expect(imp.r.status).toBe(200);
    expect(imp.r.json.events).toEqual([]);
    const rules = imp.r.json.problems.filter((p: { field: string }) => p.field === 'RRULE');
    expect(rules.length).toBeGreaterThan(0);
    for (const p of rules) expect(p.message).toMatch(/more than 10 years/);
  });

  it('a saved event with such a rule is refused with the same message', async () => {
    const org = await get().as('organizer');
    const r = await org.req('POST', '/api/my/events', {
      event: {
        ...fixtureEvent(),
        start: '2028-02-28T19:30',
        end: '2028-02-28T21:00',
        rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28;BYDAY=MO;COUNT=400',
      },
    });
    expect(r.status).toBe(422);
    expect(r.json.fields.rrule).toMatch(/more than 10 years/);
  });
});

it('an import stops at its wall-time budget and says so', () => {
  const r = importIcs(centuriesIcs(20), {
    venues: geodata.venues,
    defaultCategory: 'performance',
    source: { title: 'test' },
    budget: { occurrences: 40_000, ms: 0 },
  });
  expect(r.problems.at(-1)?.message).toMatch(/^import stopped at VEVENT 1 of 20/);
});

it('a DATA_DIR the service cannot write stops the start with one clear line, not a stack', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'shm-ro-'));
  const file = join(dir, 'not-a-folder');
  writeFileSync(file, '');
  try {
    // Root ignores folder modes, so the unwritable DATA_DIRs are a path through a file and /sys (EPERM).
    for (const dataDir of [join(file, 'data'), '/sys/shm-data']) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', PORT: '0', LOG: '0' },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(r.status).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Cannot start: DATA_DIR \(.*\) is not (writable|a folder)/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  expect(startupProblem({ code: 'EROFS' }, configFromEnv({ DATA_DIR: '/srv/ro' }))).toMatch(
    /DATA_DIR \(\/srv\/ro\) is not writable \(EROFS\)/,
  );
}, 60_000);

it('creates the database folder 0700 and the database (and its WAL) 0600; a backup likewise', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'shm-mode-'));
  try {
    const data = join(dir, 'data');
    const db = openSqlite(join(data, 'song-heritage.sqlite'));
    await migrate(db);
    const mode = (p: string) => statSync(p).mode & 0o777;
    expect(mode(data)).toBe(0o700);
    expect(mode(join(data, 'song-heritage.sqlite'))).toBe(0o600);
    expect(mode(join(data, 'song-heritage.sqlite-wal'))).toBe(0o600);
    await db.close();
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/backup.ts', join(dir, 'out')], {
      env: { ...process.env, DATA_DIR: data, DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const [backup] = readdirSync(join(dir, 'out'));
    expect(mode(join(dir, 'out', backup))).toBe(0o700);
    for (const f of readdirSync(join(dir, 'out', backup)))
      expect(mode(join(dir, 'out', backup, f))).toBe(0o600);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

it('the service worker does not answer a navigation to /api/… with the app shell', async () => {
  const { NAVIGATE_FALLBACK_DENYLIST: deny } = await import('../../vite.config.ts');
  const source = readFileSync('vite.config.ts', 'utf8');
  expect(source).toMatch(/navigateFallbackDenylist: NAVIGATE_FALLBACK_DENYLIST/);
  for (const path of ['/api/events.ics', '/api/events', '/api/invitations/abc'])
    expect(deny.some((re) => re.test(path))).toBe(true);
  expect(deny.some((re) => re.test('/organize.html'))).toBe(false);
});
