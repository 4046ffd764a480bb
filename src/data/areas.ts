/**
 * The layers of the map, in the order the app lists them. Ids are stable: they appear in URLs and data.
 * - The four heritage areas of the brief.
 * - `song-city`: reconstructions of Song Lin'an (walls, gates, the Imperial Street, rivers) across the city.
 * - `around`: places outside the four areas and visitor facilities (metro, toilets, coach stops).
 * The property that names a feature's layer is called `area` for all of them.
 */
export const HERITAGE_AREAS = ['imperial-city', 'fangxiang', 'deshou', 'qinghefang'] as const;
export const AREA_IDS = [...HERITAGE_AREAS, 'song-city', 'around'] as const;
export type AreaId = (typeof AREA_IDS)[number];

export function isAreaId(value: unknown): value is AreaId {
  return typeof value === 'string' && (AREA_IDS as readonly string[]).includes(value);
}
