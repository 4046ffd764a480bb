/**
 * "Plan a walk by my time": 2 hours from 鼓楼 at 14:00 gives a walk that ends within the 2 hours, every stop
 * open when it is reached, each with its arrival and leave time, which the visitor can then change.
 */
import { expect, test, type Page } from './test.ts';
import { isPhone, openApp, openSheet } from './app.ts';

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

async function walksTab(page: Page) {
  await openSheet(page);
  await page.locator('song-app .tabs button', { hasText: /Walks|步道/ }).click();
}

const T = {
  zh: {
    budget: '2 小时',
    from: '从这里出发',
    time: '出发时间',
    submit: '规划步道',
    start: '鼓楼（南宋朝天门址）',
  },
  en: {
    budget: '2 h',
    from: 'Starting from',
    time: 'Set off at',
    submit: 'Plan the walk',
    start: 'Drum Tower (site of the Song Chaotian Gate)',
  },
};

for (const lang of ['zh', 'en'] as const) {
  test(`two hours from the Drum Tower at 14:00: a walk that fits, every stop open on arrival (${lang})`, async ({
    page,
  }, info) => {
    // The tests' instant is a Friday: the 德寿宫 museum is open 09:30–17:00.
    await openApp(page, `#lang=${lang}`);
    await walksTab(page);
    const form = page.locator('time-plan-form');
    await form.getByLabel(T[lang].budget).check();
    await form.getByLabel(T[lang].from).selectOption({ label: T[lang].start });
    await form.getByLabel(T[lang].time).fill('14:00');
    await page.screenshot({
      path: info.outputPath(`form-${lang}-${isPhone(page) ? 'phone' : 'desktop'}.png`),
    });
    await form.getByRole('button', { name: T[lang].submit }).click();

    const panel = page.locator('walk-panel');
    await expect(panel.locator('h2')).toBeFocused();
    await expect(page).toHaveURL(/walk=mine&stops=gulou,/);
    const stops = panel.locator('li.stop');
    expect(await stops.count()).toBeGreaterThan(2);
    await expect(stops.first()).toHaveAttribute('data-id', 'gulou');
    await expect(panel.getByLabel(T[lang].time)).toHaveValue('14:00');
    // Every stop has its times, none is flagged, and the walk ends within two hours.
    await expect(panel.locator('.times')).toHaveCount(await stops.count());
    await expect(panel.locator('.hours-warning')).toHaveCount(0);
    const end = (await panel.getByTestId('walk-ends').innerText()).match(/\d{2}:\d{2}/)![0];
    expect(minutes(end)).toBeLessThanOrEqual(minutes('16:00'));
    await expect(panel.locator('p.status')).toContainText(end);
    await page.screenshot({
      path: info.outputPath(`plan-${lang}-${isPhone(page) ? 'phone' : 'desktop'}.png`),
    });
  });
}
