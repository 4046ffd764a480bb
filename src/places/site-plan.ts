/**
 * A small site plan for one place, drawn by this project from the geodata: the streets and lanes of the
 * walking network (OpenStreetMap), the basemap's water, hills and parks, the area outlines, the Song layer
 * around the place, the place itself, a north arrow and a scale bar. It is an SVG string with no text in
 * either language except "N" and the scale's metres, so one file serves both; the card carries the caption.
 */
import { bboxClip } from '@turf/turf';

interface AnyFeature {
  geometry: { type: string; coordinates: unknown };
  properties: object | null;
}

export interface PlanInput {
  /** The place: a Point feature. */
  place: AnyFeature;
  /** Basemap features (water, hills, parks, roads). */
  basemap: readonly AnyFeature[];
  /** Walking network edges (streets, lanes, steps). */
  network: readonly AnyFeature[];
  /** Heritage features of the place layers (outlines, streets, other points). */
  places: readonly AnyFeature[];
  /** Song-layer reconstructions. */
  song: readonly AnyFeature[];
}

/** Width and height of the plan in CSS pixels, and the ground it covers in metres. */
export const PLAN_SIZE = { width: 320, height: 240, metresWide: 400 } as const;
/** Budget per picture; the unit test holds every generated plan to it. */
export const PLAN_BUDGET_BYTES = 14_000;

const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LON_EQ = 111_320;

type Pos = [number, number];

export function sitePlanSvg(input: PlanInput): string {
  const [lon0, lat0] = input.place.geometry.coordinates as Pos;
  const { width, height, metresWide } = PLAN_SIZE;
  const pxPerM = width / metresWide;
  const mPerDegLon = M_PER_DEG_LON_EQ * Math.cos((lat0 * Math.PI) / 180);
  const halfLon = width / 2 / pxPerM / mPerDegLon;
  const halfLat = height / 2 / pxPerM / M_PER_DEG_LAT;
  // A margin so clipped lines end outside the frame, not at its edge.
  const box: [number, number, number, number] = [
    lon0 - halfLon * 1.05,
    lat0 - halfLat * 1.05,
    lon0 + halfLon * 1.05,
    lat0 + halfLat * 1.05,
  ];
  const x = (lon: number) => Math.round((width / 2 + (lon - lon0) * mPerDegLon * pxPerM) * 10) / 10;
  const y = (lat: number) => Math.round((height / 2 - (lat - lat0) * M_PER_DEG_LAT * pxPerM) * 10) / 10;
  const path = (ring: Pos[], close: boolean) =>
    ring.length < 2 ? '' : `M${ring.map(([a, b]) => `${x(a)} ${y(b)}`).join('L')}${close ? 'Z' : ''}`;

  /** The feature's path data inside the frame ('' when nothing of it is inside). */
  const d = (f: AnyFeature): string => {
    const g = f.geometry;
    if (g.type !== 'LineString' && g.type !== 'Polygon') return '';
    const clipped = bboxClip(
      { type: 'Feature', properties: {}, geometry: g } as Parameters<typeof bboxClip>[0],
      box,
    ).geometry as { type: string; coordinates: unknown };
    if (clipped.type === 'Polygon')
      return (clipped.coordinates as Pos[][]).map((r) => path(r, true)).join('');
    if (clipped.type === 'MultiLineString')
      return (clipped.coordinates as Pos[][]).map((l) => path(l, false)).join('');
    if (clipped.type === 'LineString') return path(clipped.coordinates as Pos[], false);
    return '';
  };
  const prop = (f: AnyFeature, k: string) => (f.properties as Record<string, unknown> | null)?.[k];
  const kind = (f: AnyFeature) => String(prop(f, 'kind') ?? '');
  const group = (features: readonly AnyFeature[], attrs: string) => {
    const ds = features.map(d).filter(Boolean).join('');
    return ds ? `<path d="${ds}" ${attrs}/>` : '';
  };

  const fills = { water: '#bcd6e6', river: '#bcd6e6', hill: '#e3e6d2', park: '#d5e4c8' } as Record<
    string,
    string
  >;
  const parts: string[] = [];
  for (const k of ['hill', 'park', 'water', 'river'])
    parts.push(
      group(
        input.basemap.filter((f) => kind(f) === k && f.geometry.type === 'Polygon'),
        `fill="${fills[k]}"`,
      ),
    );
  parts.push(
    group(
      input.places.filter((f) => f.geometry.type === 'Polygon'),
      'fill="#c9a96e" fill-opacity=".12" stroke="#8a6d3b" stroke-width="1" stroke-dasharray="4 3"',
    ),
  );
  parts.push(
    group(
      input.basemap.filter((f) => kind(f) === 'road'),
      'fill="none" stroke="#fff" stroke-width="6"',
    ),
  );
  const minor = new Set(['lane', 'footway', 'path', 'steps', 'service']);
  parts.push(
    group(
      input.network.filter((f) => !minor.has(kind(f))),
      'fill="none" stroke="#9a948a" stroke-width="2"',
    ),
  );
  parts.push(
    group(
      input.network.filter((f) => minor.has(kind(f))),
      'fill="none" stroke="#b5afa5" stroke-width="1"',
    ),
  );
  parts.push(
    group(
      input.song.filter((f) => f.geometry.type !== 'Point'),
      'fill="none" stroke="#a3392b" stroke-width="2" stroke-dasharray="5 3" stroke-opacity=".8"',
    ),
  );
  const inFrame = ([a, b]: Pos) => a > box[0] && a < box[2] && b > box[1] && b < box[3];
  const self = prop(input.place, 'id');
  const dots = [...input.places, ...input.song]
    .filter((f) => f.geometry.type === 'Point' && prop(f, 'id') !== self)
    .map((f) => f.geometry.coordinates as Pos)
    .filter(inFrame);
  parts.push(dots.map(([a, b]) => `<circle cx="${x(a)}" cy="${y(b)}" r="3" fill="#6b655c"/>`).join(''));
  const low = prop(input.place, 'confidence') === 'low';
  parts.push(
    `<circle cx="${width / 2}" cy="${height / 2}" r="9" fill="#fff" fill-opacity=".8"/>` +
      `<circle cx="${width / 2}" cy="${height / 2}" r="6" fill="${low ? '#fff' : '#b8322a'}" stroke="#b8322a" stroke-width="3"/>`,
  );
  // North arrow (top right) and a 100 m scale bar (bottom left).
  parts.push(
    `<g fill="#2b2722" font-family="sans-serif" font-size="11"><path d="M${width - 20} 10l6 16-6-4-6 4z"/>` +
      `<text x="${width - 20}" y="38" text-anchor="middle">N</text>` +
      `<path d="M12 ${height - 14}h${100 * pxPerM}" stroke="#2b2722" stroke-width="3"/>` +
      `<text x="12" y="${height - 20}">100 m</text></g>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<rect width="${width}" height="${height}" fill="#f6f1e7"/>${parts.join('')}</svg>`
  );
}
