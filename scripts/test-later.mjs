// `npm run test:later`: the unit tests and the date-sensitive browser specs again, with the machine's clock
// moved LATER_DAYS on by libfaketime (Debian's `faketime`). Nothing in the project may depend on the day it
// runs (src/data/clock.ts): this run is the proof. The build and the events server of the browser run are
// made under the moved clock too (a fresh server on its own port). Chromium itself is left on the real clock
// (under libfaketime it starts ~10x slower); its pages live at the tests' fixed instant (tests/e2e/test.ts).
import { spawnSync } from 'node:child_process';

const LATER_DAYS = Number(process.env.LATER_DAYS ?? 400);
const SPECS = ['whats-on', 'locate', 'csp', 'events', 'feed-offline', 'time'].map(
  (s) => `tests/e2e/${s}.spec.ts`,
);

if (spawnSync('faketime', ['-f', '+0d', 'true']).status !== 0) {
  console.error(
    'No faketime found: install it with `sudo apt-get install --no-install-recommends faketime` (the later-clock run needs it).',
  );
  process.exit(1);
}

const env = {
  ...process.env,
  FAKETIME_DONT_FAKE_MONOTONIC: '1',
  E2E_PORT: process.env.LATER_E2E_PORT ?? '4190',
};
const run = (args) => {
  console.log(`\n▶ faketime +${LATER_DAYS}d ${args.join(' ')}`);
  return spawnSync('faketime', ['-f', `+${LATER_DAYS}d`, ...args], { stdio: 'inherit', env }).status ?? 1;
};

const unit = run(['npx', 'vitest', 'run']);
const e2e = run(['npx', 'playwright', 'test', '--project=desktop', ...SPECS]);
process.exit(unit || e2e);
