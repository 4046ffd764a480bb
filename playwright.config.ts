import { defineConfig, devices } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium-path.ts';
import { TEST_NOW_ISO } from './tests/e2e/clock.ts';

// Parallel worktrees run their browser suites side by side on different ports (E2E_PORT).
const PORT = Number(process.env.E2E_PORT ?? 4173);

const withoutFaketime = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(
    Object.entries(env).filter(
      ([k, v]) => !k.startsWith('FAKETIME') && !(k === 'LD_PRELOAD' && v?.includes('faketime')),
    ),
  ) as Record<string, string>;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  // Two cores and software WebGL: one browser at a time is faster and steadier.
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    // Service workers would serve data from their cache and bypass page.route(); only the offline test uses one.
    serviceWorkers: 'block',
    launchOptions: {
      // Playwright cannot download its own browsers here: drive Debian's chromium.
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
      // Under `npm run test:later` libfaketime is preloaded: keep it out of Chromium, which it slows ~10x.
      env: withoutFaketime(process.env),
    },
  },
  projects: [
    {
      name: 'phone',
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
  ],
  // The real events server (server/), so every browser test runs under its Content-Security-Policy. Its
  // SQLite file lives in a temporary folder per port. The build and the server include the demo samples
  // (SAMPLES=1), and the server's clock starts at the tests' instant, as the browser's does (tests/e2e/clock.ts).
  webServer: {
    command: `npm run build && node --import tsx server/main.ts`,
    env: {
      PORT: String(PORT),
      DATA_DIR: join(tmpdir(), `song-heritage-e2e-${PORT}`),
      LOG: '0',
      DATABASE_URL: '',
      SAMPLES: '1',
      CLOCK_START: TEST_NOW_ISO,
    },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
