/**
 * Checks that the walking network reaches the places: a walk to a point place ends where the place meets the
 * network, so a place far from every edge gets a walk that stops short, and two places that meet the network
 * at the same spot plan as a 0 m walk. Run by `npm run data`.
 */
import type { DataError } from '../data/check.ts';
import type { Graph } from './graph.ts';
import { PROFILES, snapFor } from './route.ts';

/** A point place must lie this close to a walkable edge, or say in `off_network_zh/en` why it does not. */
export const REACH_M = 30;

export interface ReachPlace {
  file: string;
  id: string;
  coordinates: [number, number];
  off_network_zh?: string;
  off_network_en?: string;
}

export function validateReach(places: ReachPlace[], g: Graph): DataError[] {
  const errors: DataError[] = [];
  for (const p of places) {
    const err = (field: string, message: string) =>
      errors.push({ file: p.file, feature: p.id, field, message });
    const snap = snapFor(g, p.coordinates, 'standard');
    if (!snap) {
      err('geometry', 'the walking network has no edge to walk to');
      continue;
    }
    const marked = p.off_network_zh !== undefined || p.off_network_en !== undefined;
    if ((p.off_network_zh === undefined) !== (p.off_network_en === undefined))
      err(
        p.off_network_zh === undefined ? 'off_network_zh' : 'off_network_en',
        'needs both off_network_zh and off_network_en',
      );
    const edge = g.props[snap.edge];
    const where = `edge ${edge.id} (${edge.name_zh})`;
    if (snap.distance > REACH_M && !marked)
      err(
        'geometry',
        `is ${Math.round(snap.distance)} m from the walking network (nearest: ${where}); move it onto a mapped way or say why in off_network_zh/off_network_en`,
      );
    // The stated distance goes stale when the network is rebuilt: it must still be what the data says.
    if (snap.distance > REACH_M && marked)
      for (const [field, text, unit] of [
        ['off_network_zh', p.off_network_zh, /约\s*(\d+)\s*米/],
        ['off_network_en', p.off_network_en, /about (\d+) m\b/],
      ] as const) {
        const stated = Number(unit.exec(text ?? '')?.[1]);
        if (stated && Math.abs(stated - snap.distance) > Math.max(5, snap.distance * 0.1))
          err(
            field,
            `says the nearest way is ${stated} m away, but ${where} is ${Math.round(snap.distance)} m away: update the text`,
          );
      }
    if (snap.distance <= REACH_M && marked)
      err(
        'off_network_en',
        `the place is ${Math.round(snap.distance)} m from ${where}, within ${REACH_M} m: remove off_network_zh/off_network_en`,
      );
  }

  // 0 m walks: places at different spots that meet the network at the same point, on any profile. Places
  // drawn at the very same coordinates (a Song gate and the modern marker on its site) are one stop.
  const reported = new Set<string>();
  for (const profile of PROFILES) {
    const met = new Map<string, ReachPlace>();
    for (const p of places) {
      const snap = snapFor(g, p.coordinates, profile);
      if (!snap) continue;
      const key = `${snap.point[0].toFixed(7)},${snap.point[1].toFixed(7)}`;
      const other = met.get(key);
      if (!other) met.set(key, p);
      else if (
        (other.coordinates[0] !== p.coordinates[0] || other.coordinates[1] !== p.coordinates[1]) &&
        !reported.has(`${other.id} ${p.id}`)
      ) {
        reported.add(`${other.id} ${p.id}`);
        errors.push({
          file: p.file,
          feature: p.id,
          field: 'geometry',
          message: `meets the walking network at the same point as "${other.id}" (${other.file}) on the ${profile} profile: a walk between them would be 0 m`,
        });
      }
    }
  }
  return errors;
}
