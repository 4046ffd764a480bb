/**
 * A visitor's card and a teacher's sheet read as plain, sourced text: readable citations, a plain-language
 * position line, and no research trail (file names, GCJ-02 conversions, question banks) in either language.
 */
import { expect, test } from './test.ts';
import { openApp } from './app.ts';

/** What must never reach a visitor: research trails and non-sources. */
const TRAILS = [/GCJ/i, /\.md\b/, /\.csv\b/, /research\//, /search-index/, /zujuan/, /HISTORY/];

function clean(text: string): string[] {
  return TRAILS.filter((r) => r.test(text)).map(String);
}

for (const lang of ['zh', 'en'] as const) {
  test(`a place card shows citations and plain certainty, no research trail (${lang})`, async ({
    page,
  }, info) => {
    // 德寿宫遗址博物馆: a point converted from an online map, whose card used to print its GCJ-02 original.
    await openApp(page, `#lang=${lang}&place=deshou-museum`);
    const card = page.locator('place-card');
    await expect(card.locator('h2')).toBeVisible();
    await expect(card.locator('.position')).toContainText(lang === 'zh' ? '网络地图' : 'online map');
    await expect(card.locator('ol.sources li').first()).toBeVisible();
    expect(clean(await card.innerText())).toEqual([]);
    // The "how we know" note is folded, and even unfolded names no file and no datum.
    const how = card.locator('details.how');
    await how.locator('summary').click();
    expect(clean(await how.innerText())).toEqual([]);
    await page.screenshot({ path: info.outputPath(`card-${lang}.png`) });
  });

  test(`a place in a heritage area shows its drawn site plan with credit and licence (${lang})`, async ({
    page,
  }, info) => {
    await openApp(page, `#lang=${lang}&place=gulou`);
    const plan = page.locator('place-card figure.plan');
    const img = plan.locator('img');
    await img.scrollIntoViewIfNeeded();
    await expect(img).toBeVisible();
    await expect(img).toHaveAttribute('loading', 'lazy');
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(320);
    expect(await img.getAttribute('alt')).toContain(lang === 'zh' ? '位置示意图' : 'site plan');
    const caption = plan.locator('figcaption');
    await expect(caption).toContainText(lang === 'zh' ? '本项目绘制' : 'Plan drawn for this project');
    await expect(caption).toContainText('© OpenStreetMap contributors, ODbL');
    await expect(caption).toContainText('CC BY 4.0');
    expect(clean(await caption.innerText())).toEqual([]);
    // A place outside the four areas has no plan.
    await page.goto(`/#lang=${lang}&place=city-balcony`);
    await expect(page.locator('place-card h2')).toBeVisible();
    await expect(page.locator('place-card figure.plan')).toHaveCount(0);
    await page.goto(`/#lang=${lang}&place=gulou`);
    await plan.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/content3/plan-${lang}-${info.project.name}.png` });
  });

  test(`the teacher sheet prints sources without research trails (${lang})`, async ({ page }, info) => {
    await page.goto(
      `/#lang=${lang}&trip=1&date=2026-12-08&start=09:00&pupils=40&age=primary&budget=240&route=mine&tstops=deshou-museum,hu-xueyan,gulou&groups=2&rest=60&sheet=teacher`,
    );
    const sheet = page.locator('trip-view trip-sheet article');
    await expect(sheet).toBeAttached();
    const text = await sheet.innerText();
    expect(text).toContain('OpenStreetMap');
    expect(clean(text)).toEqual([]);
    await page.screenshot({ path: info.outputPath(`teacher-${lang}.png`), fullPage: true });
  });
}

test('the map shows the OpenStreetMap credit with the licence and its link, unfolded', async ({
  page,
}, info) => {
  await openApp(page, '#lang=zh');
  const credit = page.locator(
    `heritage-map .maplibregl-ctrl-attrib a[href="https://www.openstreetmap.org/copyright"]`,
  );
  await expect(credit).toBeVisible();
  await expect(credit).toHaveText('© OpenStreetMap contributors, ODbL');
  await page.screenshot({ path: info.outputPath('attribution.png') });
});

test('a printed walk carries the OpenStreetMap credit', async ({ page }) => {
  await openApp(page, '#lang=en&walk=mine&stops=gulou,hu-xueyan');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('walk-panel .licence')).toContainText('© OpenStreetMap contributors, ODbL');
});
