/** Walks the visitor saved on this device (localStorage). No account, nothing leaves the device. */
import { PROFILE_IDS } from '../data/profiles.ts';
import { MAX_WALK_STOPS, isId } from '../data/ids.ts';

const KEY = 'song-heritage-map:walks';
const MAX_SAVED = 30;

export interface SavedWalk {
  key: string;
  /** At most 120 characters. */
  name: string;
  /** Place ids, at most 15. */
  stops: string[];
  profile: (typeof PROFILE_IDS)[number];
  tour: 'open' | 'round';
  /** When it was saved, ISO 8601. */
  saved: string;
}

// Checked by hand rather than with the project's schema library: this runs in the first load, and valibot
// there would bring every validator the organizer page uses with it (one shared chunk, ~3 kB gzip).
const isString = (x: unknown): x is string => typeof x === 'string';

function asSavedWalk(x: unknown): SavedWalk | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const w = x as Record<string, unknown>;
  const ok =
    isString(w.key) &&
    isString(w.name) &&
    w.name.length <= 120 &&
    Array.isArray(w.stops) &&
    w.stops.length <= MAX_WALK_STOPS &&
    w.stops.every((s) => isString(s) && isId(s)) &&
    (PROFILE_IDS as readonly unknown[]).includes(w.profile) &&
    (w.tour === 'open' || w.tour === 'round') &&
    isString(w.saved);
  if (!ok) return undefined;
  const { key, name, stops, profile, tour, saved } = w as unknown as SavedWalk;
  return { key, name, stops: [...stops], profile, tour, saved };
}

/** Reads saved walks, dropping any entry that does not parse (a damaged store loses nothing else). */
export function readSavedWalks(storage: Storage | undefined = globalThis.localStorage): SavedWalk[] {
  try {
    const raw = JSON.parse(storage?.getItem(KEY) ?? '[]') as unknown;
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((x) => {
      const walk = asSavedWalk(x);
      return walk ? [walk] : [];
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
