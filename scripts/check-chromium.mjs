// Fails the browser tests early, with one line that says what to do, when no Chromium is installed.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
];
if (!candidates.some((p) => p && existsSync(p))) {
  console.error(
    'No Chromium found: install it with `sudo apt-get install --no-install-recommends chromium fonts-noto-cjk` (or set CHROMIUM_PATH).',
  );
  process.exit(1);
}
