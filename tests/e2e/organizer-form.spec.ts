/**
 * The event form in the organizer's words (issue #17), as a new troupe uses it: a signed-in organizer lists
 * a weekly Saturday 雅集 at a 清河坊 venue for three months with one date skipped, reads the rule and the
 * dates in words, and submits. Every fill, click, tick and choice the organizer makes is counted (signing in
 * is not): a weekly event should take at most 8. In Chinese and English, at phone and desktop size; axe
 * checks the filled form; screenshots go to /tmp/form-*.png for a person to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test.ts';
import { hangzhouDay } from './clock.ts';
import { ORGANIZER_STRINGS } from '../../src/organizer/model/strings.ts';
import { IN_CHINESE } from '../../src/listings/event-text.ts';
import {
  PASSWORD,
  Session,
  moderator,
  organizer,
  startServer,
  validEvent,
  type TestServer,
} from './organizer-server.ts';

/**
 * Issue #17 asks for at most 8 actions, and the journey takes 8: a first-time organizer lands on the form,
 * English is optional, and "every Saturday for 3 months" is one choice (title, description, category,
 * venue, start, repeat, one date skipped, submit).
 */
const TARGET_ACTIONS = 8;
const MAX_ACTIONS = 8;

let server: TestServer;
let admin: Session;
let base: string;

test.beforeAll(async () => {
  // The ports organizer.spec uses (spec files run one at a time); +12 and up may be another worktree's +10.
  const phone = test.info().project.name === 'phone';
  server = await startServer(Number(process.env.E2E_PORT ?? 4173) + (phone ? 10 : 11));
  base = server.baseURL;
  admin = await Session.admin(base);
});

test.afterAll(async () => {
  await server?.stop();
});

for (const lang of ['zh', 'en'] as const) {
  const s = ORGANIZER_STRINGS[lang];

  test(`${lang}: a weekly Saturday 雅集 at 清河坊 for three months, one date skipped, in words and few actions`, async ({
    page,
  }, info) => {
    const { email } = await organizer(base, admin);
    await page.goto(`${base}/organize.html#lang=${lang}`);
    const signIn = page.locator('sign-in-form');
    await signIn.locator('input[name=email]').fill(email);
    await signIn.locator('input[name=password]').fill(PASSWORD);
    await signIn.locator('button[type=submit]').click();
    // A new organizer (no events yet) lands on the new-event form: no click to open it.
    await expect(page.locator('main h2')).toHaveText(s.formTitleNew);
    await expect(page.locator('main .notice')).toHaveText(s.firstEvent);

    /** One thing the organizer does (a fill, click, tick or choice). */
    let actions = 0;
    const act = async (what: () => Promise<unknown>) => {
      actions++;
      await what();
    };
    const form = page.locator('event-form');
    const saturday = hangzhouDay(1); // TEST_NOW is a Friday
    const lastDay = hangzhouDay(85); // the last Saturday before 5 March, three months on: 27 February
    const title = `清河坊宋韵雅集 ${info.project.name}`;

    await expect(form.locator('#id')).toHaveCount(0);
    await act(() => form.locator('#title_zh').fill(title));
    await act(() => form.locator('#description_zh').fill('每周六下午，点茶、焚香、抚琴。'));
    await act(() => form.locator('#category').selectOption('yaji'));
    // English is left out: the form says what English-speaking visitors will see instead.
    await expect(form.locator('#title_en')).toHaveValue('');
    await expect(form.locator('#title_en-hint')).toHaveText(s.hints.title_en);
    await expect(form.locator('#title_en')).toHaveAttribute('aria-describedby', 'title_en-hint');
    await act(() => form.locator('#venue').selectOption('huqingyutang'));
    await act(() => form.locator('#start').fill(`${saturday}T14:00`));
    // The duration (2 hours unless changed) sets the end.
    await expect(form.locator('#end')).toHaveValue(`${saturday}T16:00`);
    // One choice in words, said from the start's weekday.
    await act(() =>
      form
        .locator('#freq')
        .selectOption({ label: lang === 'zh' ? '每周六，持续三个月' : 'Every Saturday for 3 months' }),
    );
    await expect(form.locator('#freq-hint')).toHaveText(s.hints.span);

    const sentence = lang === 'zh' ? '每周六，至2月27日' : 'Every Saturday until 27 February';
    await expect(form.locator('#rule-words')).toHaveText(`${s.ruleWords}${sentence}`);
    const dates = form.locator('.exdates li');
    await expect(dates).toHaveCount(13);
    await expect(dates.nth(1)).toHaveText(lang === 'zh' ? '12月12日 周六 14:00' : 'Sat 12 December, 14:00');
    const skip = `${hangzhouDay(22)}T14:00`; // 26 December
    await act(() => form.locator(`.exdates input[data-date="${skip}"]`).check());
    await expect(form.locator(`.exdates input[data-date="${skip}"]`)).toBeChecked();
    await expect(dates.nth(3)).toContainText(s.skipped);
    await expect(form.locator('.error')).toHaveCount(0);
    // The preview is What's on as visitors see it: in English, the Chinese title marked "(in Chinese)".
    const previewTitle = form.locator('event-preview event-list li.occ .title').first();
    await expect(previewTitle).toContainText(title);
    if (lang === 'en') await expect(previewTitle).toContainText(IN_CHINESE);
    else await expect(previewTitle).not.toContainText(IN_CHINESE);

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    const shot = (name: string) => `/tmp/form-${lang}-${info.project.name}-${name}.png`;
    await page.screenshot({ path: shot('filled'), fullPage: true });
    await form.locator('fieldset', { has: page.locator('#freq') }).screenshot({ path: shot('repeat') });
    await form.locator('.english').screenshot({ path: shot('english') });
    await previewTitle.locator('xpath=ancestor::li[1]').screenshot({ path: shot('preview-card') });
    await form.locator('#title_zh').scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('top') });

    await act(() => form.locator('.buttons button.primary').click());
    await expect(page.locator('main .notice')).toHaveText(s.submitted);
    // A new organizer: their one event.
    const item = page.locator('my-events li');
    await expect(item).toHaveCount(1);
    await expect(item.locator('.state')).toHaveText(s.moderation.pending);
    await expect(item.locator('p.meta').first()).toContainText(sentence);
    await expect(item.locator('h3')).toHaveText(lang === 'zh' ? title : `${title} ${IN_CHINESE}`);
    await page.screenshot({ path: shot('submitted') });

    // What the service stored: the rule, the skipped date, the languages, an id it made.
    const mine = await (await page.request.get(`${base}/api/my/events`)).json();
    const stored = mine[0].working.event;
    expect(stored.id).toMatch(/^event-[0-9a-f]{6}$/);
    expect(stored.title_en).toBeUndefined();
    expect(stored.description_en).toBeUndefined();
    expect(stored.rrule).toBe(`FREQ=WEEKLY;BYDAY=SA;UNTIL=${lastDay.replace(/-/g, '')}`);
    expect(stored.exdates).toEqual([skip]);
    expect(stored.languages).toEqual(['zh']);

    test.info().annotations.push({ type: 'actions', description: `${actions} (target ${TARGET_ACTIONS})` });
    expect(actions).toBeLessThanOrEqual(MAX_ACTIONS);
  });
}

