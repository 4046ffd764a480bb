/**
 * Lighthouse 12 on the built app, mobile form factor with Lighthouse's default simulated slow-4G and 4× CPU
 * throttling, in Debian's Chromium (headless, software WebGL). Runs RUNS times and reports the median
 * performance score with its metrics, and the accessibility score (which does not vary between runs).
 * The bare MapLibre page of bench/baseline/ is measured the same way, in turns with the app, so the result
 * says how much of the score is the app and how much is any MapLibre map on this machine; and the app once
 * more in a Chromium without WebGL, where it never loads MapLibre: the cost of the app alone.
 *
 *   tsx scripts/bench-lighthouse.ts [url]      default: builds if needed and serves dist/ with the app's server
 *                                              (a given url skips the baseline)
 *
 * Writes bench/results/lighthouse.json. Scores are 0–100. A busy machine lowers the performance score:
 * Lighthouse simulates the network but measures the CPU work it sees.
 */
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.ts';
import { serveDist, type Served } from './serve-dist.ts';
import { BASELINE_DIST, buildBaseline } from './baseline.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const log = (s: string) => console.log(`[lighthouse] ${s}`);

const servers: Served[] = [];
async function serve(distDir: string): Promise<string> {
  const served = await serveDist(distDir);
  servers.push(served);
  return served.url;
}

let url = process.argv[2];
let baselineUrl: string | undefined;
if (!url) {
  if (!existsSync(join(ROOT, 'dist/index.html'))) {
    log('npm run build …');
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('build failed');
  }
  url = await serve(join(ROOT, 'dist'));
  log('baseline: vite build() …');
  await buildBaseline();
  baselineUrl = await serve(BASELINE_DIST);
}

const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  // Lighthouse needs a fresh profile per run; CHROMIUM_ARGS bring headless and software WebGL.
  chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
});
// The same app in a browser with no WebGL at all: the app says so, shows its list and never loads MapLibre.
// What it scores is the app's own cost, without any map.
const chromeNoGl = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: [...CHROMIUM_ARGS, '--headless=new', '--disable-3d-apis'],
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

async function measure(target: string, pageUrl: string, browser = chrome): Promise<Run> {
  const result = await lighthouse(pageUrl, {
    port: browser.port,
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
    `${target}: performance ${run.performance}, accessibility ${run.accessibility}, ` +
      `FCP ${run.fcp_ms} ms, LCP ${run.lcp_ms} ms, TBT ${run.tbt_ms} ms, SI ${run.si_ms} ms, CLS ${run.cls}`,
  );
  if (run.failed_a11y.length) log(`  accessibility audits not passed: ${run.failed_a11y.join(', ')}`);
  return run;
}

const runs: Run[] = [];
const baselineRuns: Run[] = [];
const noMapRuns: Run[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    log(`run ${i + 1}/${RUNS}`);
    // In turns, so that the machine's drift hits all alike.
    runs.push(await measure('app', url));
    if (baselineUrl) baselineRuns.push(await measure('baseline', baselineUrl));
    noMapRuns.push(await measure('app without WebGL', url, chromeNoGl));
  }
} finally {
  await chrome.kill();
  await chromeNoGl.kill();
  await Promise.all(servers.map((s) => s.close()));
  if (baselineUrl) rmSync(BASELINE_DIST, { recursive: true, force: true });
}

const medianOf = (rs: Run[]) =>
  [...rs].sort((a, b) => a.performance - b.performance)[Math.floor(rs.length / 2)];
const median = medianOf(runs);
const out = {
  tool: 'lighthouse 12.8.2, mobile form factor, simulated throttling (defaults)',
  url_kind: process.argv[2] ? 'given' : "the app's own server (server/main.ts, as npm start) serving dist/",
  runs: runs.length,
  machine: { cpus: os.cpus().length, loadavg_1m: Number(os.loadavg()[0].toFixed(2)) },
  performance_median: median.performance,
  performance_all: runs.map((r) => r.performance),
  accessibility: Math.min(...runs.map((r) => r.accessibility)),
  median_run: median,
  targets: { performance: 90, accessibility: 100 },
  ...(baselineRuns.length && {
    baseline: {
      what: 'bench/baseline/: plain MapLibre drawing the same geodata, no app; same server, same Chromium, in turns',
      performance_median: medianOf(baselineRuns).performance,
      performance_all: baselineRuns.map((r) => r.performance),
      median_run: medianOf(baselineRuns),
    },
  }),
  without_webgl: {
    what: 'the same app in a Chromium started with --disable-3d-apis: no map, MapLibre never loaded, the list carries everything',
    performance_median: medianOf(noMapRuns).performance,
    performance_all: noMapRuns.map((r) => r.performance),
    median_run: medianOf(noMapRuns),
  },
};
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/lighthouse.json'), `${JSON.stringify(out, null, 2)}\n`);
log(
  `median performance ${out.performance_median} (${out.performance_all.join(', ')}), accessibility ${out.accessibility}` +
    (out.baseline
      ? `; bare MapLibre page ${out.baseline.performance_median} (${out.baseline.performance_all.join(', ')})`
      : '') +
    `; app without WebGL ${out.without_webgl.performance_median} (${out.without_webgl.performance_all.join(', ')})`,
);
