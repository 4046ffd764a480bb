/**
 * What's on offers to subscribe a calendar app to the events: the whole calendar, and the one cut to the
 * chosen category, each as a webcal: link and as an https address that serves iCalendar.
 */
import { expect, test, type Page } from './test.ts';
import { isPhone, openApp, openSheet } from './app.ts';

const T = {
  zh: {
    title: '订阅活动日历',
    inApp: '用日历应用订阅',
    https: '日历链接（https）',
    filtered: '当前筛选：展览',
  },
  en: {
    title: 'Subscribe to the events calendar',
    inApp: 'Subscribe in a calendar app',
    https: 'Calendar link (https)',
    filtered: 'This selection: Exhibition',
  },
};

async function whatsOn(page: Page) {
  await openSheet(page);
  await page.locator('song-app .tabs button').nth(2).click();
  await expect(page.locator('event-list')).toBeVisible();
}

const vevents = (ics: string) => ics.match(/^BEGIN:VEVENT\r?$/gm)?.length ?? 0;

for (const lang of ['zh', 'en'] as const) {
  test(`What's on links a calendar subscription, whole and filtered by category (${lang})`, async ({
    page,
    request,
  }, info) => {
    await openApp(page, `#lang=${lang}`);
    await whatsOn(page);
    const box = page.locator('calendar-subscribe');
    await expect(box.getByRole('heading', { name: T[lang].title })).toBeVisible();
    const items = box.locator('li');
    await expect(items).toHaveCount(1);
    const webcal = await items.first().getByRole('link', { name: T[lang].inApp }).getAttribute('href');
    const https = await items.first().getByRole('link', { name: T[lang].https }).getAttribute('href');
    // The events service is the feed here: its calendar, on this page's host.
    const origin = new URL(page.url());
    expect(webcal).toBe(`webcal://${origin.host}/api/events.ics`);
    expect(https).toBe(`${origin.origin}/api/events.ics`);
    const all = await (await request.get(https!)).text();
    expect(all).toMatch(/^BEGIN:VCALENDAR\r?\n/);

    // Choosing a category adds a second link holding only that category.
    const list = page.locator('event-list');
    const more = list.locator('details.more-filters');
    if ((await more.getAttribute('open')) === null) await more.locator('summary').click();
    await list.locator('select.category').selectOption('exhibition');
    await expect(items).toHaveCount(2);
    await expect(items.nth(1)).toContainText(T[lang].filtered);
    const cut = await items.nth(1).getByRole('link', { name: T[lang].https }).getAttribute('href');
    expect(cut).toBe(`${origin.origin}/api/events.ics?category=exhibition`);
    const filtered = await (await request.get(cut!)).text();
    expect(vevents(filtered)).toBeGreaterThan(0);
    expect(vevents(filtered)).toBeLessThan(vevents(all));
    await expect(items.nth(1).getByRole('link', { name: T[lang].inApp })).toHaveAttribute(
      'href',
      `webcal://${origin.host}/api/events.ics?category=exhibition`,
    );
    await box.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: info.outputPath(`subscribe-${lang}-${isPhone(page) ? 'phone' : 'desktop'}.png`),
    });
  });
}
