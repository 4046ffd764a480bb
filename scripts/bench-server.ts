/**
 * Load benchmark of the events server's public feed on SQLite: 500 requests/s for 30 s on loopback with
 * autocannon, against GET /api/events (the full feed) from a separate server process, so the load
 * generator does not share the server's event loop. Writes bench/results/server.json (p50/p99 latency in
 * ms, errors, non-2xx, requests/s). Target: p99 ≤ 50 ms with 0 errors.
 *
 *   npx tsx scripts/bench-server.ts [--rate 500] [--seconds 30]
 *
 * A fresh database in a temporary folder: the feed holds the bundled sample events (what a new install
 * serves). A benchmark, not a test: it reports what it measures and exits non-zero only when it cannot.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startServerProcess } from './server-process.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RATE = arg('rate', 500);
const SECONDS = arg('seconds', 30);

const dataDir = mkdtempSync(join(os.tmpdir(), 'shm-bench-'));
const { child, base } = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: '', LOG: '0' });
try {
  const url = `${base}/api/events`;
  const size = (await (await fetch(url)).text()).length;
  // Warm-up (JIT, first compile of the feed), not measured.
  await autocannon({ url, connections: 10, amount: 500 });
  const loadAtStart = os.loadavg()[0];
  const r = await autocannon({ url, connections: 20, overallRate: RATE, duration: SECONDS });
  const result = {
    target: 'GET /api/events (SQLite, bundled sample feed)',
    feed_bytes: size,
    rate_per_s: RATE,
    seconds: SECONDS,
    connections: 20,
    requests: r.requests.total,
    requests_per_s: Math.round(r.requests.average),
    p50_ms: r.latency.p50,
    p90_ms: r.latency.p90,
    p99_ms: r.latency.p99,
    max_ms: r.latency.max,
    errors: r.errors + r.timeouts,
    non_2xx: r.non2xx,
    target_p99_ms: 50,
    met: r.latency.p99 <= 50 && r.errors + r.timeouts + r.non2xx === 0,
    // Other work on the machine shows up in p99: the 1-minute load average when the run started.
    load_average: Math.round(loadAtStart * 100) / 100,
    machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.versions.node}`,
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/server.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `server: ${result.requests} requests at ${result.requests_per_s}/s, p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms, ${result.errors} errors, ${result.non_2xx} non-2xx`,
  );
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
