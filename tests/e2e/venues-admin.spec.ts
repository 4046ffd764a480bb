/**
 * Admin venues end to end against the real events server (organizer-server.ts): an admin adds a venue by
 * typing GCJ-02 coordinates (stored as their WGS84 conversion), picks a point on the map, edits the venue;
 * an organizer places an event there, a moderator approves it, What's on shows it with the venue's name;
 * retiring the venue while that event is to come is refused with the event named. zh and en, phone and
 * desktop (the two Playwright projects).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './test.ts';
import { toWgs84 } from '../../src/data/datum.ts';
import { ORGANIZER_STRINGS } from '../../src/organizer/model/strings.ts';
import { VENUE_STRINGS } from '../../src/organizer/model/venue-strings.ts';
import { openSheet } from './app.ts';
import {
  PASSWORD,
  Session,
  moderator,
  organizer,
  startServer,
  uniqueEmail,
  validEvent,
  type TestServer,
} from './organizer-server.ts';

let server: TestServer;
let admin: Session;
let base: string;

test.beforeAll(async () => {
  // Own server per project, beside the preview's and the organizer spec's (+10/+11).
  const phone = test.info().project.name === 'phone';
  server = await startServer(Number(process.env.E2E_PORT ?? 4173) + (phone ? 20 : 21));
  base = server.baseURL;
  admin = await Session.admin(base);
});

test.afterAll(async () => {
  await server?.stop();
});

declare global {
  interface Window {
    __csp?: string[];
  }
}

/** Records CSP violations and script errors; `check()` asserts there were none. */
function guard(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  void page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp!.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return async () => {
    expect(await page.evaluate(() => window.__csp)).toEqual([]);
    expect(errors).toEqual([]);
  };
}

/** A second admin, invited by the first: the spec signs in with a password it knows. */
async function newAdmin(): Promise<string> {
  const email = uniqueEmail('admin');
  const { token } = await admin.send('POST', '/api/admin/invitations', { email, role: 'admin' });
  const s = await Session.open(base);
  await s.send('POST', `/api/invitations/${token}/accept`, { name: 'Admin Zhou', password: PASSWORD });
  return email;
}

async function signIn(page: Page, lang: string, email: string, hash = '') {
  // Whoever was signed in before (another role) is signed out by dropping the cookies.
  await page.context().clearCookies();
  // A new document: going to the same page with another hash would only change the hash.
  await page.goto('about:blank');
  await page.goto(`${base}/organize.html#lang=${lang}${hash}`);
  const form = page.locator('sign-in-form');
  await form.locator('input[name=email]').fill(email);
  await form.locator('input[name=password]').fill(PASSWORD);
  await form.locator('button[type=submit]').click();
}

// A test point, typed as a Chinese map app would give it (GCJ-02); not a real venue.
const TYPED: [number, number] = [120.1705, 30.2415];

