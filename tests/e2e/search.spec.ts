import { expect, test } from './test.ts';
import { openApp } from './app.ts';

test('initials find 河坊街 and Enter opens its card', async ({ page }) => {
  await openApp(page, '#lang=zh');
  const input = page.locator('search-box input');
  await input.fill('hfj');
  await expect(page.locator('search-box [role="option"]').first()).toContainText('河坊街');
  await input.press('ArrowDown');
  await input.press('Enter');
  await expect(page.locator('place-card h2')).toContainText('河坊街');
});

test('an English name with a typo still finds the place, chosen with the mouse', async ({ page }) => {
  await openApp(page, '#lang=en');
  await page.locator('search-box input').fill('Hefnag');
  const option = page.locator('search-box [role="option"]', { hasText: 'Hefang Street' }).first();
  await expect(option).toBeVisible();
  await option.click();
  await expect(page.locator('place-card h2')).toContainText('Hefang Street');
});

test('a historical name finds today’s place: 朝天门 → 鼓楼', async ({ page }) => {
  await openApp(page, '#lang=zh');
  await page.locator('search-box input').fill('朝天门');
  await expect(page.locator('search-box [role="option"]').first()).toContainText('鼓楼');
});

test('a walk found by search opens in the walk panel', async ({ page }) => {
  await openApp(page, '#lang=en');
  const input = page.locator('search-box input');
  await input.fill('Imperial Street Hening');
  const option = page.locator('search-box [role="option"]', { hasText: 'The Imperial Street: Hening Gate' });
  await option.click();
  await expect(page.locator('walk-panel h2')).toHaveText(
    'The Imperial Street: Hening Gate to the Drum Tower',
  );
  await expect(page).toHaveURL(/walk=imperial-street/);
});

test('Escape closes the results and nothing is chosen', async ({ page }) => {
  await openApp(page, '#lang=en');
  const input = page.locator('search-box input');
  await input.fill('deshou');
  await expect(page.locator('search-box [role="listbox"]')).toBeVisible();
  await input.press('Escape');
  await expect(page.locator('search-box [role="listbox"]')).toBeHidden();
  await expect(page.locator('place-card')).toHaveCount(0);
});
