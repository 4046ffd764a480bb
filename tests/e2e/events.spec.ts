import { expect, test, type Page } from './test.ts';
import { openApp, openSheet } from './app.ts';

async function whatsOn(page: Page) {
  await openSheet(page);
  await page.locator('song-app .tabs button').nth(2).click();
}

test('What’s on lists the sample events, says they are samples, in Chinese and English', async ({ page }) => {
  await openApp(page, '#lang=zh');
  await whatsOn(page);
  const list = page.locator('event-list');
  await expect(list.locator('p.sample')).toContainText('并非真实日程');
  await expect(list.locator('li.occ').first()).toContainText('示例');
  await page.locator('song-app button.lang').click();
  await expect(list.locator('p.sample')).toContainText('not a real schedule');
  await expect(list.locator('li.occ', { hasText: 'Su Dongpo' }).first()).toBeVisible();
});

test('filters narrow the list, and a cancelled event stays listed and marked', async ({ page }) => {
  await openApp(page, '#lang=en');
  await whatsOn(page);
  const list = page.locator('event-list');
  const all = await list.locator('li.occ').count();
  // On a phone the filters beyond the date are folded away.
  const more = list.locator('details.more-filters');
  if ((await more.getAttribute('open')) === null) await more.locator('summary').click();
  await list.locator('select.category').selectOption('exhibition');
  await expect(list.locator('li.occ')).not.toHaveCount(all);
  for (const text of await list.locator('li.occ .meta').first().allTextContents())
    expect(text).toContain('Exhibition');
  await list.locator('select.category').selectOption('');
  await expect(list.locator('li.occ.cancelled .badge.cancelled').first()).toHaveText('Cancelled');
});

test('an event’s calendar file downloads and is iCalendar', async ({ page, request }) => {
  await openApp(page, '#lang=en');
  await whatsOn(page);
  const link = page.locator('event-list li.occ .actions a').first();
  const href = await link.getAttribute('href');
  // Beside the feed it came from: the events service (api/) or the static build (data/).
  expect(href).toMatch(/^(api|data)\/events\/[a-z0-9-]+\.ics$/);
  const ics = await (await request.get(`/${href}`)).text();
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
  expect(ics).toContain('TZID=Asia/Shanghai');
});

test('choosing an event’s venue opens the place card', async ({ page }) => {
  await openApp(page, '#lang=en');
  await whatsOn(page);
  await page.locator('event-list li.occ', { hasText: 'Su Dongpo' }).first().locator('button.venue').click();
  await expect(page.locator('place-card h2')).toContainText('Wangxian Pavilion');
});

// 50 hostile strings in event titles and descriptions: none may run, all must show as text.
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1">',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '"><script>window.__xss=1</script>',
  "'><img src=x onerror=window.__xss=1>",
  '<body onload=window.__xss=1>',
  '<a href="javascript:window.__xss=1">x</a>',
  '<details open ontoggle=window.__xss=1>',
  '<math><mtext><img src=x onerror=window.__xss=1>',
].flatMap((p, i) => [p, p.toUpperCase(), `${i}${p}${i}`, encodeURI(p), p.replace(/ /g, '/')]);

test(`${PAYLOADS.length} XSS payloads in event text never execute and show as text`, async ({ page }) => {
  expect(PAYLOADS).toHaveLength(50);
  // The app reads the events service's feed when it is there (api/events), the static file otherwise.
  await page.route(/\/(data\/events\.json|api\/events(\?[^/]*)?)$/, async (route) => {
    const res = await route.fetch();
    const json = await res.json();
    const template = json.events[0];
    json.events = PAYLOADS.map((p, i) => ({
      ...template,
      id: `xss-${i}`,
      title_en: p,
      description_en: p,
      parent: undefined,
    }));
    await route.fulfill({ response: res, json });
  });
  await openApp(page, '#lang=en');
  await whatsOn(page);
  const list = page.locator('event-list');
  await expect(list.locator('li.occ .title', { hasText: PAYLOADS[0] }).first()).toBeVisible();
  await list.locator('details summary').first().click();
  await expect(list.locator('li.occ img, li.occ script, li.occ svg, li.occ iframe')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
});
