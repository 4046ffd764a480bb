import { expect, test } from './test.ts';
import { openApp, rendered } from './app.ts';

const VIEW = 'map=14.50/30.24000/120.16500';
type Page = import('@playwright/test').Page;
const ids = async (page: Page) => new Set((await rendered(page)).map((f) => f.id));
/** Which of these features are drawn, e.g. "deshou-palace-extent:yes wushan-square:no". */
const drawn = async (page: Page, ...names: string[]) => {
  const now = await ids(page);
  return names.map((n) => `${n}:${now.has(n) ? 'yes' : 'no'}`).join(' ');
};

/** On a phone the time control starts folded. */
async function openTime(page: Page) {
  const details = page.locator('song-app details.time');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await details.locator('summary').click();
}

test('moving the time control hides what did not yet exist and shows what was lost', async ({ page }) => {
  await openApp(page, `#lang=en&${VIEW}`);
  await openTime(page);
  await expect
    .poll(() => drawn(page, 'deshou-palace-extent', 'wushan-square'))
    .toBe('deshou-palace-extent:no wushan-square:yes');

  await page.locator('time-control').getByRole('button', { name: 'Southern Song' }).click();
  await expect(page).toHaveURL(/year=1200/);
  await expect(page.locator('time-control output')).toHaveText('1200 · 庆元六年');
  await expect
    .poll(() => drawn(page, 'deshou-palace-extent', 'wushan-square'))
    .toBe('deshou-palace-extent:yes wushan-square:no');

  await page.locator('time-control').getByRole('button', { name: 'Today' }).click();
  await expect(page).not.toHaveURL(/year=/);
  await expect.poll(async () => (await ids(page)).has('wushan-square')).toBe(true);
});

test('the year slider moves by keyboard and names the era', async ({ page }) => {
  await openApp(page, `#lang=zh&${VIEW}&year=1162`);
  const slider = page.locator('time-control input#year');
  await expect(slider).toHaveValue('1162');
  await expect(page.locator('time-control output')).toHaveText('1162 年 · 绍兴三十二年');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('time-control output')).toHaveText('1163 年 · 隆兴元年');
  await expect(page).toHaveURL(/year=1163/);
});

test('a dated link restores the year after a reload', async ({ page }) => {
  await openApp(page, `#lang=en&${VIEW}&year=1880`);
  await page.reload();
  await expect(page.locator('time-control input#year')).toHaveValue('1880');
  await expect(page.locator('time-control').getByRole('button', { name: 'Yuan–Qing' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect
    .poll(() => drawn(page, 'huqingyutang', 'deshou-museum'))
    .toBe('huqingyutang:yes deshou-museum:no');
});

test('the then/now comparison turns on and fades by keyboard', async ({ page }) => {
  await openApp(page, `#lang=en&${VIEW}`);
  await openTime(page);
  const toggle = page.locator('time-control').getByRole('checkbox', { name: 'Then and now' });
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/fade=50/);
  // In a comparison the Song reconstruction and today's map are both drawn.
  await expect
    .poll(() => drawn(page, 'deshou-palace-extent', 'wushan-square'))
    .toBe('deshou-palace-extent:yes wushan-square:yes');
  const fade = page.locator('time-control input#fade');
  await fade.focus();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/fade=0/);
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/fade=100/);
  await page.reload();
  await expect(page.locator('time-control input#fade')).toHaveValue('100');
});

test('a place above Song remains says so on its card, in both languages', async ({ page }) => {
  await openApp(page, '#lang=en&place=imperial-street-gulou-hefang');
  await expect(page.locator('place-card .beneath')).toContainText('Beneath your feet');
  await page.locator('song-app button.lang').click();
  await expect(page.locator('place-card .beneath')).toContainText('脚下的南宋');
});
