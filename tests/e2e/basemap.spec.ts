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
