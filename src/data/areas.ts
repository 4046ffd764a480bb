/** The four heritage areas, in the order the app lists them. Ids are stable: they appear in URLs and data. */
export const AREA_IDS = ['imperial-city', 'fangxiang', 'deshou', 'qinghefang'] as const;
export type AreaId = (typeof AREA_IDS)[number];

export function isAreaId(value: unknown): value is AreaId {
  return typeof value === 'string' && (AREA_IDS as readonly string[]).includes(value);
}
