/** Shared steps for the browser tests: open the app, wait for the map, watch the network. */
import { expect, type Page } from '@playwright/test';

export const MAP = 'heritage-map';

/** Console noise from software WebGL that says nothing about the app. */
const NOISE = [/GPU stall due to ReadPixels/, /GL_CLOSE_PATH_NV/, /WebGL.*performance/i];

export interface Watch {
  /** Every URL the page requested. */
  requests: string[];
  /** Page errors and console errors (noise filtered out). */
  errors: string[];
}

export function watch(page: Page): Watch {
  const w: Watch = { requests: [], errors: [] };
  page.on('request', (r) => w.requests.push(r.url()));
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !NOISE.some((n) => n.test(m.text()))) w.errors.push(`console: ${m.text()}`);
  });
  return w;
}

export async function openApp(page: Page, hash = '', state: 'idle' | 'unsupported' = 'idle'): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(page.locator(`${MAP}[data-state="${state}"]`)).toBeAttached();
}

/** The ids and areas drawn in the heritage layers right now. */
export async function rendered(page: Page, layers?: string[]) {
  return page
    .locator(MAP)
    .evaluate(
      (el, l) => (el as import('../../src/map/heritage-map.ts').HeritageMap).renderedFeatures(l),
      layers,
    );
}

export const isPhone = (page: Page) => (page.viewportSize()?.width ?? 0) < 860;

/** On a phone the list lives in a bottom sheet: open it first. */
export async function openSheet(page: Page): Promise<void> {
  if (!isPhone(page)) return;
  const toggle = page.locator('song-app .sheet-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}
