import { along, length, lineString, nearestPointOnLine, point, destination } from '@turf/turf';
import { expect, test, type Page } from './test.ts';
import { openSheet } from './app.ts';

type LonLat = [number, number];

/** The speech engine stubbed at the browser boundary: it records what it was asked to say and do. */
function stubSpeech() {
  return (langs: string[]) => {
    const log: { op: string; text?: string; lang?: string }[] = [];
    (window as unknown as { speechLog: typeof log }).speechLog = log;
    class Utterance extends EventTarget {
      lang = '';
      voice: unknown = null;
      constructor(readonly text: string) {
        super();
      }
    }
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => langs.map((lang) => ({ lang, name: `test ${lang}` })),
      speak: (u: Utterance) => log.push({ op: 'speak', text: u.text, lang: u.lang }),
      pause: () => log.push({ op: 'pause' }),
      resume: () => log.push({ op: 'resume' }),
      cancel: () => log.push({ op: 'cancel' }),
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  };
}

const speechLog = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { speechLog: { op: string; text?: string; lang?: string }[] }).speechLog,
  );

/** The guided route as the app follows it now (its line and stop positions). */
async function guided(page: Page) {
  return page.locator('song-app').evaluate((el) => {
    const r = (
      el as unknown as { guide: { route: { line: LonLat[]; stops: { id: string; lonLat: LonLat }[] } } }
    ).guide.route;
    return { line: r.line, stops: r.stops.map((s) => ({ id: s.id, lonLat: s.lonLat })) };
  });
}

/** Points every `step` metres along a line from `from` (metres) to `to`. */
function track(line: LonLat[], from: number, to: number, step = 25): LonLat[] {
  const ls = lineString(line);
  const out: LonLat[] = [];
  for (let m = from; m < to; m += step)
    out.push(along(ls, m, { units: 'meters' }).geometry.coordinates as LonLat);
  return out;
}

const alongOf = (line: LonLat[], p: LonLat) =>
  nearestPointOnLine(lineString(line), point(p), { units: 'meters' }).properties.location;

async function walkTo(page: Page, points: LonLat[]) {
  for (const [longitude, latitude] of points) {
    await page.context().setGeolocation({ longitude, latitude });
    // One fix per 20 ms: the app sees each position (watchPosition) as a walker's phone would.
    await page.waitForTimeout(20);
  }
}

const TEXT = {
  en: {
    start: 'Start walk',
    read: 'Read aloud',
    off: 'You have left the route.',
    rerouted: 'New route from where you are.',
    reached: 'You have reached stop',
    done: 'You have finished the walk',
  },
  zh: {
    start: '开始导览',
    read: '朗读',
    off: '你已偏离路线。',
    rerouted: '已从你所在的位置重新规划路线。',
    reached: '已到达第',
    done: '步道走完了',
  },
};

