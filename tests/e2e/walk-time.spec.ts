/**
 * A walk given a time to set off: each stop says when you arrive and leave, a museum reached after its last
 * entry or on its closed day is said, and the offered fix (set off earlier, skip the stop) works.
 */
import { expect, test, type Page } from './test.ts';
import { isPhone, openApp, openSheet } from './app.ts';

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

async function walksTab(page: Page) {
  await openSheet(page);
  await page.locator('song-app .tabs button', { hasText: /Walks|步道/ }).click();
}

for (const lang of ['zh', 'en'] as const) {
  test(`setting off late: the museum's last entry is said, and "set off earlier" fixes it (${lang})`, async ({
    page,
  }, info) => {
    // The tests' instant is a Friday: the 德寿宫 museum is open 09:30–17:00, last entry 16:30.
    await openApp(page, `#lang=${lang}`);
    await walksTab(page);
    await page.locator('walk-list button[data-walk="hundred-lanes"]').click();
    const panel = page.locator('walk-panel');
    const setOff = panel.getByLabel(lang === 'zh' ? '出发时间' : 'Set off at');
    await setOff.fill('16:40');
    const museum = panel.locator('li.stop[data-id="deshou-museum"]');
    await expect(museum.locator('.times')).toContainText(lang === 'zh' ? '到' : 'arrive');
    await expect(museum.locator('.hours-warning')).toContainText(lang === 'zh' ? '最后入场' : 'last entry');
    await expect(panel.getByTestId('walk-ends')).toBeVisible();
    await museum.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: info.outputPath(`late-${lang}-${isPhone(page) ? 'phone' : 'desktop'}.png`),
    });
    // Each fix moves the start earlier; at most two are needed (last entry, then the visit past closing).
    for (let i = 0; i < 2 && (await museum.locator('.hours-warning').count()); i++)
      await museum.locator('.hours-warning button.fix').first().click();
    await expect(museum.locator('.hours-warning')).toHaveCount(0);
    const start = minutes(await setOff.inputValue());
    expect(start).toBeLessThan(minutes('16:40'));
    const [arrive, leave] = (await museum.locator('.times').innerText()).match(/\d{2}:\d{2}/g)!.map(minutes);
    expect(arrive).toBeLessThanOrEqual(minutes('16:30'));
    expect(leave).toBeLessThanOrEqual(minutes('17:00'));
  });

  test(`on a Monday the museum is closed: the walk says so and "skip" takes it out (${lang})`, async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-12-07T10:00:00+08:00'));
    await openApp(page, `#lang=${lang}&walk=mine&stops=gulou,deshou-museum`);
    await openSheet(page);
    const panel = page.locator('walk-panel');
    await expect(panel.locator('li.stop')).toHaveCount(2);
    await panel.getByLabel(lang === 'zh' ? '出发时间' : 'Set off at').fill('10:30');
    const museum = panel.locator('li.stop[data-id="deshou-museum"]');
    await expect(museum.locator('.hours-warning')).toContainText(
      lang === 'zh' ? '今天不开放' : 'closed today',
    );
    await museum.getByRole('button', { name: lang === 'zh' ? '跳过这一站' : 'Skip this stop' }).click();
    await expect(panel.locator('li.stop')).toHaveCount(1);
    await expect(page).toHaveURL(/stops=gulou(&|$)/);
  });
}
