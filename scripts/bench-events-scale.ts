/**
 * The events service at a district's scale (issue #16), on SQLite, one server process beside this one:
 *
 * 1. seeds EVENTS events through the service's own write path (POST /api/my/events, then a moderator's
 *    approve), a tenth of them weekly for ten weeks, the rest single; records how long that took;
 * 2. GET /api/events for a 7-day window: autocannon at RATE requests/s for SECONDS, p50/p90/p99 and errors,
 *    and the window's response bytes (gzip, as a phone asks);
 * 3. /api/health p99 while 20 events are edited and approved (each approval rebuilds the feed on the next
 *    read, which is made at once) and a 500-VEVENT .ics file is parsed by the import;
 * 4. the server's resident memory before the load and after it.
 *
 * Writes bench/results/events-scale.json with the machine's load average. A benchmark, not a test: it
 * reports what it measures. Run on a quiet machine:
 *
 *   npx tsx scripts/bench-events-scale.ts [--events 10000] [--rate 1000] [--seconds 30]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startServerProcess } from './server-process.ts';
import { openSqlite } from '../server/db/sqlite.ts';
import { migrate } from '../server/db/migrate.ts';
import { openStores } from '../server/store/index.ts';
import { hashPassword } from '../server/base/passwords.ts';
import { clockFromSetting } from '../src/data/clock.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const EVENTS = arg('events', 10_000);
const RATE = arg('rate', 1000);
const SECONDS = arg('seconds', 30);
const CLOCK_START = '2027-03-01T09:00:00+08:00';
const PASSWORD = 'bench password 123';
const round = (n: number) => Math.round(n * 10) / 10;

const dataDir = mkdtempSync(join(os.tmpdir(), 'shm-scale-'));
const clock = clockFromSetting(CLOCK_START)!;
const db = openSqlite(join(dataDir, 'song-heritage.sqlite'));
await migrate(db, clock);
const { people } = openStores(db, clock);
const org = await people.createOrganization(null, { name_zh: '基准剧社', name_en: 'Bench Theatre Club' });
for (const [email, role] of [
  ['organizer@bench.example', 'organizer'],
  ['moderator@bench.example', 'moderator'],
] as const)
  await people.createUser(null, {
    email,
    name: role,
    role,
    organizationId: role === 'organizer' ? org.id : null,
    passwordHash: await hashPassword(PASSWORD),
  });
await db.close();

const { child, base } = await startServerProcess({
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  LOG: '0',
  CLOCK_START,
  DIST_DIR: join(dataDir, 'no-dist'),
});

/** Resident memory of the server process, MB (Linux /proc). */
const rssMb = () =>
  round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);

async function session(base: string, email: string) {
  const s = await fetch(`${base}/api/auth/session`);
  let cookie = s.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': ((await s.json()) as { csrf: string }).csrf,
      cookie,
    },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = ((await login.json()) as { csrf: string }).csrf;
  return async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return (await r.json()) as Record<string, unknown>;
  };
}

const VENUES = ['gulou', 'fangxiang-wangxian-ge', 'deshou-museum'];
function event(i: number) {
  const day = new Date(Date.parse('2027-03-01T00:00:00Z') + (i % 300) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const hour = 9 + (i % 11);
  return {
    id: `bench-${i}`,
    title_zh: `基准活动 ${i}`,
    title_en: `Bench event ${i}`,
    description_zh: '基准测试用的虚构活动。',
    description_en: 'A fictional event for the benchmark.',
    category: i % 2 ? 'performance' : 'yaji',
    venue: VENUES[i % VENUES.length],
    start: `${day}T${String(hour).padStart(2, '0')}:00`,
    end: `${day}T${String(hour + 1).padStart(2, '0')}:30`,
    ...(i % 10 === 0 ? { rrule: 'FREQ=WEEKLY;COUNT=10' } : {}),
    free: true,
    languages: ['zh'],
    organizer: { name_zh: '基准剧社', name_en: 'Bench Theatre Club' },
    status: 'scheduled',
    sample: false,
    sources: [{ title: 'Benchmark data, not a real event' }],
  };
}

function ics(n: number): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//bench//EN'];
  for (let i = 0; i < n; i++)
    lines.push(
      'BEGIN:VEVENT',
      `UID:import-${i}@bench.example`,
      'DTSTAMP:20270301T000000Z',
      `DTSTART;TZID=Asia/Shanghai:2027${String(3 + (i % 9)).padStart(2, '0')}10T190000`,
      `DTEND;TZID=Asia/Shanghai:2027${String(3 + (i % 9)).padStart(2, '0')}10T203000`,
      `SUMMARY:Imported ${i}`,
      'RRULE:FREQ=WEEKLY;COUNT=8',
      'END:VEVENT',
    );
  lines.push('END:VCALENDAR');
  return lines.join('\r\n');
}

