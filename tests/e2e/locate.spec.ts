import { expect, test } from './test.ts';
import { openApp, openSheet } from './app.ts';

test.describe('with location allowed', () => {
  // Standing at the Drum Tower.
  test.use({ permissions: ['geolocation'], geolocation: { latitude: 30.2403, longitude: 120.1667 } });

  test('the visitor sees places within a 10-minute walk, nearest first, with walking times', async ({
    page,
  }) => {
    await openApp(page, '#lang=en');
    await page.locator('heritage-map .maplibregl-ctrl-geolocate').click();
    await openSheet(page);
    const near = page.locator('place-list section.near');
    await expect(near.locator('h3')).toHaveText('Near you: within a 10-minute walk');
    const first = near.locator('button').first();
    await expect(first).toHaveAttribute('data-near', 'gulou');
    await expect(first).toContainText(/\d+ m · about \d+ min walk/);
    await expect(near.locator('button[data-near="imperial-city-baguatian"]')).toHaveCount(0);
  });
  for (const lang of ['zh', 'en'] as const) {
    test(`events on now within the walk are listed near the visitor, and open in What's on (${lang})`, async ({
      page,
    }) => {
      // Friday 4 December 2026, 19:40: the sample Dongpo show at the Wangxian Pavilion (19:30–20:15) is on.
      await page.clock.setFixedTime(new Date('2026-12-04T19:40:00+08:00'));
      await openApp(page, `#lang=${lang}`);
      await page.locator('heritage-map .maplibregl-ctrl-geolocate').click();
      // The position arrives asynchronously and opens the sheet itself: wait for it before touching the sheet.
      await expect(page.locator('place-list section.near')).toBeAttached();
      await openSheet(page);
      const show = page.locator('place-list ul.near-events button').first();
      await expect(show).toHaveAttribute('data-near-event', 'dongpo-five-flavours@2026-12-04T19:30');
      await expect(show).toContainText(lang === 'zh' ? '正在进行' : 'On now');
      await show.click();
      await expect(page.locator('event-list li.occ.selected')).toHaveAttribute(
        'data-occurrence',
        'dongpo-five-flavours@2026-12-04T19:30',
      );
    });
  }
});

test.describe('with location denied', () => {
  test.use({ permissions: [] });

  test('a denied location gets a clear message and the app stays usable', async ({ page }) => {
    await openApp(page, '#lang=zh');
    const button = page.locator('heritage-map .maplibregl-ctrl-geolocate');
    // Depending on the browser, a denied permission disables the button up front or fails on the click.
    if (await button.isEnabled()) await button.click();
    await openSheet(page);
    await expect(page.locator('song-app aside [role="status"]')).toContainText('未获得定位权限');
    await page.locator('place-list button[data-id="gulou"]').click();
    await expect(page.locator('place-card h2')).toContainText('鼓楼');
  });
});
