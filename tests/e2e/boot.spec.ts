import { chromium } from '@playwright/test';
import { expect, test } from './test.ts';
import { openApp } from './app.ts';

// index.html paints a boot shell before any script runs (src/page.css, src/main.ts).

test('until the scripts arrive the page shows the title and says, in Chinese and English, that it is loading', async ({
  page,
}) => {
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('.boot-title')).toHaveText(/宋韵上城\s*Song Heritage Map/);
  const status = page.locator('.boot-status').first();
  await expect(status).toBeVisible();
  await expect(status).toContainText('地图与地点加载中');
  await expect(status).toContainText('Loading the map and places');
  await expect(page.locator('.boot-search')).toBeVisible();
});

test('once the app has rendered the boot shell is gone and the app’s own header is on screen', async ({
  page,
}) => {
  await openApp(page, '#lang=en');
  await expect(page.locator('.boot')).toHaveCount(0);
  await expect(page.locator('song-app h1')).toContainText('Song Heritage Map');
  await expect(page.getByRole('combobox')).toBeVisible();
});

test('a browser with scripting turned off is told, in both languages, that the map needs JavaScript', async ({
  browserName,
}, info) => {
  test.skip(browserName !== 'chromium');
  const { launchOptions, baseURL, viewport } = info.project.use;
  const off = await chromium.launch({
    ...launchOptions,
    args: [...(launchOptions?.args ?? []), '--blink-settings=scriptEnabled=false'],
  });
  const page = await off.newPage({ viewport });
  await page.goto(`${baseURL}/`);
  const visible = page.locator('.boot-status:visible');
  await expect(visible).toHaveCount(1);
  await expect(visible).toContainText('需要启用 JavaScript');
  await expect(visible).toContainText('needs JavaScript');
  await expect(page.locator('.boot-search')).toBeHidden();
  await off.close();
});

test('the boot shell never prints, even while it is on screen', async ({ page }) => {
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('.boot')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.boot')).toBeHidden();
});
