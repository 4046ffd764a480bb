import { expect, test } from './test.ts';
import { openApp, rendered, watch } from './app.ts';

// Zoom 15 over 河坊街 (the old city east of 吴山) and over West Lake's east shore by 断桥.
const VIEWS: [name: string, hash: string][] = [
  ['hefang', '#lang=zh&map=15.00/30.24050/120.16850'],
  ['xihu', '#lang=en&map=15.00/30.25500/120.15700'],
];

for (const [name, hash] of VIEWS) {
  test(`the OSM vector tiles draw water and streets over ${name}, with no error`, async ({ page }, info) => {
    const w = watch(page);
    const tiles: number[] = [];
    page.on('response', (r) => {
      if (/\/tiles\/\d+\/\d+\/\d+\.pbf$/.test(r.url())) tiles.push(r.status());
    });
    await openApp(page, hash);
    const layers = new Set(
      (await rendered(page, ['bm-tile-water', 'bm-tile-road', 'bm-tile-landuse'])).map((f) => f.layer),
    );
    expect([...layers].sort()).toEqual(['bm-tile-landuse', 'bm-tile-road', 'bm-tile-water']);
    // The hidden fallback stays hidden while the tiles draw.
    expect(await rendered(page, ['bm-water', 'bm-road'])).toEqual([]);
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.every((s) => s === 200)).toBe(true);
    await page.screenshot({ path: `/tmp/basemap-${name}-${info.project.name}.png` });
    expect(w.errors).toEqual([]);
  });
}

test('if the tiles cannot be loaded the GeoJSON basemap is drawn instead', async ({ page }) => {
  await page.route(/\/tiles\/\d+\/\d+\/\d+\.pbf$/, (r) => r.abort());
  await openApp(page, '#lang=zh&map=15.00/30.24050/120.16850');
  await expect
    .poll(async () => new Set((await rendered(page, ['bm-road', 'bm-water'])).map((f) => f.layer)).size)
    .toBeGreaterThan(0);
  expect(await rendered(page, ['bm-tile-road'])).toEqual([]);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit the tiles of a view never opened before are drawn with no network', async ({
    page,
    context,
  }) => {
    await openApp(page, '#lang=en');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
      }
    });
    await context.setOffline(true);
    // West Lake's south-east shore at z16: tiles the first view did not load.
    await page.evaluate(() => history.replaceState(null, '', '#lang=en&map=16.00/30.23200/120.15000'));
    await page.reload();
    await expect(page.locator('song-app .offline')).toHaveText('Offline');
    await expect
      .poll(
        async () =>
          new Set((await rendered(page, ['bm-tile-water', 'bm-tile-road'])).map((f) => f.layer)).size,
      )
      .toBe(2);
  });
});
