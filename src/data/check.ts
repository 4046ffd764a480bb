/**
 * What every geodata validator shares: the error shape (file, feature, field, message) and the geometry
 * check (structure, RFC 7946 winding, inside Shangcheng).
 */
import { booleanClockwise } from '@turf/turf';
import { inBounds } from './bounds.ts';

export interface DataError {
  file: string;
  feature: string;
  field: string;
  message: string;
}

export function formatError(e: DataError): string {
  return `${e.file}:${e.feature}:${e.field}: ${e.message}`;
}

export const ALLOWED_GEOMETRY = new Set(['Point', 'LineString', 'Polygon']);
export const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export function isPosition(p: unknown): p is [number, number] {
  return Array.isArray(p) && p.length === 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** Structure, RFC 7946 winding and extent of one geometry; returns messages for the `geometry` field. */
export function checkGeometry(g: unknown): string[] {
  if (!isObject(g)) return ['missing geometry'];
  if (typeof g.type !== 'string' || !ALLOWED_GEOMETRY.has(g.type)) {
    return [`type must be Point, LineString or Polygon, got ${JSON.stringify(g.type)}`];
  }
  const c = g.coordinates;
  const out: string[] = [];
  const checkPositions = (ps: unknown[]) => {
    for (const p of ps) {
      if (!isPosition(p)) {
        out.push(`invalid position ${JSON.stringify(p)}: expected [lon, lat]`);
        return false;
      }
      if (!inBounds(p)) {
        out.push(`position [${p.join(', ')}] is outside the Shangcheng bounds (is it [lat, lon]?)`);
        return false;
      }
    }
    return true;
  };
  if (g.type === 'Point') {
    checkPositions([c]);
  } else if (g.type === 'LineString') {
    if (!Array.isArray(c) || c.length < 2) return ['a LineString needs at least 2 positions'];
    checkPositions(c);
  } else {
    if (!Array.isArray(c) || c.length === 0) return ['a Polygon needs at least one ring'];
    c.forEach((ring: unknown, i: number) => {
      if (!Array.isArray(ring) || ring.length < 4) {
        out.push(`ring ${i} needs at least 4 positions`);
        return;
      }
      if (!checkPositions(ring)) return;
      const first = ring[0] as number[];
      const last = ring[ring.length - 1] as number[];
      if (first[0] !== last[0] || first[1] !== last[1]) {
        out.push(`ring ${i} is not closed`);
        return;
      }
      const clockwise = booleanClockwise(ring as [number, number][]);
      if (i === 0 && clockwise) out.push('exterior ring must be counter-clockwise (RFC 7946)');
      if (i > 0 && !clockwise) out.push(`hole ${i} must be clockwise (RFC 7946)`);
    });
  }
  return out;
}
