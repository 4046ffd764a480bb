import { expect, test } from './test.ts';
import { MAP } from './app.ts';

test.use({ serviceWorkers: 'allow' });

test('after one visit the app, its map, its data and a saved walk work with no network', async ({
  page,
  context,
}) => {
  await page.goto('/#lang=en&walk=mine&stops=gulou,hu-xueyan,deshou-museum');
  await expect(page.locator(`${MAP}[data-state="idle"]`)).toBeAttached();
  // The service worker installs and precaches everything; wait until it controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  });
  // Save the walk on the device while online.
  const sheet = page.locator('song-app .sheet-toggle');
  if (await sheet.isVisible()) await sheet.click();
  await page.locator('walk-panel').getByRole('button', { name: 'Save on this device' }).click();
  await expect(page.locator('walk-panel [role="status"]')).toHaveText('Saved on this device');

  await context.setOffline(true);
  await page.evaluate(() => history.replaceState(null, '', '#lang=en'));
  await page.reload();
  await expect(page.locator(`${MAP}[data-state="idle"]`)).toBeAttached();
  await expect(page.locator('song-app .offline')).toHaveText('Offline');
  if (await sheet.isVisible()) await sheet.click();
  await expect(page.locator('place-list button[data-id="gulou"]')).toBeVisible();
  await page.locator('song-app .tabs button', { hasText: 'Walks' }).click();
  await page.locator('walk-list li.saved button.walk').first().click();
  await expect(page.locator('walk-panel li.stop')).toHaveCount(3);
  await expect(page.locator('walk-panel').getByTestId('walk-totals')).toContainText(/km|m ·/);
});
