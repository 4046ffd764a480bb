/**
 * <learning-reference> on its own page, with the shipped data/learning.json: both languages, both viewports,
 * an axe check. The component is bundled here with Vite's build API (no app, no network), so this spec does
 * not depend on where the planner view mounts it.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './test.ts';
import { build, type Rolldown } from 'vite';
import type { LearningData } from '../../src/learning/schema.ts';

let bundle = '';
let data: LearningData;

test.beforeAll(async () => {
  // public/data/learning.json is written by `npm run data`, which the web server's build runs first.
  data = JSON.parse(readFileSync('public/data/learning.json', 'utf8')) as LearningData;
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: 'src/learning/ui/learning-reference.ts',
        formats: ['es'],
        fileName: 'learning-reference',
      },
    },
  })) as Rolldown.RolldownOutput[];
  bundle = out[0].output[0].type === 'chunk' ? out[0].output[0].code : '';
});

async function mount(page: Page, lang: 'zh' | 'en', highlight: string[] = []) {
  await page.setContent(
    `<!doctype html><html lang="${lang === 'zh' ? 'zh-Hans' : 'en'}"><head><meta name="viewport" content="width=device-width"><title>learning</title></head><body><main><h1>${lang === 'zh' ? '学习资料' : 'Learning material'}</h1><learning-reference></learning-reference></main></body></html>`,
  );
  await page.addScriptTag({ content: bundle, type: 'module' });
  await page
    .locator('learning-reference')
    .evaluate((el, props) => Object.assign(el, props), { data, lang, highlight });
}

for (const lang of ['zh', 'en'] as const) {
  test(`draws every timeline entry and glossary term in ${lang}, with no axe violations`, async ({
    page,
  }) => {
    await mount(page, lang, ['deshou-museum']);
    const host = page.locator('learning-reference');
    await expect(
      host.getByRole('heading', { name: lang === 'zh' ? '宋代年表' : 'Song timeline' }),
    ).toBeVisible();
    await expect(host.locator('ol > li')).toHaveCount(data.timeline.length);
    await expect(host.locator('dt')).toHaveCount(data.glossary.length);
    await expect(host.locator('ol > li').first()).toContainText(
      lang === 'zh' ? '1127年（建炎元年）' : '1127 (建炎元年)',
    );
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await host.locator('details').first().locator('summary').click();
    await expect(host.locator('details').first().getByRole('link').first()).toBeVisible();
    await host.evaluate((el) => Object.assign(el, { show: 'glossary' }));
  });
}

test('marks the entries about the highlighted places and lists those glossary terms first', async ({
  page,
}) => {
  await mount(page, 'en', ['deshou-museum']);
  const host = page.locator('learning-reference');
  const marked = data.glossary.filter((t) => t.places?.includes('deshou-museum'));
  await expect(host.locator('dt').first()).toContainText(marked[0].term_en);
  await expect(host.locator('dt .mark')).toHaveCount(marked.length);
  await expect(host.locator('li .mark')).toHaveCount(
    data.timeline.filter((e) => e.places?.includes('deshou-museum')).length,
  );
});

test('shows only the glossary when asked, and a notice before data arrives', async ({ page }) => {
  await mount(page, 'zh');
  const host = page.locator('learning-reference');
  await host.evaluate((el) => Object.assign(el, { show: 'glossary' }));
  await expect(host.locator('ol')).toHaveCount(0);
  await expect(host.locator('dl')).toHaveCount(1);
  await host.evaluate((el) => Object.assign(el, { data: undefined }));
  await expect(host).toContainText('学习资料尚未加载');
});
