import { booleanPointInPolygon, point, polygon } from '@turf/turf';

interface LayerFeature {
  geometry: { type: string; coordinates: unknown };
  properties: Record<string, unknown> | null;
}
interface Layer {
  features: LayerFeature[];
}

/** The four heritage areas, each with the id of its outline in its own layer file. */
export const HERITAGE_AREAS = [
  { area: 'imperial-city', outline: 'imperial-city-outline' },
  { area: 'fangxiang', outline: 'fangxiang-area-taimiao' },
  { area: 'deshou', outline: 'deshou-area' },
  { area: 'qinghefang', outline: 'qinghefang-area' },
] as const;

export type HeritageArea = (typeof HERITAGE_AREAS)[number]['area'];

/** Issue #18's targets: point places inside the four outlines, and inside the 二十三坊巷 one. */
export const AREA_MINIMUMS = { total: 40, fangxiang: 10 } as const;

export interface AreaCount {
  area: HeritageArea;
  ids: string[];
}

/**
 * Counts point places by where they lie, not by which file they are in: a point of any place layer counts
 * for every outline that contains it (outlines do not overlap today). Song-layer reconstructions are not
 * places a visitor can stand at, so they are not counted.
 */
export function countPointPlaces(layers: Layer[]): AreaCount[] {
  const all = layers.flatMap((l) => l.features);
  const id = (f: LayerFeature) => String(f.properties?.id);
  const points = all.filter((f) => f.geometry.type === 'Point' && f.properties?.reconstruction !== true);
  return HERITAGE_AREAS.map(({ area, outline }) => {
    const poly = all.find((f) => id(f) === outline);
    if (!poly || poly.geometry.type !== 'Polygon') throw new Error(`no outline polygon "${outline}"`);
    const shape = polygon(poly.geometry.coordinates as [number, number][][]);
    const inside = points.filter((p) =>
      booleanPointInPolygon(point(p.geometry.coordinates as [number, number]), shape),
    );
    return { area, ids: inside.map(id).sort() };
  });
}
