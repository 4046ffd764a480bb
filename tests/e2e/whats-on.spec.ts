/**
 * What's on as a whole: the list, the calendar and the map showing the same events, the venue card and the
 * event pointing at each other, share links and a walk timed to an event. The clock is fixed (Date only;
 * timers run, so the map still draws) to a moment inside the sample schedule.
 */
import { expect, test, type Page } from './test.ts';
import { MAP, isPhone, openApp, openSheet } from './app.ts';
import type { HeritageMap } from '../../src/map/heritage-map.ts';

// Saturday 9 January 2027, 19:00 in Hangzhou: the sample lantern procession (18:30–19:30) is half-way along
// its route, the weekend market has closed, and the Deshou exhibition is open.
const EVENING = '2027-01-09T19:00:00+08:00';
const PROCESSION = 'hefang-lantern-procession';

async function whatsOn(page: Page) {
  await openSheet(page);
  await page.locator('song-app .tabs button').nth(2).click();
  await expect(page.locator('event-list')).toBeVisible();
}

/** Event ids the map has been handed (points only), and the position of one of them. */
async function mapEvents(page: Page) {
  return page.locator(MAP).evaluate((el) => {
    const events = (el as HeritageMap).events?.features ?? [];
    return events
      .filter((f) => f.geometry.type === 'Point')
      .map((f) => ({
        id: f.properties.event,
        at: f.geometry.coordinates as number[],
        state: f.properties.state,
      }));
  });
}

for (const lang of ['zh', 'en'] as const) {
  test(`list, calendar and map show the same events (${lang})`, async ({ page }) => {
    // Many steps, each waiting on software-rendered map frames.
    test.setTimeout(120_000);
    await page.clock.setFixedTime(new Date(EVENING));
    await openApp(page, `#lang=${lang}`);
    await whatsOn(page);
    const list = page.locator('event-list');

    // Organisers find their way in from here.
    await expect(page.locator('song-app p.organizers a')).toHaveAttribute(
      'href',
      `organize.html#lang=${lang}`,
    );

    // The list's "all" view and the map: one point per listed event.
    await expect.poll(async () => (await mapEvents(page)).length).toBeGreaterThan(2);
    const listedIds = await list
      .locator('li.occ')
      .evaluateAll((items) => [...new Set(items.map((li) => li.dataset.occurrence!.split('@')[0]))]);
    const shown = await mapEvents(page);
    expect(new Set(shown.map((e) => e.id))).toEqual(new Set(listedIds));

    // The procession is drawn where it is now, between the start and the end of its route, and marked on now.
    const procession = shown.find((e) => e.id === PROCESSION)!;
    expect(procession.state).toBe('now');
    expect(procession.at[0]).toBeGreaterThan(120.162129);
    expect(procession.at[0]).toBeLessThan(120.167456);

    // Month view: the 9th is marked and names its events; choosing it opens that day.
    await list.locator('.views button[data-view="month"]').click();
    const calendar = list.locator('event-calendar');
    const ninth = calendar.locator('td[data-date="2027-01-09"] button');
    await expect(ninth).toHaveAttribute('aria-current', 'date');
    await expect(ninth).toHaveAccessibleName(
      lang === 'zh' ? /^1月9日星期六：\d+ 场活动/ : /^Saturday 9 January: \d+ events?/,
    );
    await ninth.click();
    await expect(list.locator('.views button[data-view="day"]')).toHaveAttribute('aria-pressed', 'true');
    const dayItems = list.locator('li.occ');
    await expect(dayItems.first()).toBeVisible();
    const dayIds = await dayItems.evaluateAll((items) => [
      ...new Set(items.map((li) => li.dataset.occurrence!.split('@')[0])),
    ]);
    expect(dayIds).toContain(PROCESSION);
    await expect.poll(async () => new Set((await mapEvents(page)).map((e) => e.id))).toEqual(new Set(dayIds));

    // Week view lists the same day with its times.
    await list.locator('.views button[data-view="week"]').click();
    await expect(calendar.locator('li.week-day[data-date="2027-01-09"] li').first()).toBeVisible();

    // Choosing the event on the map opens it in the list, selected, and puts it in the link.
    await list.locator('.views button[data-view="list"]').click();
    if (isPhone(page)) await page.locator('song-app .sheet-toggle').click();
    await page.locator(MAP).evaluate((el) => (el as HeritageMap).ready);
    let at: { x: number; y: number } | undefined;
    // On a phone the sheet slides away: wait until the map, not the sheet, is under the event's point.
    await expect
      .poll(async () => {
        at = await page
          .locator(MAP)
          .evaluate((el, id) => (el as HeritageMap).eventOnScreen(id), 'deshou-winter-exhibition');
        return page.evaluate(
          (p) => p && document.querySelector('song-app')!.shadowRoot!.elementFromPoint(p.x, p.y)?.tagName,
          at,
        );
      })
      .toBe('HERITAGE-MAP');
    at = await page
      .locator(MAP)
      .evaluate((el, id) => (el as HeritageMap).eventOnScreen(id), 'deshou-winter-exhibition');
    expect(at).toBeDefined();
    await page.mouse.click(at!.x, at!.y);
    await expect(list.locator('li.occ.selected')).toHaveAttribute(
      'data-occurrence',
      /^deshou-winter-exhibition@/,
    );
    await expect(page).toHaveURL(/event=deshou-winter-exhibition%40|event=deshou-winter-exhibition@/);
  });

  test(`a venue's card lists its events and opens them in What's on (${lang})`, async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-04T12:00:00+08:00'));
    await openApp(page, `#lang=${lang}&place=fangxiang-wangxian-ge`);
    const card = page.locator('place-card');
    const first = card.locator('section.events button.event').first();
    await expect(first).toContainText(lang === 'zh' ? '东坡' : 'Dongpo');
    await first.click();
    await expect(page.locator('song-app .tabs button').nth(2)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('event-list li.occ.selected')).toHaveAttribute(
      'data-occurrence',
      'dongpo-five-flavours@2026-12-04T19:30',
    );
    // And back: the event's venue opens the card again.
    await page.locator('event-list li.occ.selected button.venue').click();
    await expect(page.locator('place-card h2')).toContainText(lang === 'zh' ? '望仙阁' : 'Wangxian');
  });
}

