/**
 * Field-level difference between two events for the moderation queue: `[{ path, before, after }]`, `null`
 * standing for absent. Objects are compared field by field and arrays element by element, down to plain
 * values or [lon, lat] pairs (a moved route vertex is one change, not two).
 */
import type { Change } from '../../src/api/contract.ts';

const isPair = (x: unknown) => Array.isArray(x) && x.length === 2 && x.every((n) => typeof n === 'number');
const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export function diffEvents(before: unknown, after: unknown, path = ''): Change[] {
  if (isObj(before) && isObj(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => diffEvents(before[k], after[k], path ? `${path}.${k}` : k));
  }
  if (Array.isArray(before) && Array.isArray(after) && !isPair(before) && !isPair(after)) {
    const n = Math.max(before.length, after.length);
    return Array.from({ length: n }, (_, i) => diffEvents(before[i], after[i], `${path}.${i}`)).flat();
  }
  if (isObj(after) && before === undefined)
    return Object.keys(after).flatMap((k) => diffEvents(undefined, after[k], path ? `${path}.${k}` : k));
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ path, before: before ?? null, after: after ?? null }];
}
