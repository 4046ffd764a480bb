/**
 * The admin's view of organize.html (#view=people, #view=audit) and the organizer's "discard draft", end to
 * end against the real events server (organizer-server.ts): organizations, invitations and their one-time
 * link, roles and disabled accounts, the last-admin refusal, the audit log; in Chinese and English, at phone
 * and desktop size (the two Playwright projects). The server holds exactly one admin throughout, so the
 * last-admin refusal is always what the server answers.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './test.ts';
import { ORGANIZER_STRINGS } from '../../src/organizer/model/strings.ts';
import {
  ADMIN,
  PASSWORD,
  Session,
  moderator,
  organizer,
  startServer,
  uniqueEmail,
  validEvent,
  type TestServer,
} from './organizer-server.ts';
import { guard } from './page-guard.ts';

let server: TestServer;
let admin: Session;
let base: string;

test.beforeAll(async () => {
  // One server per project, on ports of its own (organizer.spec.ts uses +10 and +11).
  const phone = test.info().project.name === 'phone';
  const port = Number(process.env.E2E_PORT ?? 4173) + (phone ? 12 : 13);
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

/** Signs the admin in and opens the people view from the navigation. */
async function openPeople(page: Page, lang: 'zh' | 'en') {
  const s = ORGANIZER_STRINGS[lang];
  await signIn(page, lang, ADMIN.email, ADMIN.password);
  await expect(page.locator('main h2')).toHaveText(s.queueTitle);
  await page.locator('nav button', { hasText: s.admin.nav.people }).click();
  await expect(page.locator('main h2')).toHaveText(s.admin.peopleTitle);
  await expect(page).toHaveURL(/view=people/);
  await expect(page.locator('admin-people li').first()).toBeVisible();
}

const HOSTILE = `<img src=x onerror="window.__xss=1">"><script>window.__xss=1</script>`;
const RTL = 'مسرح هانغتشو للأوبرا';

/** Nothing on the page is wider than the viewport (no sideways scrolling on a phone). */
async function expectNoOverflow(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(width);
}

