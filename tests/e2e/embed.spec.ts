/**
 * The embeddable listing in a browser: a troupe's own website (another origin, served by page.route) frames
 * GET /embed/events of the real events server and shows the troupe's approved events, nothing else; an item
 * opens the event in the app in the whole window. And the organizer's page offers the <iframe> code to copy.
 * In Chinese and English, at phone and desktop size.
 */
import { createServer, type Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './test.ts';
import {
  Session,
  moderator,
  organizer,
  startServer,
  validEvent,
  type TestServer,
} from './organizer-server.ts';
import { EMBED_STRINGS } from '../../src/organizer/model/embed-snippet.ts';
import { PASSWORD } from './organizer-server.ts';

const HOSTILE = `<img src=x onerror="window.__xss=1">"><script>window.__xss=1</script>`;
/**
 * The troupe's own website: another origin than the events server (another port on loopback; Chromium
 * blocks a public origin from framing a loopback one, as it should).
 */
let site: Server;
let siteUrl: string;

let server: TestServer;
let base: string;
let orgId: number;
let organizerEmail: string;

test.beforeAll(async () => {
  const phone = test.info().project.name === 'phone';
  const port = Number(process.env.E2E_PORT ?? 4173) + (phone ? 37 : 38);
  server = await startServer(port);
  base = server.baseURL;
  site = createServer((req, res) => {
    const lang = req.url === '/en' ? 'en' : 'zh';
    const code = `<iframe src="${base}/embed/events?organization=${orgId}&lang=${lang}" title="events" width="100%" height="420" style="border:0"></iframe>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="${lang}"><meta name="viewport" content="width=device-width"><title>Troupe</title><body style="font-family:serif;background:#eef;margin:16px"><h1>Our troupe</h1><p>Come and see us.</p>${code}<p>Footer of the troupe's site</p></body></html>`,
    );
  });
  await new Promise<void>((done) => site.listen(port + 2, '127.0.0.1', done));
  siteUrl = `http://127.0.0.1:${port + 2}`;
  const admin = await Session.admin(base);
  const org = await organizer(base, admin, 'Embed Troupe');
  orgId = org.organization.id;
  organizerEmail = org.email;
  const other = await organizer(base, admin, 'Other Troupe');
  const mod = await moderator(base, admin);
  const approve = async (s: Session, event: ReturnType<typeof validEvent>) => {
    const created = await s.send('POST', '/api/my/events', { event, submit: true });
    await mod.session.send('POST', `/api/moderation/events/${event.id}/approve`, {
      revision: created.working.revision,
      content_hash: created.working.content_hash,
    });
  };
  await approve(org.session, validEvent('embed-tea', { zh: '宋韵点茶雅集', en: 'Song tea gathering' }, 1));
  await approve(org.session, validEvent('embed-hostile', { zh: `${HOSTILE} 中`, en: `${HOSTILE} en` }, 3));
  await approve(
    other.session,
    validEvent('embed-other', { zh: '别家的活动', en: 'Another troupe’s event' }, 2),
  );
  await org.session.send('POST', '/api/my/events', {
    event: validEvent('embed-pending', { zh: '待审核活动', en: 'Pending event' }, 4),
    submit: true,
  });
});

test.afterAll(async () => {
  await server?.stop();
  await new Promise((done) => site?.close(done));
});

/** Opens the troupe's page with the embed code in `lang`, as an organizer would paste it. */
async function troupePage(page: Page, lang: 'zh' | 'en') {
  await page.goto(`${siteUrl}/${lang}`);
  return page.frameLocator('iframe');
}

async function axe(page: Page) {
  const r = await new AxeBuilder({ page }).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

const WORDS = {
  zh: { heading: '测试剧社 · 近期活动', title: '宋韵点茶雅集', when: '明天 · 12月5日周六 19:30–21:00' },
  en: {
    heading: 'Embed Troupe · Upcoming events',
    title: 'Song tea gathering',
    when: 'Tomorrow · Sat 5 Dec 19:30–21:00',
  },
};

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: another site frames the troupe's approved events, escaped, and an item opens the event in the app`, async ({
    page,
  }, info) => {
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused/i.test(m.text())) refused.push(m.text());
    });
    const frame = await troupePage(page, lang);
    const w = WORDS[lang];
    await expect(frame.locator('h1')).toHaveText(w.heading);
    const items = frame.locator('li');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0).locator('.title')).toHaveText(w.title);
    await expect(items.nth(0).locator('.when')).toHaveText(w.when);
    await expect(items.nth(0).locator('.venue')).not.toBeEmpty();
    await expect(items.nth(1).locator('.title')).toHaveText(`${HOSTILE} ${lang === 'zh' ? '中' : 'en'}`);
    await expect(frame.locator('body')).not.toContainText(lang === 'zh' ? '别家的活动' : 'Another troupe');
    await expect(frame.locator('body')).not.toContainText(lang === 'zh' ? '待审核' : 'Pending');
    await expect(frame.locator('img, script')).toHaveCount(0);
    await page.screenshot({ path: `/tmp/embed-${info.project.name}-${lang}.png`, fullPage: true });
    const background = () => frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).not.toBe(light);
    await page.screenshot({ path: `/tmp/embed-${info.project.name}-${lang}-dark.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(refused).toEqual([]);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();

    await items.nth(0).locator('a.title').click();
    await expect(page).toHaveURL(`${base}/#lang=${lang}&event=embed-tea@2026-12-05T19:30`);
    await expect(page.locator('event-list')).toContainText(w.title);
  });

  test(`${lang}: the organizer's page offers the embed code to copy, and axe finds nothing there nor on the listing, light or dark`, async ({
    page,
    context,
  }, info) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.goto(`${base}/organize.html#lang=${lang}`);
    const form = page.locator('sign-in-form');
    await form.locator('input[name=email]').fill(organizerEmail);
    await form.locator('input[name=password]').fill(PASSWORD);
    await form.locator('button[type=submit]').click();
    const s = EMBED_STRINGS[lang];
    const box = page.locator('my-events section.embed');
    await expect(box.getByRole('heading', { name: s.title })).toBeVisible();
    const code = box.locator(`#embed-${lang}`);
    await expect(code).toHaveValue(
      new RegExp(`^<iframe src="${base}/embed/events\\?organization=${orgId}&lang=${lang}" title="`),
    );
    await expect(box.locator('#embed-zh')).toHaveValue(/lang=zh/);
    await expect(box.locator('#embed-en')).toHaveValue(/lang=en/);
    await box.locator(`button.copy-${lang}`).click();
    await expect(box.getByRole('status')).toHaveText(s.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
    await box.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/embed-organizer-${info.project.name}-${lang}.png` });
    await axe(page);
    // The listing itself, opened on its own, light and dark.
    await page.goto(`${base}/embed/events?organization=${orgId}&lang=${lang}`);
    await axe(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await axe(page);
  });
}
