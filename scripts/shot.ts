/**
 * Takes screenshots of the running app for a person to look at:
 *   tsx scripts/shot.ts <url> <out.png> [width] [height]
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.ts';

const [url, out, w = '390', h = '844'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({
  viewport: { width: Number(w), height: Number(h) },
  deviceScaleFactor: 1,
});
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url);
await page
  .waitForSelector(
    'heritage-map[data-state="idle"], heritage-map[data-state="unsupported"], heritage-map[data-state="error"]',
    { timeout: 30000 },
  )
  .catch(() => console.error('map not idle'));
await page.waitForTimeout(800);
await page.screenshot({ path: out });
await browser.close();
