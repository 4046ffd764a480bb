/**
 * Lighthouse 12 on the built app, mobile form factor with Lighthouse's default simulated slow-4G and 4× CPU
 * throttling, in Debian's Chromium (headless, software WebGL). Runs RUNS times and reports the median
 * performance score with its metrics, and the accessibility score (which does not vary between runs).
 *
 *   tsx scripts/bench-lighthouse.ts [url]      default: builds if needed and serves dist/ on a free port
 *
 * Writes bench/results/lighthouse.json. Scores are 0–100. A busy machine lowers the performance score:
 * Lighthouse simulates the network but measures the CPU work it sees.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.ts';
import { freePort } from './free-port.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const log = (s: string) => console.log(`[lighthouse] ${s}`);

let url = process.argv[2];
let server: Awaited<ReturnType<typeof preview>> | undefined;
if (!url) {
  if (!existsSync(join(ROOT, 'dist/index.html'))) {
    log('npm run build …');
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('build failed');
  }
  const port = await freePort();
  server = await preview({
    root: ROOT,
    preview: { port, host: '127.0.0.1', strictPort: true },
    logLevel: 'warn',
  });
  url = `http://127.0.0.1:${port}/`;
}

const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  // Lighthouse needs a fresh profile per run; CHROMIUM_ARGS bring headless and software WebGL.
  chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
});

interface Run {
  performance: number;
  accessibility: number;
  fcp_ms: number;
  lcp_ms: number;
  tbt_ms: number;
  cls: number;
  si_ms: number;
  failed_a11y: string[];
}

const runs: Run[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!result) throw new Error('Lighthouse returned nothing');
    const { categories, audits } = result.lhr;
    const num = (id: string) => Math.round(Number(audits[id]?.numericValue ?? NaN));
    const run: Run = {
      performance: Math.round((categories.performance.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
      fcp_ms: num('first-contentful-paint'),
      lcp_ms: num('largest-contentful-paint'),
      tbt_ms: num('total-blocking-time'),
      cls: Number(Number(audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
      si_ms: num('speed-index'),
      failed_a11y: categories.accessibility.auditRefs
        .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && audits[ref.id]?.score !== 1)
        .map((ref) => ref.id),
    };
    log(
      `run ${i + 1}/${RUNS}: performance ${run.performance}, accessibility ${run.accessibility}, ` +
        `FCP ${run.fcp_ms} ms, LCP ${run.lcp_ms} ms, TBT ${run.tbt_ms} ms, CLS ${run.cls}`,
    );
    if (run.failed_a11y.length) log(`  accessibility audits not passed: ${run.failed_a11y.join(', ')}`);
    runs.push(run);
  }
} finally {
  await chrome.kill();
  await server?.close();
}

const median = [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)];
const out = {
  tool: 'lighthouse 12.8.2, mobile form factor, simulated throttling (defaults)',
  url_kind: process.argv[2] ? 'given' : 'vite preview of dist/',
  runs: runs.length,
  machine: { cpus: os.cpus().length, loadavg_1m: Number(os.loadavg()[0].toFixed(2)) },
  performance_median: median.performance,
  performance_all: runs.map((r) => r.performance),
  accessibility: Math.min(...runs.map((r) => r.accessibility)),
  median_run: median,
  targets: { performance: 90, accessibility: 100 },
};
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/lighthouse.json'), `${JSON.stringify(out, null, 2)}\n`);
log(
  `median performance ${out.performance_median} (${out.performance_all.join(', ')}), accessibility ${out.accessibility}`,
);
