/**
 * The map's extent: Shangcheng District with the West Lake shore and the Qiantang bank beside it.
 * Every coordinate in geodata/ must fall inside; the map cannot be panned far outside.
 * [west, south, east, north] in WGS84 degrees.
 */
export const DATA_BOUNDS: [number, number, number, number] = [120.1, 30.19, 120.26, 30.32];

/** The view a first-time visitor sees: 鼓楼 to 德寿宫 and the Phoenix Hill site to the south. */
export const DEFAULT_VIEW: MapView = { center: [120.1655, 30.2355], zoom: 14.2 };

/** The zoom range of every map of the app (and of a shared link's `map=`). */
export const MIN_ZOOM = 11;
export const MAX_ZOOM = 19;

export function inBounds([lon, lat]: [number, number], b = DATA_BOUNDS): boolean {
  return lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];
}

/** A map view as the app stores and shares it. */
export interface MapView {
  center: [number, number];
  zoom: number;
}
