/**
 * A Chromium whose WebGL is switched off by policy (--disable-3d-apis): the WebGL2 API is still there and a
 * worker still gets a context, but the page gets none. The app must find that out before it lays anything
 * out, show the list alone from its first frame (no layout shift), and never download MapLibre. The first
 * view is the app's own cost here, so it is also where the first view's downloads are checked.
 */
import type { PlaywrightWorkerArgs, TestInfo } from '@playwright/test';
import { expect, test, type Page } from './test.ts';
import { watch, type Watch } from './app.ts';
import { TEST_NOW } from './clock.ts';

async function withoutWebGL(
  playwright: PlaywrightWorkerArgs['playwright'],
  info: TestInfo,
  firstVisit: boolean,
  body: (page: Page, w: Watch) => Promise<void>,
) {
  const { launchOptions, viewport, baseURL, isMobile } = info.project.use;
  const browser = await playwright.chromium.launch({
    ...launchOptions,
    args: [...(launchOptions?.args ?? []), '--disable-3d-apis'],
  });
  try {
    const page = await (await browser.newContext({ viewport, baseURL, isMobile })).newPage();
    await page.clock.setFixedTime(TEST_NOW);
    await page.addInitScript((first) => {
      if (!first) localStorage.setItem('song-heritage-map:start-seen', '1');
      // Every layout shift the page records that CLS counts: not those right after the visitor's own input.
      // Each with what moved (node name, class, top edge before and after), for the failure message.
      const shifts: { value: number; moved: string }[] = [];
      (window as { __shifts?: typeof shifts }).__shifts = shifts;
      type Shift = PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      };
      const said = (x: Shift['sources'][number]) =>
        `${x.node?.nodeName ?? '?'}.${(x.node as Element | undefined)?.className ?? ''} ` +
        `y ${Math.round(x.previousRect.y)}→${Math.round(x.currentRect.y)}`;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Shift[])
          if (!e.hadRecentInput) shifts.push({ value: e.value, moved: e.sources.map(said).join('; ') });
      }).observe({ type: 'layout-shift', buffered: true });
    }, firstVisit);
    await body(page, watch(page));
  } finally {
    await browser.close();
  }
}

const layoutShift = async (page: Page) => {
  const shifts = await page.evaluate(
    () => (window as unknown as { __shifts: { value: number; moved: string }[] }).__shifts,
  );
  return {
    total: shifts.reduce((a, b) => a + b.value, 0),
    shifts: shifts.map((x) => `${x.value.toFixed(4)} (${x.moved})`),
  };
};

const SEE_ALL = { zh: '看全部地点', en: 'See all places' };

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: without WebGL the list is laid out from the first frame and MapLibre is never fetched`, async ({
    playwright,
  }, info) => {
    await withoutWebGL(playwright, info, false, async (page, w) => {
      await page.goto(`/#lang=${lang}`);
      await expect(page.locator('heritage-map[data-state="unsupported"]')).toBeAttached();
      await expect(page.locator('place-list button').first()).toBeVisible();
      await expect(page.getByRole('alert')).toContainText('WebGL2');
      const { total, shifts } = await layoutShift(page);
      expect(total, `layout shifts: ${shifts.join(', ')}`).toBeLessThanOrEqual(0.01);
      expect(w.requests.filter((u) => /maplibre/.test(u))).toEqual([]);
      // Nor the opening_hours library (src/hours/hours-model.ts): nothing on the first view reads hours.
      expect(w.requests.filter((u) => /opening-hours/.test(u))).toEqual([]);
      expect(w.errors).toEqual([]);
      await page.screenshot({ path: info.outputPath(`no-webgl-${lang}.png`) });
    });
  });

  test(`${lang}: a first visit without WebGL gets the first screen's choices at the head of the list`, async ({
    playwright,
  }, info) => {
    await withoutWebGL(playwright, info, true, async (page, w) => {
      await page.goto(`/#lang=${lang}`);
      const start = page.locator('aside start-here');
      await expect(start.locator('button[data-length]')).toHaveCount(3);
      await expect(start.locator('button[data-area]')).toHaveCount(4);
      await expect(start).toBeInViewport();
      const before = await layoutShift(page);
      expect(before.total, `layout shifts: ${before.shifts.join(', ')}`).toBeLessThanOrEqual(0.01);
      await page.screenshot({ path: info.outputPath(`no-webgl-start-${lang}.png`) });
      await start.getByRole('button', { name: SEE_ALL[lang] }).click();
      await expect(page.locator('start-here')).toHaveCount(0);
      await expect(page.locator('place-list button').first()).toBeVisible();
      const after = await layoutShift(page);
      expect(after.total, `layout shifts: ${after.shifts.join(', ')}`).toBeLessThanOrEqual(0.01);
      expect(w.errors).toEqual([]);
    });
  });
}
