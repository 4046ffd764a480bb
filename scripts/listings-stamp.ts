/**
 * When the listings last changed, as epoch ms: the DTSTAMP of the static .ics files. Taken from the data, never
 * from the build's clock, so the same commit builds the same files on any day: the last commit that touched
 * the listing folders, else SOURCE_DATE_EPOCH (the reproducible-builds convention), else the newest file's
 * modification time (a checkout without git history).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function listingsStamp(root: string, withSamples: boolean): number {
  const dirs = [join(root, 'events'), ...(withSamples ? [join(root, 'samples')] : [])].filter(existsSync);
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%ct', '--', ...dirs], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (/^\d+$/.test(out)) return Number(out) * 1000;
  } catch {
    // Not a git checkout: fall through.
  }
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return Number(epoch) * 1000;
  const times = dirs.flatMap((d) => readdirSync(d).map((n) => statSync(join(d, n)).mtimeMs));
  return Math.floor(Math.max(0, ...times) / 1000) * 1000;
}