test('a Chinese-only event, once approved, reads as Chinese marked "(in Chinese)" for English visitors: What’s on, the embed; the .ics has the Chinese alone', async ({
  page,
}, info) => {
  const org = await organizer(base, admin, `Chinese-only Troupe ${info.project.name}`);
  const title = `宋韵琴会 ${info.project.name}`;
  // No English title or description: the troupe writes Chinese only.
  const event: Record<string, unknown> = validEvent(`zh-only-${info.project.name}`, { zh: title, en: '' });
  delete event.title_en;
  delete event.description_en;
  await org.session.send('POST', '/api/my/events', { event, submit: true });
  const mod = await moderator(base, admin);
  const item = (await mod.session.get('/api/moderation/queue')).find(
    (q: { id: string }) => q.id === event.id,
  );
  await mod.session.send('POST', `/api/moderation/events/${String(event.id)}/approve`, {
    revision: item.revision,
    content_hash: item.content_hash,
  });

  await page.goto(`${base}/#lang=en`);
  if ((page.viewportSize()?.width ?? 0) < 860) await page.locator('song-app .sheet-toggle').click();
  await page.locator('song-app .tabs button').nth(2).click();
  const listed = page.locator('event-list li.occ', { hasText: title });
  await expect(listed).toHaveCount(1);
  await expect(listed.locator('.title')).toHaveText(`${title} ${IN_CHINESE}`);
  await expect(listed.locator('.title [lang="zh-Hans"]')).toHaveText(title);
  await listed.screenshot({ path: `/tmp/form-en-${info.project.name}-whats-on-zh-only.png` });

  const embed = async (lang: string) =>
    (await page.request.get(`${base}/embed/events?organization=${org.organization.id}&lang=${lang}`)).text();
  expect(await embed('en')).toContain(`>${title} ${IN_CHINESE}</a>`);
  expect(await embed('zh')).toContain(`>${title}</a>`);

  const ics = await (await page.request.get(`${base}/api/events.ics`)).text();
  const summary = ics.split('\r\n').find((l) => l.startsWith('SUMMARY:') && l.includes(title));
  expect(summary).toBe(`SUMMARY:${title}`);
});
