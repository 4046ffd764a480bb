import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test.ts';
import { MAP, isPhone, openApp, openSheet, rendered, watch } from './app.ts';

const AREAS = ['imperial-city', 'fangxiang', 'deshou', 'qinghefang'];
// A view that holds all four areas on a phone and on a desktop.
const OVERVIEW = '#map=13.60/30.23600/120.16500';

test('the map reaches idle and draws features of each of the four areas', async ({ page }) => {
  const w = watch(page);
  await openApp(page, OVERVIEW);
  const features = await rendered(page);
  for (const area of AREAS) {
    expect(features.filter((f) => f.area === area).length, area).toBeGreaterThan(0);
  }
  expect(features.some((f) => f.layer.startsWith('bm-'))).toBe(true);
  expect(w.errors).toEqual([]);
});

test('no request leaves the app’s own host', async ({ page, baseURL }) => {
  const w = watch(page);
  await openApp(page);
  await openSheet(page);
  await page.locator('place-list button[data-id="deshou-museum"]').click();
  await expect(page.locator('place-card h2')).toBeVisible();
  // Everything the card and the map asked for has been requested and answered.
  await page.waitForLoadState('networkidle');
  const origin = new URL(baseURL!).origin;
  const foreign = w.requests.filter(
    (u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'),
  );
  expect(foreign).toEqual([]);
  expect(w.requests.length).toBeGreaterThan(3);
});

test('tapping a place on the map opens its card with both names', async ({ page }) => {
  await openApp(page, '#lang=zh&map=16.00/30.24100/120.16700');
  const at = await page
    .locator(MAP)
    .evaluate((el) => (el as import('../../src/map/heritage-map.ts').HeritageMap).pointOnScreen('gulou'));
  expect(at).toBeDefined();
  if (isPhone(page)) await page.touchscreen.tap(at!.x, at!.y);
  else await page.mouse.click(at!.x, at!.y);
  const card = page.locator('place-card');
  await expect(card.locator('h2')).toHaveText('鼓楼（南宋朝天门址）');
  await expect(card.locator('.other-name')).toContainText('Drum Tower');
  await expect(page).toHaveURL(/place=gulou/);
});

test('choosing a place in the list with the keyboard opens its card and flies the map there', async ({
  page,
}) => {
  await openApp(page, '#lang=en&map=14.00/30.22500/120.16000');
  await openSheet(page);
  const item = page.locator('place-list button[data-id="huqingyutang"]');
  await item.focus();
  await page.keyboard.press('Enter');
  const card = page.locator('place-card');
  await expect(card.locator('h2')).toContainText('Hu Qing Yu Tang');
  await expect(card.locator('.other-name')).toContainText('胡庆余堂');
  await expect(card.locator('h2')).toBeFocused();
  await expect(page).toHaveURL(/map=1[6-9]\.\d+\/30\.24\d+\/120\.16\d+/);
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(item).toBeFocused();
});

test('switching language changes the interface, the map labels and <html lang>', async ({ page }) => {
  await openApp(page, '#lang=zh&map=16.00/30.24100/120.16700');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('song-app h1')).toContainText('宋韵上城');
  const labels = async () =>
    (await rendered(page, ['heritage-point-label'])).map((f) => `${f.id}=${f.label}`).join('\n');
  await expect.poll(labels).toContain('gulou=鼓楼（南宋朝天门址）');
  await page.locator('song-app button.lang').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('song-app h1')).toContainText('Song Heritage Map');
  await expect(page).toHaveURL(/lang=en/);
  await expect.poll(labels).toContain('gulou=Drum Tower (site of the Song Chaotian Gate)');
  expect(await labels()).not.toMatch(/\p{Script=Han}/u);
});

test('the saved language is used when the URL names none', async ({ page }) => {
  await openApp(page, '#lang=en');
  await page.locator('song-app button.lang').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.locator('song-app button.lang').click();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a shared link restores view, place, layers and language', async ({ page }) => {
  await openApp(page, '#lang=en&map=16.50/30.24035/120.16673&place=hu-xueyan&layers=deshou,qinghefang');
  await expect(page.locator('place-card h2')).toHaveText('Former Residence of Hu Xueyan');
  const features = await rendered(page);
  const areas = new Set(features.map((f) => f.area).filter(Boolean));
  expect([...areas].sort()).toEqual(['deshou', 'qinghefang']);
  await page.locator('place-card button.close').click();
  await openSheet(page);
  await expect(page.locator('layer-panel input[value="fangxiang"]')).not.toBeChecked();
  await expect(page.locator('layer-panel input[value="deshou"]')).toBeChecked();
  await expect(page).toHaveURL(/#lang=en&map=16\.50\/30\.240\d+\/120\.166\d+&layers=deshou,qinghefang$/);
});

test('hiding an area in the layer panel removes it from the map and the URL', async ({ page }) => {
  await openApp(page, '#map=13.60/30.23600/120.16500');
  await openSheet(page);
  await page.locator('layer-panel input[value="imperial-city"]').uncheck();
  await expect(page).toHaveURL(/layers=fangxiang,deshou,qinghefang/);
  await expect
    .poll(async () => (await rendered(page)).filter((f) => f.area === 'imperial-city').length)
    .toBe(0);
});

test('a garbled or hostile link falls back to defaults without an error', async ({ page }) => {
  const w = watch(page);
  await openApp(page, '#lang=<img src=x onerror=alert(1)>&map=99/abc/1e9&place=%3Cscript%3E&layers=evil');
  await expect(page.locator('place-card')).toHaveCount(0);
  await expect(page.locator('song-app h1')).toBeVisible();
  expect(w.errors).toEqual([]);
});

test('a place id that does not exist opens no card', async ({ page }) => {
  await openApp(page, '#place=no-such-place');
  await expect(page.locator('place-card')).toHaveCount(0);
  await expect(page).not.toHaveURL(/place=/);
});

test('axe finds no accessibility violation on the map, the list and a card', async ({ page }) => {
  await openApp(page, '#lang=en');
  await openSheet(page);
  const list = await new AxeBuilder({ page }).analyze();
  expect(list.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await page.locator('place-list button[data-id="deshou-museum"]').click();
  await expect(page.locator('place-card h2')).toBeVisible();
  const card = await new AxeBuilder({ page }).analyze();
  expect(card.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

for (const lang of ['zh', 'en'] as const) {
  test(`the map credit and the scale bar do not overlap (${lang})`, async ({ page }, info) => {
    await openApp(page, `#lang=${lang}`);
    const credit = page.locator('heritage-map .maplibregl-ctrl-attrib');
    const scale = page.locator('heritage-map .maplibregl-ctrl-scale');
    await expect(credit).toBeVisible();
    await expect(scale).toBeVisible();
    const a = (await credit.boundingBox())!;
    const b = (await scale.boundingBox())!;
    const apart =
      a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
    expect(apart, `credit ${JSON.stringify(a)} vs scale ${JSON.stringify(b)}`).toBe(true);
    // Both stay inside the map, so neither is cut off.
    const map = (await page.locator('heritage-map').boundingBox())!;
    for (const r of [a, b]) {
      expect(r.x).toBeGreaterThanOrEqual(map.x - 0.5);
      expect(r.x + r.width).toBeLessThanOrEqual(map.x + map.width + 0.5);
    }
    await page.screenshot({ path: `/tmp/content3/credit-${lang}-${info.project.name}.png` });
  });
}
