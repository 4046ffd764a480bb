/**
 * The two coordinate systems a typed or pasted point may be in. WGS84 is what GPS, OpenStreetMap and all of
 * geodata/ use. GCJ-02 is the obfuscated datum Chinese law requires of maps published in China (Amap/高德,
 * Tencent, most Chinese apps): the same place sits ~300–600 m away in Hangzhou. A GCJ-02 point is converted
 * to WGS84 (gcoord, accurate to about a metre) before it is stored; nothing here ever stores GCJ-02 as a
 * position.
 */
import gcoord from 'gcoord';
import { distance } from '@turf/turf';
import type { Position } from './schema.ts';

export const DATUMS = ['wgs84', 'gcj02'] as const;
export type Datum = (typeof DATUMS)[number];

export interface Converted {
  /** WGS84 [lon, lat], rounded to 7 decimals (≈1 cm). */
  position: Position;
  /** How far the conversion moved the point, in metres (0 for WGS84). */
  movedMetres: number;
}

const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

/** A point typed in `datum`, as WGS84. */
export function toWgs84(point: Position, datum: Datum): Converted {
  if (datum === 'wgs84') return { position: [round7(point[0]), round7(point[1])], movedMetres: 0 };
  const [lon, lat] = gcoord.transform(point, gcoord.GCJ02, gcoord.WGS84) as Position;
  const position: Position = [round7(lon), round7(lat)];
  return { position, movedMetres: distance(point, position, { units: 'meters' }) };
}