try {
  const organizer = await session(base, 'organizer@bench.example');
  const moderator = await session(base, 'moderator@bench.example');

  // 1. Seed through the write path, 8 writers at a time.
  const seedStart = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < EVENTS) {
        const i = next++;
        const rec = await organizer('POST', '/api/my/events', { event: event(i), submit: true });
        const w = rec.working as { revision: number; content_hash: string };
        await moderator('POST', `/api/moderation/events/bench-${i}/approve`, {
          revision: w.revision,
          content_hash: w.content_hash,
        });
      }
    }),
  );
  const seedS = round((performance.now() - seedStart) / 1000);
  const firstCompile = performance.now();
  const all = (await (await fetch(`${base}/api/events?from=2027-03-01&to=2028-02-28`)).json()) as {
    events: { occurrences: unknown[] }[];
  };
  const firstCompileMs = Math.round(performance.now() - firstCompile);
  const occurrences = all.events.reduce((n, e) => n + e.occurrences.length, 0);

  // 2. A 7-day window under load.
  const url = `${base}/api/events?from=2027-03-08&to=2027-03-14`;
  const gz = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
  const windowBytes = (await gz.arrayBuffer()).byteLength;
  const rssBefore = rssMb();
  await autocannon({ url, connections: 10, amount: 500 });
  const loadAtStart = os.loadavg()[0];
  const r = await autocannon({ url, connections: 20, overallRate: RATE, duration: SECONDS });
  const rssAfter = rssMb();

  // 3. Health while approvals rebuild the feed and an import parses 500 VEVENTs.
  const busy = (async () => {
    const importing = organizer('POST', '/api/my/import-ics', { ics: ics(500) });
    for (let i = 0; i < 20; i++) {
      const e = { ...event(i), title_en: `Bench event ${i}, edited` };
      const rec = await organizer('PUT', `/api/my/events/bench-${i}`, { event: e, submit: true });
      const w = rec.working as { revision: number; content_hash: string };
      await moderator('POST', `/api/moderation/events/bench-${i}/approve`, {
        revision: w.revision,
        content_hash: w.content_hash,
      });
      await fetch(url);
    }
    await importing;
  })();
  const health = await autocannon({
    url: `${base}/api/health`,
    connections: 2,
    overallRate: 50,
    duration: 10,
  });
  await busy;

  const result = {
    target: 'events service at district scale (SQLite, one instance)',
    events: EVENTS,
    occurrences_in_a_year: occurrences,
    seed_seconds: seedS,
    first_compile_ms: firstCompileMs,
    window: {
      request: 'GET /api/events?from=2027-03-08&to=2027-03-14',
      gzip_bytes: windowBytes,
      rate_per_s: RATE,
      seconds: SECONDS,
      requests: r.requests.total,
      requests_per_s: Math.round(r.requests.average),
      p50_ms: r.latency.p50,
      p90_ms: r.latency.p90,
      p99_ms: r.latency.p99,
      max_ms: r.latency.max,
      errors: r.errors + r.timeouts,
      non_2xx: r.non2xx,
      target_p99_ms: 50,
    },
    health_during_approvals_and_import: {
      requests: health.requests.total,
      p50_ms: health.latency.p50,
      p99_ms: health.latency.p99,
      max_ms: health.latency.max,
      errors: health.errors + health.timeouts,
      target_p99_ms: 100,
    },
    rss_mb: { before_load: rssBefore, after_load: rssAfter },
    load_average_1m_at_start: round(loadAtStart),
    machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.versions.node}`,
    not_measured:
      'two instances behind nginx on PostgreSQL under load (tests/server/two-instances.test.ts checks that setup works)',
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/events-scale.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
