/**
 * Drawing a procession's route on the organizer's map, end to end against the real events server: taps or
 * clicks add points, a finger or the mouse drags one (the map stays put), one is deleted, the typed
 * coordinates follow, the saved event carries the same valid route, and the live preview draws it as the
 * tourist map does. Chinese and English, phone (touch) and desktop (mouse).
 */
import { expect, test, type Locator, type Page } from './test.ts';
import { hangzhouDay } from './clock.ts';
import type { HeritageMap } from '../../src/map/heritage-map.ts';
import type { RouteEditor } from '../../src/organizer/ui/route-editor.ts';
import { ORGANIZER_STRINGS } from '../../src/organizer/model/strings.ts';
import { PASSWORD, Session, organizer, startServer, type TestServer } from './organizer-server.ts';

let server: TestServer;
let admin: Session;
let base: string;

test.beforeAll(async () => {
  // Its own server per project, on the same ports as organizer.spec.ts (the two specs run one after another).
  const phone = test.info().project.name === 'phone';
  const port = Number(process.env.E2E_PORT ?? 4173) + (phone ? 10 : 11);
  server = await startServer(port);
  base = server.baseURL;
  admin = await Session.admin(base);
});

test.afterAll(async () => {
  await server?.stop();
});

type Point = { x: number; y: number };

const isPhone = () => test.info().project.name === 'phone';

const day = hangzhouDay;

/** A tap with a finger on the phone, a click with the mouse on the desktop. */
async function tap(page: Page, p: Point) {
  if (isPhone()) await page.touchscreen.tap(p.x, p.y);
  else await page.mouse.click(p.x, p.y);
}

/** Presses at `from`, moves in small steps to `to`, releases: a finger (CDP touch events) or the mouse. */
async function drag(page: Page, from: Point, to: Point) {
  const steps = 10;
  const at = (i: number) => ({
    x: from.x + ((to.x - from.x) * i) / steps,
    y: from.y + ((to.y - from.y) * i) / steps,
  });
  if (isPhone()) {
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: string, p?: Point) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: p ? [{ x: p.x, y: p.y }] : [] } as never);
    await touch('touchStart', from);
    for (let i = 1; i <= steps; i++) await touch('touchMove', at(i));
    await touch('touchEnd');
    await cdp.detach();
  } else {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= steps; i++) await page.mouse.move(at(i).x, at(i).y);
    await page.mouse.up();
  }
}

/** The typed coordinates, one [lon, lat] per line. */
async function typedRoute(form: Locator): Promise<[number, number][]> {
  const text = await form.locator('#route').inputValue();
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split(',').map(Number) as [number, number]);
}

/** Where the editor draws a position now, in viewport pixels. */
function onScreen(editor: Locator, p: [number, number]): Promise<Point> {
  return editor.evaluate((el, q) => (el as RouteEditor).pointOnScreen(q)!, p);
}

async function expectNear(editor: Locator, p: [number, number], want: Point) {
  const got = await onScreen(editor, p);
  expect(Math.abs(got.x - want.x)).toBeLessThan(2);
  expect(Math.abs(got.y - want.y)).toBeLessThan(2);
}

async function signIn(page: Page, lang: string, email: string) {
  await page.goto(`${base}/organize.html#lang=${lang}`);
  const form = page.locator('sign-in-form');
  await form.locator('input[name=email]').fill(email);
  await form.locator('input[name=password]').fill(PASSWORD);
  await form.locator('button[type=submit]').click();
}