for (const lang of ['zh', 'en'] as const) {
  test.describe(`guided walk (${lang})`, () => {
    test.use({ permissions: ['geolocation'], geolocation: { latitude: 30.2403, longitude: 120.1667 } });

    test(`a scripted GPS track reaches each stop in order, a detour gets a new route, and the story is read aloud (${lang})`, async ({
      page,
    }, info) => {
      // A whole walk of GPS fixes: generous on a shared 2-core machine.
      test.setTimeout(180_000);
      await page.addInitScript(stubSpeech(), ['zh-CN', 'en-GB']);
      const t = TEXT[lang];
      // The guide needs the walk, not the map: on a busy machine the map may still be drawing.
      await page.goto(`/#lang=${lang}&walk=hundred-lanes`);
      await openSheet(page);
      const start = page.locator('walk-panel button.start-walk');
      await expect(start).toHaveText(new RegExp(t.start));
      await start.click();
      let { line, stops } = await guided(page);
      const guide = page.locator('walk-guide');
      await expect(guide).toBeVisible();
      // To the start, then along the first leg to stop 2.
      const s = stops.map((x) => alongOf(line, x.lonLat));
      await walkTo(page, [stops[0].lonLat]);
      await expect(guide.locator('.arrived')).toContainText(
        lang === 'zh' ? '已到达第 1 站' : 'You have reached stop 1',
      );
      await expect(guide.locator('.story p')).not.toBeEmpty();
      await expect(guide.locator('.next')).toContainText(lang === 'zh' ? '下一站 2' : 'Next, stop 2');
      await expect(guide.locator('.turn')).toBeVisible();
      await page.screenshot({ path: `/tmp/walks/guide-${info.project.name}-${lang}-1.png` });

      // Read aloud: started by a tap, paused, a sentence skipped, stopped.
      await guide.getByRole('button', { name: t.read }).click();
      await expect.poll(async () => (await speechLog(page)).filter((e) => e.op === 'speak').length).toBe(1);
      const first = (await speechLog(page)).find((e) => e.op === 'speak')!;
      expect(first.lang).toBe(lang === 'zh' ? 'zh-CN' : 'en-GB');
      expect(first.text!.length).toBeGreaterThan(3);
      await guide.getByRole('button', { name: lang === 'zh' ? '暂停' : 'Pause' }).click();
      await guide.getByRole('button', { name: lang === 'zh' ? '继续' : 'Resume' }).click();
      await guide.getByRole('button', { name: lang === 'zh' ? '跳过这句' : 'Skip sentence' }).click();
      await guide.getByRole('button', { name: lang === 'zh' ? '停止朗读' : 'Stop reading' }).click();
      const ops = (await speechLog(page)).map((e) => e.op);
      expect(ops.slice(ops.indexOf('speak'))).toEqual([
        'speak',
        'pause',
        'resume',
        'cancel',
        'speak',
        'cancel',
      ]);
      const spoken = (await speechLog(page)).filter((e) => e.op === 'speak').map((e) => e.text);
      expect(spoken[1]).not.toBe(spoken[0]);
      await expect(guide.getByRole('button', { name: t.read })).toBeVisible();

      await walkTo(page, [...track(line, s[0], s[1]), stops[1].lonLat]);
      await expect(guide.locator('.arrived')).toContainText(
        lang === 'zh' ? '已到达第 2 站' : 'You have reached stop 2',
      );

      // Leave the route: 150 m off to the side of the next leg.
      const mid = track(line, s[1], s[2])[1];
      const off = destination(point(mid), 150, 0, { units: 'meters' }).geometry.coordinates as LonLat;
      await walkTo(page, [off]);
      await expect(guide.locator('.notice')).toContainText(t.rerouted);
      await expect(guide.locator('.next')).toContainText(lang === 'zh' ? '下一站 3' : 'Next, stop 3');
      ({ line, stops } = await guided(page));
      expect(stops[0].id).toBe('here');
      expect(stops.slice(1).map((x) => x.id)).toEqual(['deshou-zhijixiang-lane', 'wuliu-lane']);
      await page.screenshot({ path: `/tmp/walks/guide-${info.project.name}-${lang}-2.png` });

      // Follow the new route to stops 3 and 4.
      const r = stops.map((x) => alongOf(line, x.lonLat));
      await walkTo(page, [...track(line, 0, r[1]), stops[1].lonLat]);
      await expect(guide.locator('.arrived')).toContainText(
        lang === 'zh' ? '已到达第 3 站' : 'You have reached stop 3',
      );
      await walkTo(page, [
        ...track(line, r[1], Math.min(r[2], length(lineString(line), { units: 'meters' }))),
        stops[2].lonLat,
      ]);
      await expect(guide.locator('.arrived')).toContainText(
        lang === 'zh' ? '已到达第 4 站' : 'You have reached stop 4',
      );
      await expect(guide.locator('.next')).toContainText(t.done);
      await page.screenshot({ path: `/tmp/walks/guide-${info.project.name}-${lang}-3.png` });
      await guide.getByRole('button', { name: lang === 'zh' ? '结束导览' : 'End walk' }).click();
      await expect(page.locator('walk-panel')).toBeVisible();
    });
  });
}
