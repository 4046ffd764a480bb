/**
 * The organizer and moderator page end to end against the real events server (organizer-server.ts): sign
 * in, the event form with its checks and live preview, submission, moderation, and what the public then
 * sees; in Chinese and English, at phone and desktop size (the two Playwright projects).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './test.ts';
import { hangzhouDay } from './clock.ts';
import { ORGANIZER_STRINGS } from '../../src/organizer/model/strings.ts';
import {
  PASSWORD,
  Session,
  invite,
  moderator,
  organizer,
  startServer,
  validEvent,
  type TestServer,
} from './organizer-server.ts';
import { guard } from './page-guard.ts';

let server: TestServer;
let admin: Session;
let base: string;

test.beforeAll(async () => {
  // One server per project, each on its own port beside the preview's.
  const phone = test.info().project.name === 'phone';
  const port = Number(process.env.E2E_PORT ?? 4173) + (phone ? 10 : 11);
  server = await startServer(port);
  base = server.baseURL;
  admin = await Session.admin(base);
});

test.afterAll(async () => {
  await server?.stop();
});

async function signIn(page: Page, lang: string, email: string, password = PASSWORD) {
  if (!page.url().includes('/organize.html')) await page.goto(`${base}/organize.html#lang=${lang}`);
  const form = page.locator('sign-in-form');
  await form.locator('input[name=email]').fill(email);
  await form.locator('input[name=password]').fill(password);
  await form.locator('button[type=submit]').click();
}

const day = hangzhouDay;

/** Fills the required fields of the event form with a valid event at the Drum Tower (`id` makes the title unique). */
async function fillValid(page: Page, id: string, titleEn: string) {
  const f = page.locator('event-form');
  await expect(f.locator('#id')).toHaveCount(0);
  await f.locator('#title_zh').fill(`宋韵点茶 ${id}`);
  await f.locator('#title_en').fill(titleEn);
  await f.locator('#description_zh').fill('宋代点茶体验。\n请提前预约。');
  await f.locator('#description_en').fill('Whisked tea as in the Song dynasty.');
  await f.locator('#category').selectOption('yaji');
  await f.locator('#venue').selectOption('gulou');
  await f.locator('#start').fill(`${day(12)}T19:30`);
  await f.locator('#end').fill(`${day(12)}T21:00`);
}

const HOSTILE = `<img src=x onerror="window.__xss=1">"><script>window.__xss=1</script>`;

