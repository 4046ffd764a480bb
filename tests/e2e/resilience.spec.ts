import { expect, test } from './test.ts';
import { MAP, openApp, watch } from './app.ts';

test('without WebGL2 the app says so, shows the whole list and never downloads MapLibre', async ({
  page,
}) => {
  await page.addInitScript(() => {
    delete (window as { WebGL2RenderingContext?: unknown }).WebGL2RenderingContext;
  });
  const w = watch(page);
  await openApp(page, '#lang=en', 'unsupported');
  await expect(page.getByRole('alert')).toContainText('WebGL2');
  await expect(page.locator('place-list button')).not.toHaveCount(0);
  await page.locator('place-list button[data-id="gulou"]').click();
  await expect(page.locator('place-card h2')).toHaveText('Drum Tower (site of the Song Chaotian Gate)');
  expect(w.requests.some((u) => /maplibre/.test(u))).toBe(false);
  expect(w.errors).toEqual([]);
});

test('when MapLibre cannot get a WebGL2 context after all, the app says so and the list carries on', async ({
  page,
}) => {
  // The probe (src/map/webgl.ts) gets its context, the page's first; every later one is refused, MapLibre's too.
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    let given = 0;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      return type === 'webgl2' && given++ > 0
        ? null
        : (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
  const w = watch(page);
  await openApp(page, '#lang=zh', 'unsupported');
  await expect(page.getByRole('alert')).toContainText('WebGL2');
  await page.locator('place-list button[data-id="gulou"]').click();
  await expect(page.locator('place-card h2')).toContainText('鼓楼');
  expect(w.requests.some((u) => /maplibre/.test(u))).toBe(true);
  expect(w.errors).toEqual([]);
});

test('place text from the data is shown as text, never run as HTML', async ({ page }) => {
  const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  await page.route('**/data/heritage.geojson', async (route) => {
    const res = await route.fetch();
    const json = await res.json();
    const f = json.features.find((x: { properties: { id: string } }) => x.properties.id === 'gulou');
    f.properties.name_en = `Drum ${payload}`;
    f.properties.summary_en = `Summary ${payload}`;
    await route.fulfill({ response: res, json });
  });
  await openApp(page, '#lang=en&place=gulou');
  await expect(page.locator('place-card h2')).toHaveText(`Drum ${payload}`);
  await expect(page.locator('place-card .summary')).toHaveText(`Summary ${payload}`);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  // The card has its own site-plan picture; what matters is that the payload made no element.
  await expect(page.locator('place-card img[src="x"]')).toHaveCount(0);
  await expect(page.locator('place-card h2 *, place-card .summary *')).toHaveCount(0);
});

test('when the data cannot load the app says so and retries on request', async ({ page }) => {
  let fail = true;
  await page.route('**/data/heritage.geojson', (route) => (fail ? route.abort() : route.continue()));
  await page.goto('/#lang=en');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not load');
  fail = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator(`${MAP}[data-state="idle"]`)).toBeAttached();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('Chinese glyphs render with a real CJK font, not tofu boxes', async ({ page }) => {
  await openApp(page);
  const differs = await page.evaluate(() => {
    const draw = (ch: string) => {
      const c = document.createElement('canvas');
      c.width = c.height = 40;
      const ctx = c.getContext('2d')!;
      ctx.font = "32px 'Noto Sans CJK SC', sans-serif";
      ctx.fillText(ch, 2, 32);
      return Array.from(ctx.getImageData(0, 0, 40, 40).data).join(',');
    };
    // U+10FFFD is unassigned: it always draws as a missing-glyph box.
    return draw('德') !== draw(String.fromCodePoint(0x10fffd));
  });
  expect(differs, 'install fonts-noto-cjk').toBe(true);
});
