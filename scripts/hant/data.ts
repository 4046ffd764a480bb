/**
 * `data/zh-hant.json`: every data text in a field ending in `_zh` (places, streets, walks, the walking
 * network's names, events), converted with OpenCC (Taiwan standard, reviewed historical names; see
 * scripts/pages/zh-hant.ts), kept only where the Traditional form differs. The browser looks texts up in it
 * (src/i18n/hant.ts) instead of converting.
 */
import type { HantFile } from '../../src/i18n/hant.ts';
import { toHant } from '../pages/zh-hant.ts';

function collect(value: unknown, out: Set<string>, zhField = false): void {
  if (typeof value === 'string') {
    if (zhField) out.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collect(v, out, zhField);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k !== 'geometry') collect(v, out, k.endsWith('_zh'));
  }
}

/** The table for the given compiled data values (sorted, so the file is the same for the same data). */
export function hantFile(values: readonly unknown[]): HantFile {
  const texts = new Set<string>();
  for (const v of values) collect(v, texts);
  const strings: Record<string, string> = {};
  for (const s of [...texts].sort()) {
    const hant = toHant(s);
    if (hant !== s) strings[s] = hant;
  }
  return { version: 1, strings };
}