for (const lang of ['zh', 'en'] as const) {
  const s = ORGANIZER_STRINGS[lang];
  const r = s.routeEditor;

  test(`${lang}: an organizer draws a route on the map, moves and deletes a point, and saves it`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const { email, session } = await organizer(base, admin);
    await signIn(page, lang, email);
    await page.locator('nav button').nth(1).click();
    await expect(page.locator('main h2')).toHaveText(s.formTitleNew);

    const form = page.locator('event-form');
    await form.locator('#title_zh').fill('宋韵巡游');
    await form.locator('#title_en').fill('Song procession');
    await form.locator('#description_zh').fill('沿街巡游。');
    await form.locator('#description_en').fill('A procession through the lanes.');
    await form.locator('#category').selectOption('festival');
    await form.locator('#start').fill(`${day(12)}T10:00`);
    await form.locator('#end').fill(`${day(12)}T11:00`);
    await form.locator('input[name=where][value=route]').check();

    const editor = form.locator('route-editor');
    await editor.evaluate((el) => (el as RouteEditor).ready);
    await expect(editor.locator('.status')).toHaveText(r.empty);
    // The coordinates are folded away until asked for.
    await expect(form.locator('#route')).toBeHidden();

    await editor.locator('#map').scrollIntoViewIfNeeded();
    const box = (await editor.locator('#map').boundingBox())!;
    const at = (fx: number, fy: number) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy });
    const taps = [at(0.25, 0.3), at(0.55, 0.35), at(0.6, 0.65), at(0.3, 0.7)];
    for (const [i, p] of taps.entries()) {
      await tap(page, p);
      await expect(editor.locator('.status')).toContainText(
        lang === 'zh' ? `${i + 1} 个点` : `${i + 1} point`,
      );
    }
    let route = await typedRoute(form);
    expect(route).toHaveLength(4);
    for (const [i, p] of route.entries()) await expectNear(editor, p, taps[i]);

    // Drag the second point; the map must not pan (the first point stays where it was tapped).
    const moved = { x: taps[1].x + 45, y: taps[1].y + 50 };
    await drag(page, taps[1], moved);
    await expect.poll(async () => (await typedRoute(form))[1]).not.toEqual(route[1]);
    route = await typedRoute(form);
    expect(route).toHaveLength(4);
    await expectNear(editor, route[1], moved);
    await expectNear(editor, route[0], taps[0]);

    // Select the third point and delete it: the Delete key on the desktop, the button on the phone.
    await tap(page, taps[2]);
    await expect(editor.locator('.time span')).toHaveText(r.selected(3));
    if (isPhone()) await editor.locator('#delete').click();
    else await page.keyboard.press('Delete');
    await expect(editor.locator('.status')).toContainText(lang === 'zh' ? '3 个点' : '3 points');
    const drawn = await typedRoute(form);
    expect(drawn).toEqual([route[0], route[1], route[3]]);
    // The typed coordinates are the same route, and typing there moves the map's points.
    await form.locator('details.coords summary').click();
    await expect(form.locator('#route')).toBeVisible();

    await form.locator('.buttons button').first().click();
    await expect(page.locator('main .notice')).toHaveText(s.saved);
    // The service made the id (this organizer's only event).
    const [mine] = (await session.get('/api/my/events')) as { id: string }[];
    const stored = await session.get(`/api/my/events/${mine.id}`);
    expect(stored.working.event.route).toEqual({ type: 'LineString', coordinates: drawn });
    expect(stored.working.event.venue).toBeUndefined();
    expect(errors).toEqual([]);
  });

  test(`${lang}: the preview draws the route as visitors will see it, and typed coordinates show on the map`, async ({
    page,
  }) => {
    const { email } = await organizer(base, admin);
    await signIn(page, lang, email);
    await page.locator('nav button').nth(1).click();
    const form = page.locator('event-form');
    await form.locator('#title_zh').fill('宋韵巡游');
    await form.locator('#title_en').fill('Song procession');
    await form.locator('#start').fill(`${day(12)}T10:00`);
    await form.locator('#end').fill(`${day(12)}T11:00`);
    await form.locator('input[name=where][value=route]').check();
    await form.locator('details.coords summary').click();
    // Three points along 中山路 (Zhongshan Road), the old imperial way; the last one passed at minute 40.
    await form.locator('#route').fill('120.1688, 30.2455\n120.1689, 30.2425\n120.1690, 30.2400, 40');
    const editor = form.locator('route-editor');
    await expect(editor.locator('.status')).toContainText(lang === 'zh' ? '3 个点' : '3 points');
    await expect(editor.locator('.hint').first()).toHaveText(r.timesKept);

    const preview = form.locator('event-preview heritage-map');
    await preview.evaluate((el) => (el as HeritageMap).ready);
    await expect
      .poll(() => preview.evaluate((el) => (el as HeritageMap).renderedFeatures(['event-route']).length))
      .toBeGreaterThan(0);

    // Clearing asks first; keeping leaves the route as it was.
    await editor.locator('#clear').click();
    await expect(editor.locator('.confirm')).toContainText(r.clearConfirm(3));
    await editor.locator('.confirm button').nth(1).click();
    await expect(form.locator('#route')).toHaveValue(/120\.1690, 30\.2400, 40$/);
    await editor.locator('#clear').click();
    await editor.locator('.confirm button.danger').click();
    await expect(form.locator('#route')).toHaveValue('');
    await expect(editor.locator('.status')).toHaveText(r.empty);
    await editor.locator('#undo').click();
    await expect(editor.locator('.status')).toContainText(lang === 'zh' ? '3 个点' : '3 points');

    // Following the lanes, a second tap adds the lanes' own vertices between the two taps.
    await editor.locator('#map').scrollIntoViewIfNeeded();
    const north = await onScreen(editor, [120.1688, 30.2455]);
    const south = await onScreen(editor, [120.169, 30.24]);
    await editor.locator('#clear').click();
    await editor.locator('.confirm button.danger').click();
    await editor.locator('#follow').check();
    await tap(page, north);
    await expect(editor.locator('.status')).toContainText(lang === 'zh' ? '1 个点' : '1 point');
    await tap(page, south);
    await expect.poll(async () => (await typedRoute(form)).length).toBeGreaterThan(2);
  });
}
