/**
 * A Chromium whose WebGL is switched off by policy (--disable-3d-apis): the WebGL2 API is still there and a
 * worker still gets a context, but the page gets none. The app must find that out before it lays anything
 * out, show the list alone from its first frame (no layout shift), and never download MapLibre. The first
 * view is the app's own cost here, so it is also where the first view's downloads are checked.
 */
import { expect, test } from './test.ts';
import { watch } from './app.ts';
import { TEST_NOW } from './clock.ts';

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: without WebGL the list is laid out from the first frame and MapLibre is never fetched`, async ({
    playwright,
  }, testInfo) => {
    const { launchOptions, viewport, baseURL } = testInfo.project.use;
    const browser = await playwright.chromium.launch({
      ...launchOptions,
      args: [...(launchOptions?.args ?? []), '--disable-3d-apis'],
    });
    try {
      const context = await browser.newContext({
        viewport,
        baseURL,
        isMobile: testInfo.project.use.isMobile,
      });
      const page = await context.newPage();
      await page.clock.setFixedTime(TEST_NOW);
      await page.addInitScript(() => {
        localStorage.setItem('song-heritage-map:start-seen', '1');
        // Every layout shift the page records, as the Layout Instability API reports it.
        (window as { __shifts?: number[] }).__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
            (window as unknown as { __shifts: number[] }).__shifts.push(e.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const w = watch(page);
      await page.goto(`/#lang=${lang}`);
      await expect(page.locator('heritage-map[data-state="unsupported"]')).toBeAttached();
      await expect(page.locator('place-list button').first()).toBeVisible();
      await expect(page.getByRole('alert')).toContainText('WebGL2');
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
      const cls = shifts.reduce((a, b) => a + b, 0);
      expect(cls, `layout shifts: ${shifts.join(', ')}`).toBeLessThanOrEqual(0.01);
      expect(w.requests.filter((u) => /maplibre/.test(u))).toEqual([]);
      // Nor the opening_hours library (src/hours/hours-model.ts): nothing on the first view reads hours.
      expect(w.requests.filter((u) => /opening-hours/.test(u))).toEqual([]);
      expect(w.errors).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`no-webgl-${lang}.png`) });
    } finally {
      await browser.close();
    }
  });
}
