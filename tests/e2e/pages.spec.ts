/**
 * The static pages (scripts/pages.ts): readable with JavaScript off, sending a visitor with JavaScript on to
 * the map opened at the same place, walk or event; old hash links still land; Traditional Chinese; axe with
 * every rule tag (WCAG 2.x A/AA/AAA and best practice) finds nothing on them.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test.ts';
import { MAP } from './app.ts';

const ALL_TAGS = ['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const [lang, path, title, hours] of [
    ['zh', '/places/imperial-city-guanyao-museum', '杭州南宋官窑博物馆（郊坛下官窑遗址）', '开放时间'],
    [
      'en',
      '/en/places/imperial-city-guanyao-museum/',
      'Hangzhou Southern Song Guan Kiln Museum (Jiaotanxia kiln site)',
      'Opening hours',
    ],
  ] as const) {
    test(`${lang}: a place page shows its text, hours, sources and position`, async ({ page }, info) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.locator('dt', { hasText: hours })).toBeVisible();
      await expect(page.locator('ol.sources li')).toHaveCount(3);
      await expect(page.locator('.facts')).toContainText('30.21239');
      await expect(page.locator('a.open-map')).toBeVisible();
      // Still on the page: no script ran to move on.
      expect(new URL(page.url()).pathname).toMatch(/\/places\/imperial-city-guanyao-museum\/?$/);
      await page.screenshot({
        path: `/tmp/pages/nojs-place-${lang}-${info.project.name}.png`,
        fullPage: true,
      });
    });
  }

  test('a walk, an area and an event page read without JavaScript', async ({ page }) => {
    await page.goto('/en/walks/deshou-fangxiang/');
    await expect(page.locator('ol.stops li')).toHaveCount(5);
    await expect(page.locator('ol.stops li').first()).toContainText('Drum Tower');
    await page.goto('/areas/deshou/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('德寿宫');
    await page.goto('/en/events/gulou-guqin-yaji');
    await expect(page.locator('.status')).toHaveText('Cancelled');
    await expect(page.locator('ul.dates time')).toHaveAttribute('datetime', '2026-12-20T19:00+08:00');
  });

  test('zh-Hant pages show Traditional text and say so in <html lang>', async ({ page }) => {
    await page.goto('/zh-Hant/places/deshou-museum/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-TW');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('德壽宮');
    await expect(page.locator('.lede')).not.toContainText('德寿宫');
    await page.goto('/zh-Hant/areas/qinghefang/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('清河坊');
    await page.goto('/zh-Hant/walks/imperial-street/');
    await expect(page.locator('main')).toContainText('御街');
    // The language links lead between the versions.
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/walks\/imperial-street\/$/);
  });
});

for (const path of [
  '/places/gulou/',
  '/en/places/gulou/',
  '/zh-Hant/places/gulou/',
  '/en/walks/imperial-street/',
  '/events/dongpo-five-flavours/',
  '/en/areas/fangxiang/',
])
  test(`axe with every rule tag finds nothing on ${path}`, async ({ page }) => {
    test.setTimeout(120_000);
    // axe runs as a script: #read keeps the page's own script from moving on to the map.
    await page.goto(`${path}#read`);
    await expect(page.locator('a.open-map')).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(path);
    const r = await new AxeBuilder({ page }).withTags(ALL_TAGS).analyze();
    expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
  });

test('with JavaScript, a place page opens the map on that place', async ({ page }) => {
  await page.goto('/en/places/hu-xueyan');
  await expect(page).toHaveURL(/\/#lang=en&place=hu-xueyan/);
  await expect(page.locator('place-card h2')).toHaveText('Former Residence of Hu Xueyan');
});

test('with JavaScript, an event page opens its next occurrence in What’s on', async ({ page }) => {
  // TEST_NOW is 2026-12-04 12:00 in Hangzhou: tonight's 19:30 performance is the next one.
  await page.goto('/events/dongpo-five-flavours/');
  await expect(page).toHaveURL(/event=dongpo-five-flavours@2026-12-04T19:30/);
  await expect(page.locator('event-list li.occ.selected')).toHaveAttribute(
    'data-occurrence',
    'dongpo-five-flavours@2026-12-04T19:30',
  );
});

test('with JavaScript, a walk page opens the walk', async ({ page }) => {
  await page.goto('/zh-Hant/walks/imperial-street/');
  await expect(page).toHaveURL(/\/#lang=zh&walk=imperial-street/);
  await expect(page.locator(`${MAP}[data-state="idle"]`)).toBeAttached();
});

test('old hash links still land', async ({ page }) => {
  await page.goto('/#place=gulou');
  await expect(page.locator('place-card h2')).toBeVisible();
  await page.goto('/#lang=en&event=gulou-guqin-yaji@2026-12-20T19:00');
  await expect(page.locator('event-list li.occ.selected')).toHaveAttribute(
    'data-occurrence',
    'gulou-guqin-yaji@2026-12-20T19:00',
  );
});

test('the sitemap and the events feed are served', async ({ request }) => {
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.headers()['content-type']).toContain('application/xml');
  expect(await sitemap.text()).toContain('/en/places/gulou/</loc>');
  const atom = await request.get('/events.atom');
  expect(atom.headers()['content-type']).toContain('application/atom+xml');
  expect(await atom.text()).toContain('<entry>');
});
