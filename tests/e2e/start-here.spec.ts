import { expect, test } from './test.ts';
import { isPhone, openApp, openSheet } from './app.ts';

const TEXT = {
  en: {
    title: 'Start here',
    map: 'Show the map',
    h1: 'About 1 hour',
    near: "What's near me now",
    area: 'Qinghefang',
  },
  zh: { title: '从这里开始', map: '看地图', h1: '约 1 小时', near: '我附近有什么', area: '清河坊' },
};

for (const lang of ['zh', 'en'] as const) {
  test.describe(`first visit (${lang})`, () => {
    test.use({
      firstVisit: true,
      permissions: ['geolocation'],
      geolocation: { latitude: 30.2403, longitude: 120.1667 },
    });
    const t = TEXT[lang];

    test(`the first screen offers walks by length, near me and the four areas, each one tap away (${lang})`, async ({
      page,
    }, info) => {
      await openApp(page, `#lang=${lang}`);
      const start = page.locator('start-here');
      await expect(start.locator('h2')).toHaveText(t.title);
      await expect(start.locator('button[data-length]')).toHaveCount(3);
      await expect(start.locator('button[data-area]')).toHaveCount(4);
      await expect(start.getByRole('button', { name: t.near })).toBeVisible();
      await page.screenshot({ path: `/tmp/walks/start-${info.project.name}-${lang}.png` });
      // A walk of about an hour, one tap: its itinerary opens.
      await start.locator('button[data-length="h1"]').click();
      await expect(page.locator('walk-panel h2')).toBeVisible();
      await expect(page).toHaveURL(/walk=(phoenix-hill|hundred-lanes)/);
      await expect(start).toHaveCount(0);
      // Put away once, the map comes first next time.
      await page.reload();
      await expect(page.locator('heritage-map[data-state="idle"]')).toBeAttached();
      await expect(page.locator('start-here')).toHaveCount(0);
    });

    test(`near me lists the places within a short walk; an area shows only that area (${lang})`, async ({
      page,
    }) => {
      await openApp(page, `#lang=${lang}`);
      await page.locator('start-here').getByRole('button', { name: t.near }).click();
      await expect(page.locator('place-list section.near button').first()).toHaveAttribute(
        'data-near',
        'gulou',
      );
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.locator('start-here button[data-area="qinghefang"]').click();
      await expect(page).toHaveURL(/layers=qinghefang(&|$)/);
      await openSheet(page);
      await expect(page.locator('layer-panel')).toContainText(t.area);
    });
  });

  test(`"Add to walk" says what it did and opens the walk (${lang})`, async ({ page }) => {
    await openApp(page, `#lang=${lang}`);
    await openSheet(page);
    await page.locator('place-list button[data-add="gulou"]').click();
    const note = page.locator('song-app .walk-note[role="status"]');
    await expect(note).toContainText(lang === 'zh' ? '已把“鼓楼（' : 'Added “Drum Tower');
    await page.locator('place-list button[data-add="huqingyutang"]').click();
    await expect(note).toContainText(lang === 'zh' ? '共 2 站' : '(2 stops)');
    await note.getByRole('button').click();
    await expect(page.locator('walk-panel li.stop')).toHaveCount(2);
    if (isPhone(page)) await expect(page.locator('song-app aside')).toHaveClass(/open/);
  });
}
