/**
 * First-load benchmark: the built app against a bare baseline (bench/baseline/: plain MapLibre, the same
 * geodata, no Lit, no app), in headless Chromium with software WebGL on a phone viewport.
 *
 *   npx tsx scripts/bench-load.ts [--runs N] [--build | --no-build] [--keep-baseline-dist]
 *
 * It builds the app (`npm run build`, skipped when dist/ is newer than its inputs; --build forces it) and the
 * baseline (Vite's build() into bench/baseline/dist), serves both with the app's own server (scripts/serve-dist.ts) on two loopback ports,
 * then loads each page cold N times (a new browser context per load, HTTP cache disabled through CDP), taking
 * turns between app and baseline so that drift hits both alike (one discarded warm-up load each first). Per
 * load it records the bytes transferred (resource timing transferSize, which unlike a CDP session on the page
 * also covers the MapLibre worker's script; split into app code, MapLibre and data), first contentful paint,
 * the time the map is first idle, whether the app's own shell painted before it requested the MapLibre chunk, and the
 * page's JS heap. Medians go to bench/results/load.json; the gzip -9 sizes of the built files go beside them.
 * This is a benchmark, not a test: it exits non-zero only when it cannot measure, and always closes the
 * servers and the browser (and removes bench/baseline/dist, which `eslint .` would otherwise lint).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import { BASELINE, BASELINE_DIST, buildBaseline } from './baseline.ts';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.ts';
import { serveDist, type Served } from './serve-dist.ts';
import { systemClock } from '../src/data/clock.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const APP_DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'bench', 'results', 'load.json');

/** What the first view fetches (src/data/load.ts, walk-controller.ts loadCurated, song-app.ts loadSearch). */
const FIRST_VIEW_DATA = ['heritage.geojson', 'basemap.geojson', 'walks.geojson', 'search.json'];

const VIEWPORT = { width: 390, height: 844 };
/** The e2e "phone" project's device (playwright.config.ts): 2× pixels, mobile, touch. */
const DEVICE = { deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const IDLE_TIMEOUT_MS = 45_000;
/** After the map is idle, wait for the network to be quiet this long (at most QUIET_MAX_MS) before counting. */
const QUIET_MS = 500;
const QUIET_MAX_MS = 4_000;

type Target = 'app' | 'baseline';
type Kind = 'app_code' | 'maplibre' | 'data' | 'other';

interface Transfer {
  url: string;
  kind: Kind;
  bytes: number;
  /** content-encoding of the response, if any. */
  encoding?: string;
}

interface Run {
  target: Target;
  fcp_ms: number;
  idle_ms: number;
  /** startTime of the MapLibre chunk in resource timing (ms from navigation start). */
  maplibre_request_ms: number | undefined;
  /** app only: an upper bound for the paint of song-app's own shell, ms from navigation start. */
  shell_painted_ms: number | undefined;
  paint_before_maplibre: boolean;
  heap_mb: number;
  bytes: Record<Kind, number>;
  transfers: Transfer[];
  errors: string[];
}

// ---------- arguments ----------

const argv = process.argv.slice(2);
const runsArg = argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Math.max(1, Number(argv[runsArg + 1]) || 7) : 7;
const FORCE_BUILD = argv.includes('--build');
const SKIP_BUILD = argv.includes('--no-build');
const KEEP_BASELINE_DIST = argv.includes('--keep-baseline-dist');

// ---------- small helpers ----------

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x: number, digits = 1): number => Number(x.toFixed(digits));
const kb = (bytes: number): number => round(bytes / 1024);
const range = (xs: number[]): [number, number] => [round(Math.min(...xs)), round(Math.max(...xs))];
const gzipBytes = (file: string): number =>
  gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }).length;
const log = (msg: string) => console.error(`[bench-load] ${msg}`);

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function classify(url: string): Kind {
  const path = new URL(url).pathname;
  if (/\/data\/[^/]+\.(json|geojson)$/.test(path)) return 'data';
  if (/\/maplibre[^/]*\.(m?js|css)$/.test(path)) return 'maplibre';
  if (/\.(m?js|css|html)$/.test(path) || path.endsWith('/')) return 'app_code';
  return 'other';
}

// ---------- builds ----------