for (const lang of ['zh', 'en'] as const) {
  test(`a shared What's on link opens that view, not a list left loading (${lang})`, async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-04T12:00:00+08:00'));
    await openApp(page, `#lang=${lang}&ev=month:all&evday=2027-01-09`);
    const list = page.locator('event-list');
    await expect(list.locator('.views button[data-view="month"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(list.locator('event-calendar .nav h3')).toHaveText(
      lang === 'zh' ? '2027 年 1 月' : 'January 2027',
    );
    await expect(list.locator('event-calendar td[data-date="2027-01-09"] button')).toHaveAccessibleName(
      lang === 'zh' ? /^1月9日星期六：\d+ 场活动/ : /^Saturday 9 January: \d+ events?/,
    );
  });
}

test('a shared event link opens that event, and a link to an ended one says so', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-04T12:00:00+08:00'));
  await openApp(page, '#lang=en&event=gulou-guqin-yaji@2026-12-20T19:00');
  const selected = page.locator('event-list li.occ.selected');
  await expect(selected).toHaveAttribute('data-occurrence', 'gulou-guqin-yaji@2026-12-20T19:00');
  await expect(selected.locator('.badge.cancelled')).toBeVisible();
  await expect(selected.locator('details')).toHaveAttribute('open', '');
  // It belongs to a festival season, and says so.
  await expect(selected.locator('details')).toContainText('Part of: Qinghefang gathering season (sample)');

  await page.goto('/#lang=en&event=gulou-guqin-yaji@2025-01-01T19:00');
  await page.reload();
  await expect(page.locator('song-app p.problem[role="alert"]')).toContainText('has ended');
});

test('sharing copies a link that opens the same event', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.setFixedTime(new Date('2026-12-04T12:00:00+08:00'));
  await openApp(page, '#lang=zh');
  await whatsOn(page);
  const item = page.locator('event-list li.occ', { hasText: '东坡' }).first();
  const key = await item.getAttribute('data-occurrence');
  await item.locator('button.share').click();
  // A phone would open the system share sheet; Chromium here has none on desktop, so the link is copied.
  if (!isPhone(page)) {
    await expect(page.locator('song-app .event-message')).toHaveText('链接已复制');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain(`event=${key}`);
    await page.goto(link);
    await expect(page.locator('event-list li.occ.selected')).toHaveAttribute('data-occurrence', key!);
  }
});

test('adding an event to the walk says when to set off to be there on time', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-04T12:00:00+08:00'));
  // A walk that ends at the Wangxian Pavilion, where the sample Dongpo show starts at 19:30.
  await openApp(page, '#lang=en&walk=mine&stops=gulou,fangxiang-wangxian-ge');
  await openSheet(page);
  await page.locator('song-app .tabs button').nth(2).click();
  const show = page.locator('event-list li.occ', { hasText: 'Dongpo' }).first();
  await show.locator('button.walk').click();
  await page.locator('song-app .tabs button').nth(1).click();
  const note = page.locator('walk-panel [data-testid="walk-appointment"]');
  await expect(note).toContainText('19:30');
  await expect(note).toContainText(/Set off from stop 1, .*, by \d{2}:\d{2}/);
  const leave = (await note.textContent())!.match(/by (\d{2}):(\d{2})/)!;
  // The walk from the Drum Tower is a few hundred metres plus a visit: leave between 18:30 and 19:25.
  const minutes = Number(leave[1]) * 60 + Number(leave[2]);
  expect(minutes).toBeGreaterThanOrEqual(18 * 60 + 30);
  expect(minutes).toBeLessThan(19 * 60 + 25);
  await expect(page).toHaveURL(/at=dongpo-five-flavours@2026-12-04T19:30/);
});

test('a date range with its end before its start keeps the dates and says what it shows', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-12-04T12:00:00+08:00'));
  await openApp(page, '#lang=en');
  await whatsOn(page);
  const list = page.locator('event-list');
  await list.locator('select').first().selectOption('range');
  await list.locator('input.from').fill('2026-12-12');
  await list.locator('input.to').fill('2026-12-10');
  await expect(list.locator('p.problem')).toContainText('end date is before the start');
  await expect(list.locator('input.from')).toHaveValue('2026-12-12');
  await expect(list.locator('input.to')).toHaveValue('2026-12-10');
  for (const key of await list.locator('li.occ').evaluateAll((li) => li.map((x) => x.dataset.occurrence!)))
    expect(key.includes('2026-12-12') || key.startsWith('deshou') || key.startsWith('qinghefang')).toBe(true);
});