for (const lang of ['zh', 'en'] as const) {
  const s = ORGANIZER_STRINGS[lang];
  const a = s.admin;

  test(`${lang}: the admin adds an organization and invites an organizer; the link is shown once and the person signs up through it`, async ({
    page,
    context,
  }, info) => {
    const check = guard(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await openPeople(page, lang);

    const orgs = page.locator('admin-organizations');
    await orgs.locator('button[type=submit]').click();
    await expect(orgs.locator('#name_zh-error')).toHaveText(s.problems.required);
    await expect(orgs.locator('#name_zh')).toBeFocused();
    await orgs.locator('#url').fill('club.example.org');
    await orgs.locator('button[type=submit]').click();
    await expect(orgs.locator('#url-error')).toHaveText(s.problems.url);
    const suffix = `${lang}-${info.project.name}`;
    const org = { zh: `宋韵剧社 ${suffix}`, en: `Song Theatre ${suffix}` };
    await orgs.locator('#name_zh').fill(org.zh);
    await orgs.locator('#name_en').fill(org.en);
    await orgs.locator('#url').fill('https://club.example.org/');
    await orgs.locator('button[type=submit]').click();
    await expect(page.locator('main .notice')).toHaveText(a.orgCreated(lang === 'zh' ? org.zh : org.en));
    await expect(page.locator('main .notice')).toBeFocused();
    await expect(orgs.locator('li', { hasText: org.en })).toHaveCount(1);
    await expect(orgs.locator('#name_zh')).toHaveValue('');

    const inv = page.locator('admin-invitations');
    const email = uniqueEmail('invited');
    await inv.locator('#email').fill(email);
    await inv.locator('#role').selectOption('organizer');
    await inv.locator('button[type=submit]').click();
    await expect(inv.locator('#organization-error')).toHaveText(a.problems.organization);
    await inv.locator('#organization').selectOption({ label: lang === 'zh' ? org.zh : org.en });
    await inv.locator('button[type=submit]').click();

    const panel = inv.locator('.link');
    await expect(panel.locator('h3')).toHaveText(a.linkTitle(email));
    await expect(panel.locator('h3')).toBeFocused();
    await expect(panel).toContainText(lang === 'zh' ? '只显示这一次' : 'shown only this once');
    await expect(panel).toContainText(lang === 'zh' ? '有效期 7 天' : 'valid for 7 days');
    const link = await panel.locator('#invite-link').inputValue();
    expect(link).toMatch(new RegExp(`^${base}/organize\\.html#invite=[\\w-]+$`));
    await panel.locator('button.copy').click();
    await expect(panel.locator('.copy-state')).toHaveText(a.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    const open = inv.locator('ul.cards li', { hasText: email });
    await expect(open).toContainText(s.roles.organizer);
    await expect(open).toContainText(lang === 'zh' ? '有效至' : 'Valid until');
    await panel.locator('button.close').click();
    await expect(panel).toHaveCount(0);

    await page.locator('header button.sign-out').click();
    // A fresh page load, as when the person opens the link they were sent.
    await page.goto('about:blank');
    await page.goto(link.replace('#', `#lang=${lang}&`));
    await expect(page.locator('main h2')).toHaveText(s.inviteTitle);
    await page.locator('sign-in-form input[name=name]').fill('Zhao');
    await page.locator('sign-in-form input[name=password]').fill(PASSWORD);
    await page.locator('sign-in-form button[type=submit]').click();
    await expect(page.locator('header .who')).toHaveText(s.signedInAs('Zhao', s.roles.organizer));
    // A new organizer has no events yet: they land on the new-event form.
    await expect(page.locator('main h2')).toHaveText(s.formTitleNew);
    await check();
  });

  test(`${lang}: an organizer is made a moderator and a moderator disabled (who then cannot sign in); the last admin cannot demote themselves; the audit log shows it`, async ({
    page,
  }) => {
    const check = guard(page);
    const org = await organizer(base, admin);
    const mod = await moderator(base, admin);
    await openPeople(page, lang);
    const people = page.locator('admin-people');

    const orgCard = people.locator('li', { hasText: org.email });
    await orgCard.locator('select').selectOption('moderator');
    await orgCard.locator('button.change-role').click();
    await expect(orgCard.locator('.confirm p')).toHaveText(a.roleConfirm('王老师', s.roles.moderator));
    await expect(orgCard.locator('.confirm p')).toBeFocused();
    await orgCard.locator('button.confirm-change').click();
    await expect(page.locator('main .notice')).toHaveText(a.roleChanged('王老师', s.roles.moderator));
    await expect(page.locator('main .notice')).toBeFocused();
    await expect(orgCard.locator('.badge.role')).toHaveText(s.roles.moderator);

    const modCard = people.locator('li', { hasText: mod.email });
    await modCard.locator('button.disable').click();
    await expect(modCard.locator('.confirm p')).toHaveText(a.disableConfirm('Moderator Li'));
    await modCard.locator('button.keep').click();
    await expect(modCard.locator('.confirm')).toHaveCount(0);
    await expect(modCard.locator('h4')).toBeFocused();
    await modCard.locator('button.disable').click();
    await modCard.locator('button.confirm-change').click();
    await expect(page.locator('main .notice')).toHaveText(a.disabledMsg('Moderator Li'));
    await expect(modCard.locator('.badge.state')).toHaveText(a.disabled);
    await expect(modCard.locator('button.enable')).toBeVisible();

    const me = people.locator('li', { hasText: ADMIN.email });
    await expect(me.locator('h4')).toContainText(a.you);
    await me.locator('select').selectOption('moderator');
    await me.locator('button.change-role').click();
    await expect(me.locator('.confirm p')).toHaveText(a.selfRoleConfirm(s.roles.moderator));
    await me.locator('button.confirm-change').click();
    await expect(page.locator('main .error')).toHaveText(a.lastAdmin);
    await expect(page.locator('main .error')).toBeFocused();
    await expect(page.locator('header .who')).toHaveText(s.signedInAs(ADMIN.name, s.roles.admin));
    await me.locator('button.confirm-change').click();
    await expect(page.locator('main .error')).toHaveText(a.lastAdmin);
    await me.locator('button.keep').click();
    await me.locator('button.disable').click();
    await expect(me.locator('.confirm p')).toHaveText(a.selfDisableConfirm);
    await me.locator('button.confirm-change').click();
    await expect(page.locator('main .error')).toHaveText(a.lastAdmin);

    await page.locator('header button.sign-out').click();
    await signIn(page, lang, mod.email);
    await expect(page.locator('sign-in-form .error')).toHaveText(s.errors.wrongPassword);
    await signIn(page, lang, ADMIN.email, ADMIN.password);
    await page.locator('nav button', { hasText: a.nav.audit }).click();
    await expect(page.locator('main h2')).toHaveText(a.auditTitle);
    await expect(page).toHaveURL(/view=audit/);
    const log = page.locator('admin-audit li');
    // Newest first: this sign-in, then the disabled moderator's refused one.
    await expect(log.nth(0)).toHaveAttribute('data-action', 'user.login');
    await expect(log.nth(1)).toHaveAttribute('data-action', 'user.login_failed');
    await expect(log.nth(1)).toContainText(a.actions['user.login_failed']);
    await expect(log.nth(1)).toContainText(mod.email);
    const updates = page.locator('admin-audit li[data-action="user.update"]');
    await expect(updates.filter({ hasText: a.detail.disabled(true) }).first()).toContainText(ADMIN.email);
    await expect(updates.filter({ hasText: a.detail.role(s.roles.moderator) }).first()).toContainText(
      a.actions['user.update'],
    );
    await expect(log.filter({ hasText: a.actions['invitation.create'] }).first()).toBeVisible();
    await check();
  });

  test(`${lang}: the audit log pages back with “older”, and focus goes to the first older entry`, async ({
    page,
  }) => {
    // 60 entries of our own: invitations made and revoked through the API.
    for (let i = 0; i < 30; i++) {
      const { invitation } = await admin.send('POST', '/api/admin/invitations', {
        email: uniqueEmail('paging'),
        role: 'moderator',
      });
      await admin.send('DELETE', `/api/admin/invitations/${invitation.id}`);
    }
    await signIn(page, lang, ADMIN.email, ADMIN.password);
    await page.locator('nav button', { hasText: a.nav.audit }).click();
    const log = page.locator('admin-audit li');
    await expect(log).toHaveCount(50);
    await expect(log.nth(1)).toContainText(a.actions['invitation.revoke']);
    const ids = async () =>
      (await log.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!))).map((t) =>
        Date.parse(t),
      );
    await page.locator('admin-audit button.older').click();
    await expect(log.nth(50)).toBeFocused();
    expect(await log.count()).toBeGreaterThan(50);
    const times = await ids();
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });

  test(`${lang}: an organizer discards a new draft (deleted) and the rejected change of a published event (published version stays)`, async ({
    page,
  }, info) => {
    const check = guard(page);
    const org = await organizer(base, admin);
    const suffix = `${lang}-${info.project.name}`;
    const fresh = validEvent(`fresh-${suffix}`, { zh: `新草稿 ${suffix}`, en: `New draft ${suffix}` });
    const live = validEvent(`live-${suffix}`, { zh: `已公开 ${suffix}`, en: `Published ${suffix}` }, 12);
    await org.session.send('POST', '/api/my/events', { event: fresh });
    await org.session.send('POST', '/api/my/events', { event: live, submit: true });
    const mod = await moderator(base, admin);
    const queued = (id: string) =>
      mod.session
        .get('/api/moderation/queue')
        .then((q: { id: string; revision: number; content_hash: string }[]) => q.find((i) => i.id === id)!);
    const item = await queued(live.id);
    await mod.session.send('POST', `/api/moderation/events/${live.id}/approve`, {
      revision: item.revision,
      content_hash: item.content_hash,
    });
    await org.session.send('PUT', `/api/my/events/${live.id}`, {
      event: { ...live, title_en: `${live.title_en} (moved)` },
      submit: true,
    });
    await mod.session.send('POST', `/api/moderation/events/${live.id}/reject`, {
      revision: (await queued(live.id)).revision,
      reason: 'Wrong date.',
    });

    await signIn(page, lang, org.email);
    const title = (e: { title_zh: string; title_en: string }) => (lang === 'zh' ? e.title_zh : e.title_en);

    const a1 = page.locator(`my-events li[data-id="${fresh.id}"]`);
    await expect(a1.locator('button.discard')).toContainText(s.discard.button);
    await a1.locator('button.discard').click();
    await expect(a1.locator('.confirm p')).toHaveText(s.discard.confirmNew);
    await expect(a1.locator('.confirm p')).toBeFocused();
    await page.route('**/api/my/events/*/draft', (route) => route.abort('internetdisconnected'));
    await a1.locator('button.confirm-discard').click();
    await expect(page.locator('main .error')).toHaveText(s.errors.network);
    await expect(page.locator('main .error')).toBeFocused();
    await expect(a1).toHaveCount(1);
    await page.unroute('**/api/my/events/*/draft');
    await a1.locator('button.confirm-discard').click();
    await expect(page.locator('main .notice')).toHaveText(s.discard.deleted(title(fresh)));
    await expect(page.locator('main .notice')).toBeFocused();
    await expect(a1).toHaveCount(0);

    const b = page.locator(`my-events li[data-id="${live.id}"]`);
    await expect(b.locator('.state')).toHaveText(s.moderation.rejected);
    await expect(b.locator('button.discard')).toContainText(s.discard.buttonPublished);
    await b.locator('button.discard').click();
    await expect(b.locator('.confirm p')).toHaveText(s.discard.confirmPublished);
    await b.locator('button.confirm-discard').click();
    await expect(page.locator('main .notice')).toHaveText(s.discard.dropped(title(live)));
    await expect(b.locator('.state')).toHaveText(s.moderation.approved);
    await expect(b.locator('button.discard')).toHaveCount(0);
    const feed = await (await page.request.get(`${base}/api/events/${live.id}`)).json();
    expect(feed.title_en).toBe(live.title_en);
    await check();
  });

  test(`${lang}: hostile, very long and right-to-left names show as text, nothing overflows, and axe finds nothing on the people view and the audit log`, async ({
    page,
  }, info) => {
    const check = guard(page);
    const axe = async () => {
      const r = await new AxeBuilder({ page }).analyze();
      expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    };
    const long = `Hangzhou-${lang}-${'Song'.repeat(37)}`;
    const org = await admin.send('POST', '/api/admin/organizations', {
      name_zh: `${HOSTILE} 剧社`,
      name_en: RTL,
    });
    const email = uniqueEmail('hostile');
    const { token } = await admin.send('POST', '/api/admin/invitations', {
      email,
      role: 'organizer',
      organization_id: org.id,
    });
    const person = await Session.open(base);
    await person.send('POST', `/api/invitations/${token}/accept`, { name: HOSTILE, password: PASSWORD });
    await admin.send('POST', '/api/admin/organizations', { name_zh: '长名字', name_en: long });

    await openPeople(page, lang);
    const card = page.locator('admin-people li', { hasText: email });
    await expect(card.locator('h4')).toHaveText(HOSTILE);
    await expect(card.locator('.org')).toHaveText(lang === 'zh' ? `${HOSTILE} 剧社` : RTL);
    await expect(page.locator('admin-organizations li', { hasText: long })).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expectNoOverflow(page);
    await axe();

    const inv = page.locator('admin-invitations');
    await inv.locator('#email').fill(uniqueEmail('axe'));
    await inv.locator('#role').selectOption('organizer');
    await inv.locator('#organization').selectOption('new');
    await inv.locator('#org-name_zh').fill(`新剧社 ${lang}-${info.project.name}`);
    await inv.locator('#org-name_en').fill(`New club ${lang}-${info.project.name}`);
    await inv.locator('button[type=submit]').click();
    await expect(inv.locator('.link h3')).toBeFocused();
    await expect(
      page.locator('admin-organizations li', { hasText: `New club ${lang}-${info.project.name}` }),
    ).toHaveCount(1);
    await card.locator('button.disable').click();
    await expect(card.locator('.confirm p')).toBeFocused();
    await expectNoOverflow(page);
    await axe();

    await page.locator('nav button', { hasText: a.nav.audit }).click();
    await expect(page.locator('admin-audit li').first()).toBeVisible();
    await expect(page.locator('admin-audit li', { hasText: RTL }).first()).toBeVisible();
    await expectNoOverflow(page);
    await axe();
    await check();
  });
}