/** Builds the app unless dist/ is newer than everything it is built from. Returns how dist/ came to be. */
function buildApp(): string {
  const inputs = ['src', 'geodata', 'index.html', 'vite.config.ts', 'scripts/data.ts', 'package-lock.json'];
  const newestInput = Math.max(...inputs.map((p) => newestMtime(join(ROOT, p))));
  const distIndex = join(APP_DIST, 'index.html');
  const fresh = existsSync(distIndex) && statSync(distIndex).mtimeMs > newestInput;
  if (SKIP_BUILD || (fresh && !FORCE_BUILD)) {
    if (!existsSync(distIndex)) throw new Error('dist/index.html is missing: run without --no-build');
    log(`app: using the existing dist/ (${fresh ? 'newer than its inputs' : '--no-build'})`);
    return fresh ? 'existing dist/, newer than its inputs' : 'existing dist/ (--no-build)';
  }
  log('app: npm run build …');
  const t0 = performance.now();
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`npm run build failed (${r.error?.message ?? `exit ${r.status}`}):\n${tail}`);
  }
  log(`app: built in ${round((performance.now() - t0) / 1000)} s`);
  return 'npm run build';
}

async function buildBaselineLogged(): Promise<void> {
  log('baseline: vite build() …');
  await buildBaseline();
}

/**
 * The built files a page can ever load: its HTML's scripts and styles, then every file of assets/ whose name
 * appears in a file already found (static imports, dynamic imports, preload maps and workers all name their
 * files literally, and every name carries its content hash, so a mention is a reference).
 */
function reachableAssets(dist: string, html: string): string[] {
  const assets = readdirSync(join(dist, 'assets'));
  const found = new Set<string>();
  const queue = [readFileSync(join(dist, html), 'utf8')];
  while (queue.length) {
    const text = queue.pop()!;
    for (const f of assets) {
      if (found.has(f) || !text.includes(f)) continue;
      found.add(f);
      if (/\.(m?js|css)$/.test(f)) queue.push(readFileSync(join(dist, 'assets', f), 'utf8'));
    }
  }
  return [...found].sort();
}

/** gzip -9 of each built file, by the classes the results report. */
function gzipSizes(dist: string) {
  const sum = (files: string[]) => files.reduce((n, f) => n + gzipBytes(join(dist, 'assets', f)), 0);
  const isMapLibre = (f: string) => f.startsWith('maplibre');
  const isJs = (f: string) => /\.m?js$/.test(f);
  const app = reachableAssets(dist, 'index.html');
  const js = app.filter((f) => isJs(f) && !isMapLibre(f));
  const organizer = existsSync(join(dist, 'organize.html'))
    ? reachableAssets(dist, 'organize.html').filter((f) => isJs(f) && !app.includes(f))
    : [];
  return {
    app_js: sum(js),
    app_js_files: js,
    app_css_html:
      sum(app.filter((f) => f.endsWith('.css') && !isMapLibre(f))) + gzipBytes(join(dist, 'index.html')),
    maplibre: sum(app.filter(isMapLibre)),
    maplibre_files: app.filter(isMapLibre),
    organizer_js: sum(organizer),
    organizer_js_files: organizer,
    gzipOf: (files: string[]) => sum(files),
  };
}

// ---------- one cold load ----------

/**
 * The app sets data-state on <heritage-map>, which lives in song-app's shadow root: find that root as soon as
 * it exists, then watch its attributes; a MutationObserver callback runs right after the attribute is set.
 * A string, not a function: tsx would wrap named inner functions in a __name() helper the page does not have.
 */
const WATCH_HERITAGE_MAP = `(() => {
  const w = window;
  w.__states = [];
  // song-app attaches its shadow root as it connects and renders its shell into it in the same task, so the
  // frame after that is the one that paints the app's own shell (not index.html's boot shell): the task after
  // that frame is an upper bound for the time of the paint.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    if (this.localName === 'song-app' && w.__shellPainted === undefined)
      requestAnimationFrame(() => setTimeout(() => (w.__shellPainted = performance.now())));
    return attach.call(this, init);
  };
  const check = (el) => {
    const state = el && el.getAttribute('data-state');
    if (!state || (w.__states.length && w.__states[w.__states.length - 1][0] === state)) return;
    const t = performance.now();
    w.__states.push([state, t]);
    if (state === 'idle' && w.__idle === undefined) w.__idle = t;
    if ((state === 'error' || state === 'unsupported') && w.__mapError === undefined)
      w.__mapError = 'heritage-map data-state=' + state;
  };
  const timer = setInterval(() => {
    const root = document.querySelector('song-app')?.shadowRoot;
    if (!root) return;
    clearInterval(timer);
    new MutationObserver((records) => {
      for (const r of records) if (r.target.localName === 'heritage-map') check(r.target);
    }).observe(root, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
    check(root.querySelector('heritage-map'));
  }, 4);
})();`;

