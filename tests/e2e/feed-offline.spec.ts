/**
 * What's on without a connection: the app shows the feed it last fetched from the events service, says when
 * it fetched it, and never swaps in the feed built with the app (which, in the tests, holds the demo samples).
 * The service is made unreachable for `api/events` only (the request fails as it does offline), so the rest of
 * the app still loads without a service worker.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './test.ts';
import { openApp, openSheet } from './app.ts';

const LIVE = readFileSync('tests/fixtures/feeds/live.json', 'utf8');
const TITLE = { zh: '测试用线上活动（虚构）', en: 'Fixture event from the service (fictional)' };
const SAMPLE = { zh: '东坡的五味人生（示例）', en: 'The Five Flavours of Su Dongpo (sample)' };
const FETCHED = { zh: /12月4日.*12:00/, en: /4 December.*12:00/ };

async function whatsOn(page: Page) {
  await openSheet(page);
  await page.locator('song-app .tabs button').nth(2).click();
  await expect(page.locator('event-list')).toBeVisible();
}

const serviceUp = (page: Page) =>
  page.route('**/api/events?**', (r) => r.fulfill({ body: LIVE, contentType: 'application/json' }));
const serviceDown = (page: Page) => page.route('**/api/events?**', (r) => r.abort('internetdisconnected'));

for (const lang of ['zh', 'en'] as const) {
  test(`offline, What's on shows the service's last feed with its time, not the samples (${lang})`, async ({
    page,
  }) => {
    await serviceUp(page);
    await openApp(page, `#lang=${lang}`);
    await whatsOn(page);
    const list = page.locator('event-list');
    await expect(list.getByText(TITLE[lang]).first()).toBeVisible();
    await expect(list.locator('.offline-copy')).toHaveCount(0);

    await page.unrouteAll();
    await serviceDown(page);
    await page.reload();
    await expect(page.locator('heritage-map[data-state="idle"]')).toBeAttached();
    await whatsOn(page);
    await expect(list.locator('.offline-copy')).toHaveText(FETCHED[lang]);
    await expect(list.getByText(TITLE[lang]).first()).toBeVisible();
    await expect(list.getByText(SAMPLE[lang])).toHaveCount(0);
    await expect(list.locator('p.sample:not(.offline-copy)')).toHaveCount(0);
  });

  test(`offline with nothing kept, What's on says how to have it offline (${lang})`, async ({ page }) => {
    await serviceDown(page);
    await page.route('**/data/feed/**', (r) => r.abort('internetdisconnected'));
    await openApp(page, `#lang=${lang}`);
    await openSheet(page);
    await page.locator('song-app .tabs button').nth(2).click();
    await expect(page.locator('song-app [role="alert"]')).toContainText(
      lang === 'zh' ? '本设备上还没有保存的活动信息' : 'no events are saved on this device yet',
    );
  });

  test(`offline with nothing kept, What's on shows the feed built with the app, read a month at a time (${lang})`, async ({
    page,
  }) => {
    await serviceDown(page);
    const months: string[] = [];
    page.on('request', (r) => {
      const m = /\/data\/feed\/(\d{4}-\d{2})\.json$/.exec(r.url());
      if (m) months.push(m[1]);
    });
    await openApp(page, `#lang=${lang}`);
    await whatsOn(page);
    const list = page.locator('event-list');
    await expect(list.getByText(SAMPLE[lang]).first()).toBeVisible();
    await expect(list.locator('.offline-copy')).toBeVisible();
    // The first window (4 December to 5 March) touches these months and no later one.
    expect([...new Set(months)].every((m) => m <= '2027-03')).toBe(true);
    expect(months).toContain('2026-12');
  });

  test(`with no event listed at all, What's on says so rather than blaming the filters (${lang})`, async ({
    page,
  }) => {
    const empty = {
      version: 1,
      time_zone: 'Asia/Shanghai',
      utc_offset: '+08:00',
      sample_only: false,
      events: [],
    };
    await page.route('**/api/events?**', (r) => r.fulfill({ json: empty }));
    await openApp(page, `#lang=${lang}`);
    await whatsOn(page);
    await expect(page.locator('event-list .empty')).toHaveText(
      lang === 'zh' ? /目前还没有登记的活动/ : /No events are listed yet/,
    );
  });
}
