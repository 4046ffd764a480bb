/** Walks the visitor saved on this device (localStorage). No account, nothing leaves the device. */
import * as v from 'valibot';
import { PROFILE_IDS } from '../data/schema.ts';

const KEY = 'song-heritage-map:walks';
const MAX_SAVED = 30;

const SavedWalkSchema = v.object({
  key: v.string(),
  name: v.pipe(v.string(), v.maxLength(120)),
  stops: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/))), v.maxLength(15)),
  profile: v.picklist(PROFILE_IDS),
  tour: v.picklist(['open', 'round']),
  saved: v.string(),
});
export type SavedWalk = v.InferOutput<typeof SavedWalkSchema>;

/** Reads saved walks, dropping any entry that does not parse (a damaged store loses nothing else). */
export function readSavedWalks(storage: Storage | undefined = globalThis.localStorage): SavedWalk[] {
  try {
    const raw = JSON.parse(storage?.getItem(KEY) ?? '[]') as unknown;
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((x) => {
      const r = v.safeParse(SavedWalkSchema, x);
      return r.success ? [r.output] : [];
    });
  } catch {
    return [];
  }
}

export function writeSavedWalks(
  walks: SavedWalk[],
  storage: Storage | undefined = globalThis.localStorage,
): boolean {
  try {
    storage?.setItem(KEY, JSON.stringify(walks.slice(0, MAX_SAVED)));
    return true;
  } catch {
    return false;
  }
}