/**
 * Watches the page's requests (Playwright's events also see the MapLibre worker's script) to tell when the
 * network is quiet, and notes each response's content-encoding. The byte counts come from resource timing.
 */
function networkTracker(page: Page) {
  const inFlight = new Set<Request>();
  const encodings = new Map<string, string>();
  const failed: string[] = [];
  let lastActivity = performance.now();
  const settle = (req: Request) => {
    inFlight.delete(req);
    lastActivity = performance.now();
  };
  page.on('request', (req) => {
    inFlight.add(req);
    lastActivity = performance.now();
  });
  page.on('response', (res) => {
    const encoding = res.headers()['content-encoding'];
    if (encoding) encodings.set(res.url(), encoding);
  });
  page.on('requestfinished', settle);
  page.on('requestfailed', (req) => {
    failed.push(`${req.url()}: ${req.failure()?.errorText}`);
    settle(req);
  });
  return {
    failed,
    encodings,
    /** Resolves when nothing is in flight and nothing happened for QUIET_MS (or after QUIET_MAX_MS). */
    async quiet(): Promise<void> {
      const start = performance.now();
      while (performance.now() - start < QUIET_MAX_MS) {
        if (!inFlight.size && performance.now() - lastActivity >= QUIET_MS) return;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

async function coldLoad(browser: Browser, target: Target, url: string): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT, ...DEVICE, serviceWorkers: 'block' });
  try {
    if (target === 'app') await context.addInitScript(WATCH_HERITAGE_MAP);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    const net = networkTracker(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => {
        const w = window as unknown as { __idle?: number; __mapError?: string };
        return w.__idle !== undefined || w.__mapError !== undefined;
      },
      null,
      { timeout: IDLE_TIMEOUT_MS, polling: 100 },
    );
    // The heap as the map goes idle, before anything else runs in the page.
    const heap = await cdp.send('Runtime.getHeapUsage');
    const m = await page.evaluate(() => {
      const w = window as unknown as { __idle?: number; __mapError?: string; __shellPainted?: number };
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      const chunk = performance
        .getEntriesByType('resource')
        .find((e) => /\/assets\/maplibre-[^/]*\.js$/.test(new URL(e.name).pathname));
      return {
        idle: w.__idle,
        error: w.__mapError,
        fcp,
        shell: w.__shellPainted,
        maplibre: chunk?.startTime,
      };
    });
    if (m.error !== undefined || m.idle === undefined) throw new Error(`${target}: map failed: ${m.error}`);
    if (m.fcp === undefined) throw new Error(`${target}: no first-contentful-paint entry`);
    await net.quiet();
    // transferSize: body as sent plus a nominal 300 B of headers; same-origin, so never hidden.
    const entries = await page.evaluate(() =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map(
        (e) => ({
          name: e.name,
          size: (e as PerformanceResourceTiming).transferSize,
        }),
      ),
    );
    const transfers: Transfer[] = entries
      .filter((e) => /^https?:/.test(e.name))
      .map((e) => ({
        url: new URL(e.name).pathname,
        kind: classify(e.name),
        bytes: e.size,
        ...(net.encodings.has(e.name) ? { encoding: net.encodings.get(e.name) } : {}),
      }));
    const bytes: Record<Kind, number> = { app_code: 0, maplibre: 0, data: 0, other: 0 };
    for (const t of transfers) bytes[t.kind] += t.bytes;
    return {
      target,
      fcp_ms: m.fcp,
      idle_ms: m.idle,
      maplibre_request_ms: m.maplibre,
      shell_painted_ms: m.shell,
      paint_before_maplibre: m.maplibre !== undefined && (m.shell ?? m.fcp) < m.maplibre,
      heap_mb: heap.usedSize / 2 ** 20,
      bytes,
      transfers,
      errors: [...errors, ...net.failed.map((f) => `failed: ${f}`)],
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}

// ---------- summary ----------

function summarise(runs: Run[]) {
  const kinds: Kind[] = ['app_code', 'maplibre', 'data', 'other'];
  const bytes = Object.fromEntries(kinds.map((k) => [k, kb(median(runs.map((r) => r.bytes[k])))]));
  const total = kb(median(runs.map((r) => kinds.reduce((n, k) => n + r.bytes[k], 0))));
  return {
    fcp_ms: round(median(runs.map((r) => r.fcp_ms))),
    idle_ms: round(median(runs.map((r) => r.idle_ms))),
    heap_mb: round(median(runs.map((r) => r.heap_mb))),
    first_load_kb: { ...bytes, total } as Record<Kind | 'total', number>,
  };
}

const perRun = (r: Run) => ({
  fcp_ms: round(r.fcp_ms),
  idle_ms: round(r.idle_ms),
  maplibre_request_ms: r.maplibre_request_ms === undefined ? null : round(r.maplibre_request_ms),
  ...(r.shell_painted_ms === undefined ? {} : { shell_painted_ms: round(r.shell_painted_ms) }),
  paint_before_maplibre: r.paint_before_maplibre,
  heap_mb: round(r.heap_mb),
  kb: Object.fromEntries(Object.entries(r.bytes).map(([k, v]) => [k, kb(v)])),
  ...(r.errors.length ? { errors: r.errors } : {}),
});

const fileRow = (t: Transfer) => ({
  url: t.url,
  kind: t.kind,
  kb: kb(t.bytes),
  ...(t.encoding ? { encoding: t.encoding } : {}),
});

// ---------- main ----------

const servers: Served[] = [];
let browser: Browser | undefined;
let cleaned = false;

async function cleanup(): Promise<void> {
  if (cleaned) return;
  cleaned = true;
  await browser?.close().catch(() => undefined);
  await Promise.all(servers.map((s) => s.close().catch(() => undefined)));
  // The built baseline is a by-product: `eslint .` would lint its minified bundle. --keep-baseline-dist keeps it.
  if (!KEEP_BASELINE_DIST) rmSync(BASELINE_DIST, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function serve(distDir: string): Promise<string> {
  const served = await serveDist(distDir);
  servers.push(served);
  return served.url;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const loadStart = os.loadavg()[0];
  const appBuild = buildApp();
  await buildBaselineLogged();

  const appGzip = gzipSizes(APP_DIST);
  const baselineGzip = gzipSizes(BASELINE_DIST);
  const dataFiles = Object.fromEntries(
    FIRST_VIEW_DATA.map((f) => [`data/${f}`, kb(gzipBytes(join(APP_DIST, 'data', f)))]),
  );
  const dataGzip = Object.values(dataFiles).reduce((a, b) => a + b, 0);

  const appUrl = await serve(APP_DIST);
  const baselineUrl = await serve(BASELINE_DIST);
  log(`serving app at ${appUrl}, baseline at ${baselineUrl}`);

  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const chromiumVersion = browser.version();

  // One discarded load each: the server's and the OS's first file reads, Chromium's first GPU process.
  log('warm-up load of each target (discarded)');
  await coldLoad(browser, 'app', appUrl);
  await coldLoad(browser, 'baseline', baselineUrl);

  const runs: Record<Target, Run[]> = { app: [], baseline: [] };
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first, so that slow drift does not favour one target.
    const order: Target[] = i % 2 ? ['baseline', 'app'] : ['app', 'baseline'];
    for (const target of order) {
      const r = await coldLoad(browser, target, target === 'app' ? appUrl : baselineUrl);
      runs[target].push(r);
      log(
        `run ${i + 1}/${RUNS} ${target.padEnd(8)} fcp ${round(r.fcp_ms)} ms, idle ${round(r.idle_ms)} ms, ` +
          `heap ${round(r.heap_mb)} MB${r.errors.length ? `, ${r.errors.length} page error(s)` : ''}`,
      );
    }
  }

  const app = summarise(runs.app);
  const baseline = summarise(runs.baseline);
  const gaps = runs.app.flatMap((r) =>
    r.maplibre_request_ms === undefined ? [] : [r.maplibre_request_ms - (r.shell_painted_ms ?? r.fcp_ms)],
  );
  const fetched = new Set(runs.app.flatMap((r) => r.transfers.map((t) => t.url.split('/').pop()!)));
  const firstViewJs = appGzip.app_js_files.filter((f) => fetched.has(f));
  const firstViewData = [
    ...new Set(runs.app.flatMap((r) => r.transfers.filter((t) => t.kind === 'data').map((t) => t.url))),
  ].sort();

  const result = {
    date: new Date(systemClock()).toISOString(),
    app_js_gzip_kb: kb(appGzip.gzipOf(firstViewJs)),
    app_js_all_gzip_kb: kb(appGzip.app_js),
    maplibre_gzip_kb: kb(appGzip.maplibre),
    data_gzip_kb: round(dataGzip),
    app_css_html_gzip_kb: kb(appGzip.app_css_html),
    organizer_page_js_gzip_kb: kb(appGzip.organizer_js),
    gzip_note:
      'gzip -9 (node:zlib) of the built files on disk: what a host that compresses everything would send. ' +
      'app_js = the JS chunks except maplibre* that the cold loads below fetched (the first view); ' +
      'app_js_all = every JS chunk index.html can ever load except maplibre* (the trip planner, What’s on ' +
      'and the walk planner load on demand); organizer_page_js = chunks only organize.html loads; ' +
      'maplibre = maplibre chunk + worker; data = data_files (what the first view fetches).',
    app_js_files: firstViewJs,
    app_js_all_files: appGzip.app_js_files,
    maplibre_files: appGzip.maplibre_files,
    data_files: dataFiles,
    fcp_ms: app.fcp_ms,
    idle_ms: app.idle_ms,
    baseline_fcp_ms: baseline.fcp_ms,
    baseline_idle_ms: baseline.idle_ms,
    idle_ratio: round(app.idle_ms / baseline.idle_ms, 2),
    spread: {
      fcp_ms: range(runs.app.map((r) => r.fcp_ms)),
      idle_ms: range(runs.app.map((r) => r.idle_ms)),
      baseline_fcp_ms: range(runs.baseline.map((r) => r.fcp_ms)),
      baseline_idle_ms: range(runs.baseline.map((r) => r.idle_ms)),
      note: '[min, max] over the runs',
    },
    paint_before_maplibre: runs.app.every((r) => r.paint_before_maplibre),
    paint_before_maplibre_runs: `${runs.app.filter((r) => r.paint_before_maplibre).length}/${RUNS}`,
    shell_painted_ms: round(median(runs.app.map((r) => r.shell_painted_ms ?? NaN))),
    shell_paint_to_maplibre_request_ms: gaps.length ? round(median(gaps)) : null,
    heap_mb: app.heap_mb,
    baseline_heap_mb: baseline.heap_mb,
    first_load_kb: app.first_load_kb,
    baseline_first_load_kb: baseline.first_load_kb,
    first_load_note:
      'median bytes per cold load from resource timing transferSize (encoded body + a nominal 300 B of ' +
      'headers; navigation included), counted once the map is idle and the network has been quiet for ' +
      `${QUIET_MS} ms. The app's server gzips every text file, .geojson included. ` +
      'app_code = HTML/JS/CSS other than maplibre*; maplibre = chunk + worker (+ its CSS in the baseline; ' +
      'the app inlines that CSS into map-engine); data = data/*.',
    first_load_files: {
      app: runs.app[0].transfers.map(fileRow),
      baseline: runs.baseline[0].transfers.map(fileRow),
    },
    first_view_data_fetched: firstViewData,
    baseline_gzip_kb: { js_except_maplibre: kb(baselineGzip.app_js), maplibre: kb(baselineGzip.maplibre) },
    runs: RUNS,
    warmup_runs: 1,
    per_run: { app: runs.app.map(perRun), baseline: runs.baseline.map(perRun) },
    method: {
      app_build: appBuild,
      baseline: `${relative(ROOT, BASELINE)}/ (index.html + main.ts, plain MapLibre, 7 layers) built with vite build()`,
      viewport: { ...VIEWPORT, ...DEVICE, note: 'phone-like, as the e2e "phone" project' },
      load: 'new browser context per load, HTTP cache disabled (CDP Network.setCacheDisabled), headless',
      fcp: 'performance paint entry first-contentful-paint, ms from navigation start',
      idle:
        'app: performance.now() when <heritage-map> (in song-app shadow root) gets data-state="idle" ' +
        "(MutationObserver); baseline: performance.now() in the map's first 'idle' event",
      heap: 'CDP Runtime.getHeapUsage usedSize of the page (main thread; the MapLibre worker not included)',
      shell_painted:
        "app: performance.now() in the task after the animation frame that follows song-app's attachShadow " +
        "(an upper bound for the paint of the app's own shell; FCP is index.html's boot shell)",
      paint_before_maplibre:
        'app shell painted (upper bound above) before the startTime of the maplibre-*.js resource entry, in every run',
      chromium_args: CHROMIUM_ARGS,
    },
    machine: {
      cpus: os.cpus().length,
      cpu_model: os.cpus()[0]?.model ?? 'unknown',
      memory_gb: round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      load_average_1m: { start: round(loadStart, 2), end: round(os.loadavg()[0], 2) },
      node: process.version,
      chromium: chromiumVersion,
      chromium_path: executablePath,
    },
    elapsed_s: round((performance.now() - t0) / 1000),
  };
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  log(`wrote ${relative(ROOT, OUT)}`);
}

try {
  await main();
} catch (e) {
  console.error(`[bench-load] failed: ${(e as Error).stack ?? e}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
