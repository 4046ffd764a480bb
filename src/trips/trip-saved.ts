/**
 * Trip plans kept on this device (localStorage): the settings' URL form and a label made from the route
 * and date. Nothing about pupils is stored. Reading never throws: unusable entries are skipped.
 */
const KEY = 'song-heritage-map:trips';
const MAX = 20;

export interface SavedTrip {
  /** The URL hash of the plan, `#trip=1&…` (without `lang`). */
  hash: string;
  label: string;
  /** ISO time of saving. */
  saved: string;
}

export function readSavedTrips(storage: Storage | undefined = globalThis.localStorage): SavedTrip[] {
  try {
    const raw = JSON.parse(storage?.getItem(KEY) ?? '[]') as unknown;
    if (!Array.isArray(raw)) return [];
    return raw.filter(
      (x): x is SavedTrip =>
        !!x &&
        typeof x.hash === 'string' &&
        x.hash.startsWith('#trip=1') &&
        typeof x.label === 'string' &&
        typeof x.saved === 'string',
    );
  } catch {
    return [];
  }
}

/** Saves (replacing a plan with the same hash, newest first); false if the device refused. */
export function saveTrip(trip: SavedTrip, storage: Storage | undefined = globalThis.localStorage): boolean {
  const list = [trip, ...readSavedTrips(storage).filter((t) => t.hash !== trip.hash)].slice(0, MAX);
  try {
    storage?.setItem(KEY, JSON.stringify(list));
    return !!storage;
  } catch {
    return false;
  }
}

export function deleteTrip(
  hash: string,
  storage: Storage | undefined = globalThis.localStorage,
): SavedTrip[] {
  const list = readSavedTrips(storage).filter((t) => t.hash !== hash);
  try {
    storage?.setItem(KEY, JSON.stringify(list));
  } catch {
    // The list shown still drops it; the device keeps its old copy.
  }
  return list;
}
