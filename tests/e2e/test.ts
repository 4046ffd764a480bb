/**
 * Playwright's `test` with the browser's clock fixed at TEST_NOW for every page (Date only: timers run), so
 * the app sees the same day whenever the suite runs. A test that needs another moment sets its own with
 * `page.clock.setFixedTime`. Specs import `test` and `expect` from here, not from @playwright/test.
 */
import { test as base } from '@playwright/test';
import { TEST_NOW } from './clock.ts';

export const test = base.extend({
  page: async ({ page }, use) => {
    await page.clock.setFixedTime(TEST_NOW);
    await use(page);
  },
});

export { expect, type Page, type Locator, type BrowserContext } from '@playwright/test';
