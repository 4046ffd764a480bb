/**
 * Golden files: the expected output of a fixture, a file a person can open. `UPDATE=1 npm run unit`
 * (re)writes them after a deliberate change; otherwise a missing golden file fails the test, so a new
 * fixture cannot pass on its first run by writing its own expectation.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

export function expectGolden(file: string, text: string, update = !!process.env.UPDATE): void {
  if (update) writeFileSync(file, text);
  else if (!existsSync(file))
    throw new Error(`${file} is missing: run UPDATE=1 npm run unit to write it, then check it by eye`);
  expect(text).toBe(readFileSync(file, 'utf8'));
}
