/**
 * Loads the compiled data the build writes to data/ beside index.html. Paths are relative to the page, so
 * the app works from any folder it is served from.
 */
import type { BasemapCollection, PlaceCollection } from './schema.ts';

export interface AppData {
  places: PlaceCollection;
  basemap: BasemapCollection;
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(new URL(path, document.baseURI), { signal });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  const data = (await res.json()) as { type?: string };
  if (data.type !== 'FeatureCollection') throw new Error(`${path}: not a FeatureCollection`);
  return data as T;
}

export async function loadAppData(signal?: AbortSignal): Promise<AppData> {
  const [places, basemap] = await Promise.all([
    getJson<PlaceCollection>('data/heritage.geojson', signal),
    getJson<BasemapCollection>('data/basemap.geojson', signal),
  ]);
  return { places, basemap };
}
