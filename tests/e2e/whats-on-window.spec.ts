/**
 * What's on reads the events service a window at a time (src/listings/feed-window.ts): the app first asks
 * for 92 days, and for later days only when the visitor looks at them. Against a real events server with
 * one approved event 150 days ahead (organizer-server.ts).
 */
import { expect, test } from './test.ts';
import { hangzhouDay } from './clock.ts';
import {
  Session,
  moderator,
  organizer,
  startServer,
  validEvent,
  type TestServer,
} from './organizer-server.ts';
import { guard } from './page-guard.ts';
import { isPhone } from './app.ts';

let server: TestServer;
let base: string;
const DAY = hangzhouDay(150);

test.beforeAll(async () => {
  const phone = test.info().project.name === 'phone';
  server = await startServer(Number(process.env.E2E_PORT ?? 4173) + (phone ? 14 : 15));
  base = server.baseURL;
  const admin = await Session.admin(base);
  const org = await organizer(base, admin);
  const event = validEvent('far-ahead-yaji', { zh: '五月宋韵雅集', en: 'May Song gathering' }, 150);
  await org.session.send('POST', '/api/my/events', { event, submit: true });
  const mod = await moderator(base, admin);
  const item = (await mod.session.get('/api/moderation/queue')).find(
    (q: { id: string }) => q.id === event.id,
  );
  await mod.session.send('POST', `/api/moderation/events/${event.id}/approve`, {
    revision: item.revision,
    content_hash: item.content_hash,
  });
});

test.afterAll(async () => {
  await server?.stop();
});

for (const lang of ['zh', 'en'] as const) {
  const title = lang === 'zh' ? '五月宋韵雅集' : 'May Song gathering';

  test(`${lang}: the first request covers 92 days; a day five months on is fetched when it is shown`, async ({
    page,
  }) => {
    const check = guard(page);
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/events?')) asked.push(new URL(r.url()).search);
    });
    await page.goto(`${base}/#lang=${lang}`);
    if (isPhone(page)) await page.locator('song-app .sheet-toggle').click();
    await page.locator('song-app .tabs button').nth(2).click();
    await expect(page.locator('event-list')).toBeVisible();
    await expect.poll(() => asked[0]).toBe(`?from=${hangzhouDay(0)}&to=${hangzhouDay(91)}`);

    await page.goto(`${base}/#lang=${lang}&ev=day&evday=${DAY}`);
    await expect(page.locator('event-list li.occ', { hasText: title })).toHaveCount(1);
    // Only what was shown was asked for: no request ran past the shown day's window.
    const windows = asked.slice(1).map((q) => [...new URLSearchParams(q).values()]);
    expect(windows.some(([from, to]) => from <= DAY && DAY <= to)).toBe(true);
    expect(windows.every(([from]) => from > hangzhouDay(91))).toBe(true);
    await page.screenshot({ path: `/tmp/window-${lang}-${test.info().project.name}.png` });
    await check();
  });

  test(`${lang}: a link to an occurrence beyond the first window opens it`, async ({ page }) => {
    const check = guard(page);
    await page.goto(`${base}/#lang=${lang}&event=far-ahead-yaji@${DAY}T19:30`);
    await expect(page.locator('event-list li.occ', { hasText: title })).toHaveCount(1);
    await expect(page.locator('song-app p.problem')).toHaveCount(0);
    await check();
  });
}
