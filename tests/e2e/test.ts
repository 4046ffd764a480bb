/**
 * Playwright's `test` with the browser's clock fixed at TEST_NOW for every page (Date only: timers run), so
 * the app sees the same day whenever the suite runs. A test that needs another moment sets its own with
 * `page.clock.setFixedTime`. Specs import `test` and `expect` from here, not from @playwright/test.
 *
 * Pages open as a returning visitor's (the first screen already put away) unless a spec sets
 * `test.use({ firstVisit: true })`.
 */
import { test as base } from '@playwright/test';
import { TEST_NOW } from './clock.ts';

export const test = base.extend<{ firstVisit: boolean }>({
  firstVisit: [false, { option: true }],
  page: async ({ page, firstVisit }, use) => {
    await page.clock.setFixedTime(TEST_NOW);
    if (!firstVisit)
      await page.addInitScript(() => {
        try {
          localStorage.setItem('song-heritage-map:start-seen', '1');
        } catch {
          // Opaque origins (about:blank) have no storage.
        }
      });
    await use(page);
  },
});

export { expect, type Page, type Locator, type BrowserContext } from '@playwright/test';
