/**
 * A place card says whether the place is open at this moment, from the hours in the data, and when that
 * changes: closing and last entry while open, the next opening (skipping a closed day) while closed.
 */
import { expect, test } from './test.ts';
import { openApp, isPhone } from './app.ts';

const OPEN = {
  zh: '正在开放 · 17:00 闭馆 · 16:30 停止入场',
  en: 'Open now · closes 17:00 · last entry 16:30',
};
const CLOSED_SUNDAY_EVENING = {
  zh: '现在未开放 · 周二 09:30 开放',
  en: 'Closed now · opens Tuesday at 09:30',
};

for (const lang of ['zh', 'en'] as const) {
  test(`the 德寿宫 museum card says it is open now, until when and the last entry (${lang})`, async ({
    page,
  }, info) => {
    // The tests' instant: a Friday at noon, the museum's hours Tue–Sun 09:30–17:00, last entry 16:30.
    await openApp(page, `#lang=${lang}&place=deshou-museum`);
    const hours = page.locator('place-card dd:has(.now)');
    await expect(hours.locator('.now')).toHaveText(OPEN[lang]);
    // The hours as written by the project stay below it.
    await expect(hours.locator('.hours-text')).toContainText(lang === 'zh' ? '周一闭馆' : 'closed Mondays');
    await hours.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: info.outputPath(`open-${lang}-${isPhone(page) ? 'phone' : 'desktop'}.png`),
    });
  });

  test(`on a Sunday evening the card skips the closed Monday and says it opens on Tuesday (${lang})`, async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-12-06T18:00:00+08:00'));
    await openApp(page, `#lang=${lang}&place=deshou-museum`);
    await expect(page.locator('place-card .now')).toHaveText(CLOSED_SUNDAY_EVENING[lang]);
  });

  test(`a place without structured hours claims nothing about now (${lang})`, async ({ page }) => {
    await openApp(page, `#lang=${lang}&place=gulou`);
    await expect(page.locator('place-card h2')).toBeVisible();
    await expect(page.locator('place-card .now')).toHaveCount(0);
  });
}
