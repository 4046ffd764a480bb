/** What the organizer-page specs assert after every flow: no CSP violation, no script error, no dialog, no injected script run. */
import { expect, type Page } from '@playwright/test';

declare global {
  interface Window {
    __xss?: number;
    __csp?: string[];
  }
}

/** Records CSP violations, script errors and dialogs; the returned check asserts there were none and nothing ran. */
export function guard(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  void page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp!.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return async () => {
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(await page.evaluate(() => window.__csp)).toEqual([]);
    expect(errors).toEqual([]);
  };
}
