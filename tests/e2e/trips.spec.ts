import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './test.ts';
import type { LearningData } from '../../src/learning/schema.ts';

/** A Tuesday, a class of 40 primary pupils in three groups on the school walk. */
const TRIP =
  'trip=1&date=2026-12-08&start=09:00&pupils=40&age=primary&budget=240&route=school-walk&groups=3&rest=60';
const STOPS = ['wushan-square', 'huqingyutang', 'gulou', 'fangxiang-taimiao-site'];

async function openTrip(page: Page, lang: 'zh' | 'en', extra = '') {
  await page.goto(`/#lang=${lang}&${TRIP}${extra}`);
  await expect(page.locator('trip-view trip-sheet article')).toBeAttached();
}

/** Text of a PDF with all white space removed (pdftotext breaks lines where the layout does). */
function pdfText(path: string): string {
  return execFileSync('pdftotext', [path, '-']).toString().replace(/\s+/g, '');
}
const squash = (s: string) => s.replace(/\s+/g, '');

function pdfPages(path: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path]).toString())![1]);
}

test('the header opens the field-trip planner by link state, and its back button returns to the map', async ({
  page,
}) => {
  await page.goto('/#lang=en');
  await page.locator('song-app header button', { hasText: 'Field trip' }).click();
  await expect(page.locator('trip-view .top h2')).toHaveText('Field-trip planner');
  await expect(page).toHaveURL(/trip=1/);
  await page.locator('trip-view button', { hasText: 'Back to the map' }).click();
  await expect(page.locator('heritage-map')).toBeAttached();
  await expect(page).not.toHaveURL(/trip=1/);
});

test('the planner times the trip and staggers three groups, in English and Chinese', async ({ page }) => {
  await openTrip(page, 'en');
  const view = page.locator('trip-view');
  await expect(view).toContainText(/About \d+ min in all \(240 min available\)/);
  await expect(view.locator('.plan-groups .group h4')).toHaveText([
    /Group 1 · Pupil no\. 1–14/,
    /Group 2/,
    /Group 3 · Pupil no\. 28–40/,
  ]);
  await expect(view).toContainText('Toilet positions are unknown');
  // The class has a break where there is room, and nobody waits more than 15 minutes at the end.
  await expect(view).toContainText(/(Snack break|Lunch), \d+ min: /);
  for (const w of await view.locator('.plan-groups .group > p').allTextContents()) {
    const wait = /waits about (\d+) min/.exec(w);
    expect(wait ? Number(wait[1]) : 0).toBeLessThanOrEqual(15);
    expect(Number(/starts (\d+) min later/.exec(w)?.[1] ?? 0)).toBeLessThanOrEqual(15);
  }
  await page.locator('song-app header button.lang', { hasText: '中文' }).click();
  await expect(view).toContainText(/(加餐休息|午餐) \d+ 分钟：/);
  await expect(view).toContainText(/全程约 \d+ 分钟/);
  await expect(view.locator('.plan-groups .group h4').first()).toHaveText(/第 1 组 · 学号 1–14/);
});

test('the planner has no accessibility violations axe can find', async ({ page }) => {
  await openTrip(page, 'en', '&date=2026-12-07&route=deshou-fangxiang');
  const r = await new AxeBuilder({ page }).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('changing the number of groups rewrites the link and the plan', async ({ page }) => {
  await openTrip(page, 'en');
  const groups = page.locator('trip-view label', { hasText: 'Groups' }).locator('input');
  await groups.fill('2');
  await groups.dispatchEvent('change');
  await expect(page).toHaveURL(/groups=2/);
  await expect(page.locator('trip-view .plan-groups .group h4')).toHaveCount(2);
});

test('a plan saved on the device holds only the link, a label and the time saved', async ({ page }) => {
  await openTrip(page, 'en');
  await page.locator('trip-view button', { hasText: 'Save on this device' }).click();
  await expect(page.locator('trip-view [role="status"]')).toHaveText('Saved on this device.');
  const stored = await page.evaluate(() =>
    JSON.parse(localStorage.getItem('song-heritage-map:trips') ?? '[]'),
  );
  expect(stored).toHaveLength(1);
  expect(Object.keys(stored[0]).sort()).toEqual(['hash', 'label', 'saved']);
  await page.reload();
  await expect(page.locator('trip-view a', { hasText: 'School walk' })).toBeVisible();
});

for (const lang of ['zh', 'en'] as const) {
  test.describe(`printed sheets (${lang})`, () => {
    test.skip(({ isMobile }) => isMobile, 'PDFs are printed once, from the desktop project');
    const learning = () => JSON.parse(readFileSync('public/data/learning.json', 'utf8')) as LearningData;
    const zh = lang === 'zh';

    test(`the teacher sheet prints on A4 with timeline, numbered groups, checkpoints and emergency space (${lang})`, async ({
      page,
    }, info) => {
      await openTrip(page, lang, '&sheet=teacher');
      const path = info.outputPath(`teacher-${lang}.pdf`);
      await page.pdf({ path, preferCSSPageSize: true });
      const text = pdfText(path);
      expect(pdfPages(path)).toBeGreaterThanOrEqual(2);
      expect(pdfPages(path)).toBeLessThanOrEqual(6);
      for (const s of zh
        ? ['教师用表·2026-12-08', '当日时间表', '第1组·学号1–14', '人数清点表', '紧急联系', '厕所位置未知']
        : [
            'Teachersheet·2026-12-08',
            'Theday',
            'Group1·Pupilno.1–14',
            'Headcountcheckpoints',
            'Emergencycontacts',
            'Toiletpositionsareunknown',
          ])
        expect(text).toContain(s);
      expect(text).not.toContain(zh ? '出行设置' : 'Tripsettings');
    });

    test(`the student worksheet prints the questions with writing space and no answers (${lang})`, async ({
      page,
    }, info) => {
      await openTrip(page, lang, '&sheet=worksheet');
      const path = info.outputPath(`worksheet-${lang}.pdf`);
      await page.pdf({ path, preferCSSPageSize: true });
      const text = pdfText(path);
      expect(pdfPages(path)).toBeGreaterThanOrEqual(1);
      expect(pdfPages(path)).toBeLessThanOrEqual(4);
      const qs = STOPS.flatMap(
        (id) => learning().stops[id]?.questions.filter((q) => q.age === 'primary') ?? [],
      );
      expect(qs.length).toBeGreaterThan(3);
      for (const q of qs) {
        expect(text).toContain(squash(zh ? q.question_zh : q.question_en));
        expect(text).not.toContain(squash(zh ? q.answer_zh : q.answer_en));
      }
    });

    test(`the answer key prints every question with its answer (${lang})`, async ({ page }, info) => {
      await openTrip(page, lang, '&sheet=key');
      const path = info.outputPath(`key-${lang}.pdf`);
      await page.pdf({ path, preferCSSPageSize: true });
      const text = pdfText(path);
      expect(pdfPages(path)).toBeGreaterThanOrEqual(1);
      expect(pdfPages(path)).toBeLessThanOrEqual(4);
      const qs = STOPS.flatMap(
        (id) => learning().stops[id]?.questions.filter((q) => q.age === 'primary') ?? [],
      );
      for (const q of qs) expect(text).toContain(squash(zh ? q.answer_zh : q.answer_en));
    });
  });
}
