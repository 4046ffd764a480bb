/**
 * Traditional Chinese (#20): the picker's 繁體 turns the shell, a place card and a walk Traditional (UI tables
 * generated at build time, data texts from data/zh-hant.json), the URL and <html lang> follow, and axe with
 * every rule tag finds nothing.
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

const shot = (page: Page, name: string) =>
  page.screenshot({
    path: `/tmp/hant-${name}-${(page.viewportSize()?.width ?? 0) < 860 ? 'phone' : 'desktop'}.png`,
  });

test.slow();

test('繁體 turns the shell and a place card Traditional, with the URL and <html lang>', async ({ page }) => {
  await openApp(page, '#lang=zh');
  await expect(page.locator('song-app header h1')).toContainText('宋韵上城');
  await page.locator('song-app header button.script', { hasText: '繁體' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page).toHaveURL(/lang=zh-Hant/);
  await expect(page.locator('song-app header h1')).toContainText('宋韻上城');
  await openSheet(page);
  const item = page.locator('place-list button[data-id="deshou-museum"]');
  await expect(item).toContainText('南宋德壽宮遺址博物館');
  await item.click();
  await expect(page.locator('place-card h2').first()).toHaveText('南宋德壽宮遺址博物館');
  await expect(page.locator('place-card')).toContainText('資料來源');
  await shot(page, 'card');
  expect(await violations(page)).toEqual([]);
});

test('a walk reads Traditional, directions included, and 简体 goes back', async ({ page }) => {
  await openApp(page, '#lang=zh-Hant&walk=qinghefang-shops');
  await openSheet(page);
  const panel = page.locator('walk-panel');
  await expect(panel.locator('h2')).toHaveText('清河坊老字號');
  await expect(panel.locator('li.leg').first()).toContainText(/沿.+步行 \d+ 公尺|沿.+步行 \d+ 米/);
  await shot(page, 'walk');
  expect(await violations(page)).toEqual([]);
  await page.locator('song-app header button.script', { hasText: '简体' }).click();
  await expect(panel.locator('h2')).toHaveText('清河坊老字号');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page).toHaveURL(/lang=zh(&|$)/);
});
