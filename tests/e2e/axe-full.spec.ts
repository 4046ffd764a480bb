/**
 * axe with every rule tag it has (WCAG A to AAA, best practice, experimental) on the visitor's main views,
 * in both languages; the project runs it on a phone and on a desktop. Beyond the AA check of map.spec.ts:
 * AAA contrast, heading order, and accessible names that contain the visible text.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { openApp, openSheet } from './app.ts';

const TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag2aaa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'best-practice',
  'experimental',
];

async function violations(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

async function tab(page: Page, n: number) {
  await openSheet(page);
  await page.locator('song-app .tabs button').nth(n).click();
}

for (const lang of ['zh', 'en'] as const) {
  test.describe(`every axe rule (${lang})`, () => {
    // Every rule on a whole view takes axe several seconds each time on a busy two-core machine.
    test.slow();
    test('the place list', async ({ page }) => {
      await openApp(page, `#lang=${lang}`);
      await openSheet(page);
      await expect(page.locator('place-list button').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('a place card', async ({ page }) => {
      await openApp(page, `#lang=${lang}&place=deshou-museum`);
      await expect(page.locator('place-card h2')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('the walks and an open walk', async ({ page }) => {
      await openApp(page, `#lang=${lang}`);
      await tab(page, 1);
      await expect(page.locator('walk-list button[data-walk]').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.locator('walk-list button[data-walk="qinghefang-shops"]').click();
      await expect(page).toHaveURL(/walk=qinghefang-shops/);
      expect(await violations(page)).toEqual([]);
    });

    test("What's on: list and month", async ({ page }) => {
      await openApp(page, `#lang=${lang}`);
      await tab(page, 2);
      const list = page.locator('event-list');
      await expect(list).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await list.locator('.views button[data-view="month"]').click();
      await expect(list.locator('event-calendar table')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}
