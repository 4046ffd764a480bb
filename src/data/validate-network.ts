/**
 * Checks of the walking network beyond its schema: edges must meet only at shared endpoints (an endpoint a
 * few centimetres from another is a routing dead end), no edge may be drawn twice, and the network must be
 * one connected piece (an island is unreachable from everywhere else).
 */
import * as v from 'valibot';
import { NetworkEdgeSchema } from './schema.ts';
import { checkGeometry, type DataError } from './check.ts';
import { metresBetween as metres } from './distance.ts';

/** Two endpoints closer than this but not identical are reported as unsnapped. */
const SNAP_M = 1;

interface Edge {
  properties?: { id?: unknown };
  geometry?: { type?: string; coordinates?: number[][] };
}

export function validateNetwork(file: string, json: unknown): DataError[] {
  const errors: DataError[] = [];
  const err = (feature: string, field: string, message: string) =>
    errors.push({ file, feature, field, message });
  const features = (json as { features?: Edge[] })?.features;
  if (!Array.isArray(features))
    return [{ file, feature: '-', field: 'type', message: 'must be a FeatureCollection' }];
  const ends = new Map<string, number[]>();
  const key = (p: number[]) => `${p[0]},${p[1]}`;
  const good: { id: string; a: string; b: string; coords: number[][] }[] = [];
  features.forEach((f, i) => {
    const id = typeof f.properties?.id === 'string' ? f.properties.id : `#${i}`;
    const result = v.safeParse(NetworkEdgeSchema, f.properties);
    if (!result.success)
      for (const issue of result.issues) err(id, v.getDotPath(issue) ?? 'properties', issue.message);
    if (f.geometry?.type !== 'LineString') {
      err(id, 'geometry', 'an edge must be a LineString');
      return;
    }
    const problems = checkGeometry(f.geometry);
    for (const m of problems) err(id, 'geometry', m);
    if (problems.length) return;
    const c = f.geometry.coordinates!;
    const a = key(c[0]);
    const b = key(c[c.length - 1]);
    if (a === b && c.length <= 2) err(id, 'geometry', 'zero-length edge');
    ends.set(a, c[0]);
    ends.set(b, c[c.length - 1]);
    good.push({ id, a, b, coords: c });
  });

  // Duplicates: the same line, in either direction.
  const seen = new Map<string, string>();
  for (const e of good) {
    const forward = JSON.stringify(e.coords);
    const backward = JSON.stringify([...e.coords].reverse());
    const first = seen.get(forward) ?? seen.get(backward);
    if (first) err(e.id, 'geometry', `duplicate of edge ${first}`);
    else seen.set(forward, e.id);
  }

  // Unsnapped endpoints: near-misses between distinct endpoints, found with a coarse grid.
  const cell = (p: number[]) => `${Math.floor(p[0] * 1e4)},${Math.floor(p[1] * 1e4)}`;
  const grid = new Map<string, number[][]>();
  for (const p of ends.values()) {
    const c = cell(p);
    if (!grid.has(c)) grid.set(c, []);
    grid.get(c)!.push(p);
  }
  const reported = new Set<string>();
  for (const e of good) {
    for (const k of [e.a, e.b]) {
      const p = ends.get(k)!;
      const [cx, cy] = cell(p).split(',').map(Number);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const q of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            const d = metres(p, q);
            if (d > 0 && d < SNAP_M && !reported.has(k)) {
              reported.add(k);
              err(
                e.id,
                'geometry',
                `endpoint ${k} is ${(d * 100).toFixed(0)} cm from another endpoint: snap them`,
              );
            }
          }
    }
  }

  // Islands: connected components by union–find over endpoints.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const k of ends.keys()) parent.set(k, k);
  for (const e of good) parent.set(find(e.a), find(e.b));
  const sizes = new Map<string, { count: number; first: string }>();
  for (const e of good) {
    const r = find(e.a);
    const s = sizes.get(r) ?? { count: 0, first: e.id };
    s.count++;
    sizes.set(r, s);
  }
  if (sizes.size > 1) {
    const main = [...sizes.values()].sort((x, y) => y.count - x.count)[0];
    for (const s of sizes.values()) {
      if (s !== main) err(s.first, 'geometry', `island of ${s.count} edge(s) not connected to the network`);
    }
  }
  return errors;
}
