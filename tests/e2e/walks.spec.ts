import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './test.ts';
import { isPhone, openApp, openSheet, rendered } from './app.ts';

async function walksTab(page: Page) {
  await openSheet(page);
  await page.locator('song-app .tabs button', { hasText: /Walks|步道/ }).click();
}

test('a curated walk draws its route and numbered stops, with directions, in English and Chinese', async ({
  page,
}) => {
  await openApp(page, '#lang=en');
  await walksTab(page);
  await page.locator('walk-list button[data-walk="qinghefang-shops"]').click();
  const panel = page.locator('walk-panel');
  await expect(panel.locator('h2')).toHaveText('The old shops of Qinghefang');
  await expect(panel.getByTestId('walk-totals')).toContainText(/\d\.\d km · about/);
  await expect(panel.locator('li.leg').first()).toContainText(/Walk \d+ m along /);
  await expect(page).toHaveURL(/walk=qinghefang-shops/);
  await expect.poll(async () => (await rendered(page, ['walk-line', 'walk-stop'])).length).toBeGreaterThan(3);
  await page.locator('song-app button.lang').click();
  await expect(panel.locator('h2')).toHaveText('清河坊老字号');
  await expect(panel.locator('li.leg').first()).toContainText(/沿.+步行 \d+ 米/);
});