for (const lang of ['zh', 'en'] as const) {
  const s = ORGANIZER_STRINGS[lang];

  test(`${lang}: an organizer signs in past a wrong password, creates an event, fixes a field error, submits it and sees it pending`, async ({
    page,
  }, info) => {
    const check = guard(page);
    const { email } = await organizer(base, admin);
    await signIn(page, lang, email, 'not the password');
    await expect(page.locator('sign-in-form .error')).toHaveText(s.errors.wrongPassword);
    await expect(page.locator('sign-in-form input[name=email]')).toHaveValue(email);
    await signIn(page, lang, email);
    // A new organizer has no events yet: they land on the new-event form.
    await expect(page.locator('main h2')).toHaveText(s.formTitleNew);
    await expect(page.locator('main h2')).toBeFocused();
    await expect(page.locator('main .notice')).toHaveText(s.firstEvent);
    const id = `tea-${lang}-${info.project.name}`;
    await fillValid(page, id, 'Song tea evening');
    const form = page.locator('event-form');
    await form.locator('#end').fill(`${day(12)}T19:00`);
    await expect(form.locator('event-preview')).toContainText(s.previewInvalid);
    await form.locator('.buttons button.primary').click();
    await expect(form.locator('.summary')).toHaveText(s.problemCount(1));
    await expect(form.locator('#end-error')).toHaveText(s.problems.endBeforeStart);
    await expect(form.locator('#end')).toBeFocused();
    await expect(form.locator('#end')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.locator('#title_en')).toHaveValue('Song tea evening');

    await form.locator('#end').fill(`${day(12)}T21:00`);
    await expect(form.locator('#end-error')).toHaveCount(0);
    const preview = form.locator('event-preview event-list li.occ');
    await expect(preview).toHaveCount(1);
    await expect(preview.locator('.title')).toHaveText(lang === 'zh' ? `宋韵点茶 ${id}` : 'Song tea evening');
    await expect(preview).toContainText('19:30–21:00');
    await expect(form.locator('event-preview heritage-map')).toBeAttached();

    await form.locator('.buttons button.primary').click();
    await expect(page.locator('main .notice')).toHaveText(s.submitted);
    const item = page.locator('my-events li', {
      hasText: lang === 'zh' ? `宋韵点茶 ${id}` : 'Song tea evening',
    });
    await expect(item.locator('.state')).toHaveText(s.moderation.pending);
    await expect(item.locator('.state')).toHaveClass(/pending/);
    await check();
  });

  test(`${lang}: a moderator sees what an edit changes, approves one event into the public feed, and rejects another with a reason the organizer reads`, async ({
    page,
  }, info) => {
    const check = guard(page);
    const org = await organizer(base, admin);
    const suffix = `${lang}-${info.project.name}`;
    const good = validEvent(`approve-${suffix}`, { zh: `雅集 ${suffix}`, en: `Gathering ${suffix}` });
    const bad = validEvent(`reject-${suffix}`, { zh: `${HOSTILE} 中`, en: `${HOSTILE} en` }, 11);
    await org.session.send('POST', '/api/my/events', { event: good, submit: true });
    await org.session.send('POST', '/api/my/events', { event: bad, submit: true });
    const mod = await moderator(base, admin);

    await signIn(page, lang, mod.email);
    await expect(page.locator('main h2')).toHaveText(s.queueTitle);
    const goodItem = page.locator(`moderation-queue li[data-id="${good.id}"]`);
    await expect(goodItem.locator('.kind')).toHaveText(s.newSubmission);
    // The event as visitors will see it in What's on (the first item opens on it; another opens at a tap,
    // and the queue may hold other tests' events), and when it happens in words.
    const show = goodItem.locator('button.show');
    if ((await show.getAttribute('aria-expanded')) !== 'true') await show.click();
    await expect(show).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('moderation-queue event-preview')).toHaveCount(1);
    await expect(goodItem.locator('event-preview event-list')).toContainText(
      lang === 'zh' ? good.title_zh : good.title_en,
    );
    await expect(goodItem.locator('event-preview heritage-map')).toBeAttached();
    await expect(goodItem.locator('.when dd').first()).not.toBeEmpty();
    await page.screenshot({ path: info.outputPath(`queue-new-${lang}.png`), fullPage: true });
    await goodItem.locator('button.approve').click();
    await expect(page.locator('main .notice')).toHaveText(
      s.approvedMsg(lang === 'zh' ? good.title_zh : good.title_en),
    );
    await expect(goodItem).toHaveCount(0);
    const feed = await (await page.request.get(`${base}/api/events`)).json();
    expect(feed.events.map((e: { id: string }) => e.id)).toContain(good.id);

    const badItem = page.locator(`moderation-queue li[data-id="${bad.id}"]`);
    await expect(badItem.locator('h3.title')).toHaveText(lang === 'zh' ? bad.title_zh : bad.title_en);
    await badItem.locator('button.reject').click();
    await expect(badItem.locator('textarea')).toBeFocused();
    await badItem.locator('button.confirm').click();
    await expect(badItem.locator('.error')).toHaveText(s.reasonRequired);
    const reason = `Date clash with the lantern walk. ${HOSTILE}`;
    await badItem.locator('textarea').fill(reason);
    await badItem.locator('button.confirm').click();
    await expect(page.locator('main .notice')).toHaveText(
      s.rejectedMsg(lang === 'zh' ? bad.title_zh : bad.title_en),
    );

    await org.session.send('PUT', `/api/my/events/${good.id}`, {
      event: { ...good, title_en: `${good.title_en} (new time)` },
      submit: true,
    });
    await page.locator('nav button').click();
    const edit = page.locator(`moderation-queue li[data-id="${good.id}"]`);
    await expect(edit.locator('.kind')).toHaveText(s.editSubmission);
    const row = edit.locator('tbody tr', { has: page.locator('th code', { hasText: /^title_en$/ }) });
    await expect(row.locator('th .name')).toHaveText(s.fields.title_en);
    await expect(row.locator('td.before')).toHaveText(good.title_en);
    await expect(row.locator('td.after')).toHaveText(`${good.title_en} (new time)`);
    // Before and after as visitors will see them, side by side.
    const before = edit.locator('.pair section.before event-preview event-list');
    const after = edit.locator('.pair section.after event-preview event-list');
    if (lang === 'en') {
      await expect(after).toContainText(`${good.title_en} (new time)`);
      await expect(before).not.toContainText('(new time)');
    } else {
      await expect(before).toContainText(good.title_zh);
      await expect(after).toContainText(good.title_zh);
    }
    await page.screenshot({ path: info.outputPath(`queue-edit-${lang}.png`), fullPage: true });

    await page.locator('header button.sign-out').click();
    await signIn(page, lang, org.email);
    // An organizer with events lands on their list (only a first-time one lands on the new-event form).
    await expect(page.locator('main h2')).toHaveText(s.nav.mine);
    const rejected = page.locator(`my-events li[data-id="${bad.id}"]`);
    await expect(rejected.locator('.state')).toHaveText(s.moderation.rejected);
    await expect(rejected.locator('.reason-text')).toHaveText(reason);
    await expect(rejected.locator('h3')).toHaveText(lang === 'zh' ? bad.title_zh : bad.title_en);
    await check();
  });

  test(`${lang}: a moderator edits a pending event in the form and it stays in the queue with the change`, async ({
    page,
  }, info) => {
    const check = guard(page);
    const org = await organizer(base, admin);
    const event = validEvent(`modedit-${lang}-${info.project.name}`, { zh: '待改标题', en: 'Title to fix' });
    await org.session.send('POST', '/api/my/events', { event, submit: true });
    const mod = await moderator(base, admin);
    await signIn(page, lang, mod.email);
    await page.locator(`moderation-queue li[data-id="${event.id}"] button.edit`).click();
    const form = page.locator('event-form');
    await expect(form.locator('#id')).toHaveCount(0);
    await expect(form.locator('.buttons button')).toHaveText(s.save);
    await form.locator('#title_en').fill('Title fixed by the moderator');
    await form.locator('#title_zh').fill('审核员改过的标题');
    await form.locator('.buttons button').click();
    await expect(page.locator('main .notice')).toHaveText(s.saved);
    const item = page.locator(`moderation-queue li[data-id="${event.id}"]`);
    await expect(item.locator('h3.title')).toHaveText(
      lang === 'zh' ? '审核员改过的标题' : 'Title fixed by the moderator',
    );
    await check();
  });

  test(`${lang}: an approved event appears in the tourist app’s What’s on list`, async ({ page }, info) => {
    const check = guard(page);
    const org = await organizer(base, admin);
    const event = validEvent(`listed-${lang}-${info.project.name}`, {
      zh: `上城宋韵夜 ${lang}`,
      en: `Shangcheng Song night ${lang} ${info.project.name}`,
    });
    await org.session.send('POST', '/api/my/events', { event, submit: true });
    const mod = await moderator(base, admin);
    const queue = await mod.session.get('/api/moderation/queue');
    const item = queue.find((q: { id: string }) => q.id === event.id);
    await mod.session.send('POST', `/api/moderation/events/${event.id}/approve`, {
      revision: item.revision,
      content_hash: item.content_hash,
    });

    await page.goto(`${base}/#lang=${lang}`);
    if ((page.viewportSize()?.width ?? 0) < 860) await page.locator('song-app .sheet-toggle').click();
    await page.locator('song-app .tabs button').nth(2).click();
    await expect(
      page.locator('event-list li.occ', { hasText: lang === 'zh' ? event.title_zh : event.title_en }),
    ).toHaveCount(1);
    await check();
  });

  test(`${lang}: hostile text typed into every text field of the form shows as text and never runs`, async ({
    page,
  }) => {
    const check = guard(page);
    const { email } = await organizer(base, admin);
    await signIn(page, lang, email);
    await page.locator('nav button').nth(1).click();
    const form = page.locator('event-form');
    await form.locator('#start').fill(`${day(12)}T19:30`);
    await form.locator('#end').fill(`${day(12)}T21:00`);
    await form.locator('#free').uncheck();
    const fields = form.locator('input[type=text], input[type=url], input:not([type]), textarea');
    const n = await fields.count();
    expect(n).toBeGreaterThanOrEqual(13); // every free-text field (no id, languages are ticked)
    for (let i = 0; i < n; i++) await fields.nth(i).fill(HOSTILE);
    await form.locator('.buttons button').first().click();
    await expect(form.locator('#description_en-error')).toHaveText(s.problems.html);
    await expect(form.locator('#booking_url-error')).toHaveText(s.problems.url);
    await expect(form.locator('event-preview li.occ .title')).toHaveText(HOSTILE);
    for (let i = 0; i < n; i++) await expect(fields.nth(i)).toHaveValue(HOSTILE);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await check();
  });

  test(`${lang}: an expired session asks to sign in again and the form comes back as typed`, async ({
    page,
    context,
  }, info) => {
    const check = guard(page);
    const { email } = await organizer(base, admin);
    await signIn(page, lang, email);
    await page.locator('nav button').nth(1).click();
    const id = `kept-${lang}-${info.project.name}`;
    await fillValid(page, id, 'Kept across sign-in');
    await context.clearCookies();
    await page.locator('event-form .buttons button').first().click();
    await expect(page.locator('sign-in-form .error')).toHaveText(s.errors.sessionExpired);
    await signIn(page, lang, email);
    await expect(page.locator('event-form #title_en')).toHaveValue('Kept across sign-in');
    await expect(page.locator('event-form #title_zh')).toHaveValue(`宋韵点茶 ${id}`);
    await page.locator('event-form .buttons button').first().click();
    await expect(page.locator('main .notice')).toHaveText(s.saved);
    await expect(
      page
        .locator('my-events li', { hasText: lang === 'zh' ? `宋韵点茶 ${id}` : 'Kept across sign-in' })
        .locator('.state'),
    ).toHaveText(s.moderation.draft);
    await check();
  });

  test(`${lang}: a failed request says so and keeps everything typed`, async ({ page }, info) => {
    const { email } = await organizer(base, admin);
    await signIn(page, lang, email);
    await page.locator('nav button').nth(1).click();
    const id = `offline-${lang}-${info.project.name}`;
    await fillValid(page, id, 'Typed while offline');
    await page.route('**/api/my/events', (route) => route.abort('internetdisconnected'));
    await page.locator('event-form .buttons button.primary').click();
    await expect(page.locator('main .error')).toHaveText(s.errors.network);
    await expect(page.locator('event-form #title_en')).toHaveValue('Typed while offline');
    await page.unroute('**/api/my/events');
    await page.locator('event-form .buttons button.primary').click();
    await expect(page.locator('main .notice')).toHaveText(s.submitted);
  });

  test(`${lang}: repeated wrong passwords are rate limited with a clear message`, async ({ page }) => {
    const { email } = await organizer(base, admin);
    await page.goto(`${base}/organize.html#lang=${lang}`);
    for (let i = 0; i < 5; i++) {
      await signIn(page, lang, email, `wrong ${i} password`);
      await expect(page.locator('sign-in-form .error')).toHaveText(s.errors.wrongPassword);
    }
    await signIn(page, lang, email);
    await expect(page.locator('sign-in-form .error')).toContainText(
      lang === 'zh' ? '登录尝试过多' : 'Too many',
    );
  });

  test(`${lang}: an invited organizer accepts the invitation and is signed in`, async ({ page }) => {
    const org = await admin.send('POST', '/api/admin/organizations', {
      name_zh: '邀请测试',
      name_en: 'Invited',
    });
    const { email, token } = await invite(admin, 'organizer', org.id);
    await page.goto(`${base}/organize.html#lang=${lang}&invite=${token}`);
    const form = page.locator('sign-in-form');
    await expect(page.locator('main h2')).toHaveText(s.inviteTitle);
    await expect(form).toContainText(email);
    await form.locator('input[name=name]').fill('Zhao');
    await form.locator('input[name=password]').fill(PASSWORD);
    await form.locator('button[type=submit]').click();
    await expect(page.locator('header .who')).toHaveText(s.signedInAs('Zhao', s.roles.organizer));
    await expect(page).not.toHaveURL(/invite=/);
  });

  test(`${lang}: a past event is duplicated into a new form, and an .ics import shows what did not fit`, async ({
    page,
  }, info) => {
    const org = await organizer(base, admin);
    const past = validEvent(`past-${lang}-${info.project.name}`, {
      zh: '去年的雅集',
      en: 'Last year’s gathering',
    });
    await org.session.send('POST', '/api/my/events', { event: past });
    await signIn(page, lang, org.email);
    await page.locator(`my-events li[data-id="${past.id}"] button.duplicate`).click();
    const form = page.locator('event-form');
    await expect(form.locator('#title_en')).toHaveValue(past.title_en);
    await expect(form.locator('#id')).toHaveCount(0);
    await expect(form.locator('#venue')).toHaveValue('gulou');

    await page.locator('nav button').nth(2).click();
    await page.locator('ics-import input[type=file]').setInputFiles('tests/fixtures/events/organiser.ics');
    const report = page.locator('ics-import section');
    await expect(report.locator('h3')).toBeFocused();
    await expect(report.locator('ul.problems li.error').first()).toContainText(s.importError);
    await expect(report.locator('ul.events li').first()).toBeVisible();
    await report.locator('ul.events li button').first().click();
    await expect(page.locator('event-form #title_zh')).not.toHaveValue('');
  });

  test(`${lang}: axe finds no violation on sign-in, the form with its errors, and the queue`, async ({
    page,
  }) => {
    const axe = async () => {
      const r = await new AxeBuilder({ page }).analyze();
      expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    };
    const org = await organizer(base, admin);
    await page.goto(`${base}/organize.html#lang=${lang}`);
    await expect(page.locator('sign-in-form')).toBeVisible();
    await axe();
    await signIn(page, lang, org.email);
    await page.locator('nav button').nth(1).click();
    await page.locator('event-form .buttons button.primary').click();
    await expect(page.locator('event-form .summary')).toBeVisible();
    await axe();
    await fillValid(page, `axe-${lang}`, 'Axe check');
    await expect(page.locator('event-form event-preview li.occ')).toHaveCount(1);
    await axe();
    const mod = await moderator(base, admin);
    await org.session.send('POST', '/api/my/events', {
      event: validEvent(`axe-q-${lang}-${Date.now()}`, { zh: '审核', en: 'Queue' }),
      submit: true,
    });
    await page.locator('header button.sign-out').click();
    await signIn(page, lang, mod.email);
    await expect(page.locator('moderation-queue li.item').first()).toBeVisible();
    await axe();
  });

  test(`${lang}: the form’s preview map draws the event, and a submitted event waits in the moderator’s queue`, async ({
    page,
  }, info) => {
    const org = await organizer(base, admin);
    await org.session.send('POST', '/api/my/events', {
      event: validEvent(`shot-${lang}-${info.project.name}`, {
        zh: '宋韵点茶雅集',
        en: 'Song tea gathering',
      }),
      submit: true,
    });
    await signIn(page, lang, org.email);
    await page.locator('nav button').nth(1).click();
    await fillValid(page, `shot-new-${lang}`, 'Song tea evening at the Drum Tower');
    await page.locator('event-form #freq').selectOption('WEEKLY');
    await page.locator('event-form #ends').selectOption('count');
    await page.locator('event-form #count').fill('6');
    await expect(page.locator('event-form event-preview heritage-map')).toHaveAttribute('data-state', 'idle');
    const mod = await moderator(base, admin);
    await page.locator('header button.sign-out').click();
    await signIn(page, lang, mod.email);
    await expect(page.locator('moderation-queue li.item').first()).toBeVisible();
  });
}
