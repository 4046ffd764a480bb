/**
 * The app under the server's Content-Security-Policy (server/security.ts): every main flow — map, place
 * card, language switch, search, What's on, a walk and its printed map snapshot, the service worker — runs
 * with zero `securitypolicyviolation` events and no CSP console errors, in Chinese and English.
 */
import { expect, test, type Page } from './test.ts';
import { isPhone, openApp, openSheet, watch } from './app.ts';

declare global {
  interface Window {
    __violations?: string[];
  }
}

function recordViolations(page: Page) {
  return page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations!.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}

async function expectClean(page: Page, errors: string[]) {
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
}

test('the page is served with a strict Content-Security-Policy', async ({ request }) => {
  const res = await request.get('/');
  const csp = res.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
});

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: map, card, search, What's on and a walk run with zero CSP violations`, async ({ page }) => {
    await recordViolations(page);
    const w = watch(page);
    await openApp(page, `#lang=${lang}`);
    // A place card from the map's list.
    await openSheet(page);
    await page.locator('place-list li button').first().click();
    await expect(page.locator('place-card h2')).toBeVisible();
    // Search.
    const search = page.locator('search-box input');
    if (await search.isVisible()) {
      await search.fill(lang === 'zh' ? '鼓楼' : 'Hefang');
      await expect(page.locator('search-box [role=option]').first()).toBeVisible();
      await search.press('Escape');
    }
    // What's on, read from the events service.
    await page.goto(`/#lang=${lang}`);
    await openSheet(page);
    await page.locator('song-app .tabs button').nth(2).click();
    await expect(page.locator('event-list li.occ').first()).toBeVisible();
    // The other language, then a walk.
    await page.locator('song-app button.lang').click();
    await page.goto(`/#lang=${lang}&walk=deshou-fangxiang`);
    await expect(page.locator('walk-panel li.stop')).toHaveCount(5);
    await expectClean(page, w.errors);
  });
}

test('the printed map snapshot (a data: image) is allowed', async ({ page }) => {
  test.skip(isPhone(page), 'printing is checked once, at desktop size');
  await recordViolations(page);
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  const w = watch(page);
  await openApp(page, '#lang=en&walk=deshou-fangxiang');
  await page.locator('walk-panel').getByRole('button', { name: 'Print' }).click();
  await expect(page.locator('song-app img.print-map')).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expectClean(page, w.errors);
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });
  test('registers and takes control with zero CSP violations', async ({ page }) => {
    await recordViolations(page);
    const w = watch(page);
    await openApp(page, '#lang=en');
    await expect
      .poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 })
      .toBe(true);
    await page.reload();
    await expect(page.locator('heritage-map[data-state="idle"]')).toBeAttached();
    await expectClean(page, w.errors);
  });
});