test('building a walk from three places, reordering it by keyboard, and reopening it from the link', async ({
  page,
}) => {
  await openApp(page, '#lang=en');
  await openSheet(page);
  for (const id of ['wushan-square', 'deshou-museum', 'huqingyutang']) {
    await page.locator(`place-list button[data-add="${id}"]`).click();
  }
  await expect(page).toHaveURL(/walk=mine&stops=wushan-square,deshou-museum,huqingyutang/);
  // Adding keeps the visitor in the list; the walk waits in the Walks tab.
  await page.locator('song-app .tabs button', { hasText: 'Walks (3)' }).click();
  const panel = page.locator('walk-panel');
  await expect(panel.getByTestId('walk-totals')).toContainText('3 stops');
  await expect(panel.locator('li.stop')).toHaveCount(3);
  // Move Hu Qing Yu Tang up by keyboard: it lies between the other two.
  await panel.getByRole('button', { name: /^Move “Hu Qing Yu Tang.*” up$/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/stops=wushan-square,huqingyutang,deshou-museum/);
  await expect.poll(async () => (await rendered(page, ['walk-line'])).length).toBeGreaterThan(0);
  const totals = await panel.getByTestId('walk-totals').textContent();

  await page.reload();
  await expect(page.locator('walk-panel li.stop')).toHaveCount(3);
  await expect(page.locator('walk-panel').getByTestId('walk-totals')).toHaveText(totals!);
  await expect(page.locator('walk-panel select').first()).toBeVisible();
});

test('best order reorders a zig-zag walk, keeping its first and last stops', async ({ page }) => {
  await openApp(page, '#lang=en&walk=mine&stops=wushan-square,deshou-museum,huqingyutang,gulou');
  await openSheet(page);
  const panel = page.locator('walk-panel');
  await expect(panel.getByTestId('walk-totals')).toContainText('4 stops');
  const before = Number((await panel.getByTestId('walk-totals').textContent())!.match(/([\d.]+) km/)![1]);
  await panel.getByRole('button', { name: 'Best order' }).click();
  await expect(page).toHaveURL(/stops=wushan-square,huqingyutang,deshou-museum,gulou/);
  await expect
    .poll(async () =>
      Number((await panel.getByTestId('walk-totals').textContent())!.match(/([\d.]+) km/)![1]),
    )
    .toBeLessThan(before);
});

test('the step-free profile is chosen from the panel and kept in the link', async ({ page }) => {
  await openApp(page, '#lang=zh&walk=mine&stops=gulou,fangxiang-taimiao-site');
  await openSheet(page);
  await page.locator('walk-panel select').first().selectOption('step-free');
  await expect(page).toHaveURL(/profile=step-free/);
  await expect(page.locator('walk-panel')).toContainText('全程无台阶');
});

test('a walk downloads as GPX that parses, with a track and one waypoint per stop', async ({ page }) => {
  await openApp(page, '#lang=en&walk=imperial-street');
  await openSheet(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('walk-panel').getByRole('button', { name: 'Download GPX' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('imperial-street.gpx');
  const xml = readFileSync((await download.path())!, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      waypoints: [...doc.querySelectorAll('wpt name')].map((n) => n.textContent),
      points: doc.querySelectorAll('trkpt').length,
    };
  }, xml);
  expect(parsed.error).toBeNull();
  expect(parsed.waypoints).toHaveLength(5);
  expect(parsed.waypoints[0]).toMatch(/^1\. Hening Gate/);
  expect(parsed.points).toBeGreaterThan(10);
});

test('printing a walk puts the map and the itinerary on the page', async ({ page }, info) => {
  test.skip(isPhone(page), 'printing is checked once, at desktop size');
  // Headless Chromium would start a real print job; record the call instead.
  await page.addInitScript(() => {
    window.print = () => {
      (window as { printed?: boolean }).printed = true;
    };
  });
  await openApp(page, '#lang=zh&walk=deshou-fangxiang');
  await page.locator('walk-panel').getByRole('button', { name: '打印行程' }).click();
  await expect.poll(() => page.evaluate(() => (window as { printed?: boolean }).printed)).toBe(true);
  await expect(page.locator('song-app img.print-map')).toHaveAttribute('src', /^data:image\/png;base64,/);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('song-app img.print-map')).toBeVisible();
  await expect(page.locator('heritage-map')).toBeHidden();
  await expect(page.locator('walk-panel li.stop')).toHaveCount(5);
  await page.pdf({ path: info.outputPath('itinerary-zh.pdf'), format: 'A4' });
});

test('a walk opened from further down the list starts at its title, not where the list was scrolled', async ({
  page,
}) => {
  await openApp(page, '#lang=zh');
  await walksTab(page);
  // The last curated walk: reaching it scrolls the sheet (on a phone) down the list.
  const last = page.locator('walk-list button[data-walk]').last();
  await last.scrollIntoViewIfNeeded();
  await last.click();
  const title = page.locator('walk-panel h2');
  await expect(title).toBeFocused();
  await expect(title).toBeInViewport({ ratio: 1 });
});

test('directions say where to turn and which side the next stop is on, in Chinese and English', async ({
  page,
}, info) => {
  await openApp(page, '#lang=en&walk=hundred-lanes');
  await openSheet(page);
  const legs = page.locator('walk-panel li.leg');
  await expect(legs.first()).toBeVisible();
  await expect(
    legs.locator('li', { hasText: /^(Turn (left|right) onto|Continue straight on)/ }).first(),
  ).toBeVisible();
  await expect(legs.first().locator('li.arrive')).toHaveText(
    /^Arrive: .+ is (on your (left|right)|straight ahead)$/,
  );
  await legs.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath(`turns-en-${isPhone(page) ? 'phone' : 'desktop'}.png`) });
  await page.locator('song-app button.lang').click();
  await expect(legs.locator('li', { hasText: /^(左转|右转|直行)，/ }).first()).toBeVisible();
  await expect(legs.first().locator('li.arrive')).toHaveText(/^到达：.+(在(左|右)手边|就在前方)$/);
});

test('a turn is named at a landmark beside it, and English gives the street’s characters too', async ({
  page,
}, info) => {
  await openApp(page, '#lang=en&walk=imperial-street');
  await openSheet(page);
  const steps = page.locator('walk-panel li.leg li');
  const atLandmark = steps.filter({
    hasText: /^At [^,]+, (turn (left|right) onto|continue straight on along) /,
  });
  await expect(atLandmark.first()).toBeVisible();
  await expect(steps.filter({ hasText: /[A-Z][a-z]+ \S+ \([\u4e00-\u9fff]+\)/ }).first()).toBeVisible();
  await atLandmark.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath(`landmark-en-${isPhone(page) ? 'phone' : 'desktop'}.png`) });
  await page.locator('song-app button.lang').click();
  await expect(steps.filter({ hasText: /^在.+(左转|右转|直行)，/ }).first()).toBeVisible();
  await page.screenshot({ path: info.outputPath(`landmark-zh-${isPhone(page) ? 'phone' : 'desktop'}.png`) });
});