for (const lang of ['zh', 'en'] as const) {
  const vt = VENUE_STRINGS[lang];
  const s = ORGANIZER_STRINGS[lang];

  test(`${lang}: an admin adds a venue from GCJ-02 coordinates, edits it, an event there is published, and retiring it is refused`, async ({
    page,
  }, info) => {
    // Three people and two pages on a 2-core machine with software WebGL: longer than one page's default.
    test.setTimeout(240_000);
    const check = guard(page);
    const id = `test-stage-${lang}-${info.project.name}`;
    const nameZh = `测试庭院舞台 ${lang}（虚构）`;
    const nameEn = `Test courtyard stage ${lang} (fictional)`;
    await signIn(page, lang, await newAdmin(), '&view=venues');
    await expect(page.locator('main h2')).toHaveText(vt.title);
    await page.locator('venue-admin button.add').click();
    await expect(page.locator('main h2')).toHaveText(vt.formNew);

    const f = page.locator('venue-form');
    // The map gives a WGS84 point where it is clicked.
    const picker = f.locator('point-picker');
    await expect(picker).toHaveAttribute('data-state', 'idle');
    await picker.click();
    await expect(f.locator('input[name=datum][value=wgs84]')).toBeChecked();
    await expect(f.locator('#lon')).not.toHaveValue('');
    await expect(f.locator('.converted')).toContainText(vt.pickedFromMap);

    // Saving with problems names them by field.
    await f.locator('#name_en').fill('<b>Stage</b>');
    await f.locator('button.save').click();
    await expect(f.locator('.summary')).toBeVisible();
    await expect(f.locator('#id-error')).toHaveText(vt.problems.required);
    await expect(f.locator('#name_en-error')).toHaveText(vt.problems.html);
    await expect(f.locator('#confidence-error')).toHaveText(vt.problems.required);

    await f.locator('#id').fill(id);
    await f.locator('#name_zh').fill(nameZh);
    await f.locator('#name_en').fill(nameEn);
    await f.locator('input[name=datum][value=gcj02]').check();
    await f.locator('#lon').fill(String(TYPED[0]));
    await f.locator('#lat').fill(String(TYPED[1]));
    const expected = toWgs84(TYPED, 'gcj02');
    await expect(f.locator('.converted')).toHaveText(
      vt.converted(expected.position[0].toFixed(7), expected.position[1].toFixed(7), expected.movedMetres),
    );
    await f.locator('#access_en').fill('Step-free side entrance (fictional).');
    await f.locator('[id="sources.0.title"]').fill('Test source (fictional)');
    await f.locator('[id="sources.0.url"]').fill('https://example.org/test-stage');
    await f.locator('#confidence').selectOption('medium');
    await f.locator('button.save').click();
    await expect(page.locator('main .notice')).toHaveText(vt.savedMsg(lang === 'zh' ? nameZh : nameEn));
    const item = page.locator(`venue-admin ul.admin li[data-id="${id}"]`);
    await expect(item).toContainText(lang === 'zh' ? nameZh : nameEn);

    const stored = (await admin.get('/api/admin/venues')).find((v: { id: string }) => v.id === id);
    expect(stored.position).toEqual(expected.position);
    expect(stored.gcj02).toEqual(TYPED);

    // Edit: the form shows the point as typed, in GCJ-02.
    await item.locator('button').first().click();
    await expect(f.locator('input[name=datum][value=gcj02]')).toBeChecked();
    await expect(f.locator('#lon')).toHaveValue(String(TYPED[0]));
    await f.locator('#name_en').fill(`${nameEn} renamed`);
    await f.locator('button.save').click();
    await expect(page.locator('main .notice')).toBeVisible();
    expect((await admin.get('/api/venues')).find((v: { id: string }) => v.id === id)).toMatchObject({
      source: 'admin',
      name_en: `${nameEn} renamed`,
      position: expected.position,
    });

    // An organizer chooses the venue (labelled as an added venue) for an event.
    const org = await organizer(base, admin);
    await signIn(page, lang, org.email);
    await page.locator('nav button').nth(1).click();
    const option = page.locator(`event-form #venue option[value="${id}"]`);
    await expect(option).toHaveText(`${lang === 'zh' ? nameZh : `${nameEn} renamed`} (${vt.adminTag})`);
    const event = validEvent(`at-stage-${lang}-${info.project.name}`, {
      zh: `庭院演出 ${lang}（虚构）`,
      en: `Courtyard show ${lang} (fictional)`,
    });
    const ef = page.locator('event-form');
    await ef.locator('#title_zh').fill(event.title_zh);
    await ef.locator('#title_en').fill(event.title_en);
    await ef.locator('#description_zh').fill(event.description_zh);
    await ef.locator('#description_en').fill(event.description_en);
    await ef.locator('#category').selectOption('performance');
    await ef.locator('#venue').selectOption(id);
    await ef.locator('#start').fill(event.start);
    await ef.locator('#end').fill(event.end);
    await ef.locator('.buttons button.primary').click();
    await expect(page.locator('main .notice')).toHaveText(s.submitted);

    // The service made the event's id: it is this organizer's only event.
    const [mine] = (await org.session.get('/api/my/events')) as { id: string }[];
    const mod = await moderator(base, admin);
    const [pending] = (await mod.session.get('/api/moderation/queue')).filter(
      (q: { id: string }) => q.id === mine.id,
    );
    await mod.session.send('POST', `/api/moderation/events/${mine.id}/approve`, {
      revision: pending.revision,
      content_hash: pending.content_hash,
    });

    // What's on names the venue; an added venue has no place card, so its name is text, not a button.
    await page.goto(`${base}/#lang=${lang}`);
    await openSheet(page);
    await page.locator('song-app .tabs button').nth(2).click();
    const occ = page.locator('event-list li.occ', {
      hasText: lang === 'zh' ? event.title_zh : event.title_en,
    });
    await expect(occ).toBeVisible();
    await expect(occ.locator('.venue-text')).toHaveText(lang === 'zh' ? nameZh : `${nameEn} renamed`);
    await expect(occ.locator('button.venue')).toHaveCount(0);
    await expect(occ.locator('button.map')).toBeVisible();

    // Retiring the venue while the event is to come is refused, naming the event.
    await signIn(page, lang, await newAdmin(), '&view=venues');
    const venue = page.locator(`venue-admin ul.admin li[data-id="${id}"]`);
    await venue.locator('button.retire').click();
    await expect(venue.locator('.confirm')).toContainText(
      vt.confirmRetire(lang === 'zh' ? nameZh : `${nameEn} renamed`),
    );
    await venue.locator('.confirm button.danger').click();
    const refusal = venue.locator('.refusal');
    await expect(refusal).toContainText(vt.retireRefused(lang === 'zh' ? nameZh : `${nameEn} renamed`));
    await expect(refusal.locator('li')).toContainText(lang === 'zh' ? event.title_zh : event.title_en);
    expect((await admin.get('/api/venues')).map((v: { id: string }) => v.id)).toContain(id);
    await check();
  });

  test(`${lang}: axe finds no violation in the venues list and form`, async ({ page }) => {
    const axe = async () => {
      const r = await new AxeBuilder({ page }).exclude('point-picker').analyze();
      expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    };
    await signIn(page, lang, await newAdmin(), '&view=venues');
    await expect(page.locator('venue-admin')).toBeVisible();
    await axe();
    await page.locator('venue-admin button.add').click();
    const f = page.locator('venue-form');
    await f.locator('input[name=datum][value=gcj02]').check();
    await f.locator('#lon').fill(String(TYPED[0]));
    await f.locator('#lat').fill(String(TYPED[1]));
    await f.locator('button.save').click();
    await expect(f.locator('.summary')).toBeVisible();
    await expect(f.locator('point-picker')).toHaveAttribute('data-state', 'idle');
    await axe();
  });
}
