/**
 * The trip's stops in walking order: the start point, the curated walk's stops (or the teacher's own), the
 * end point. A start or end that is already the route's first or last stop is not added twice. Dwell comes
 * from the curated walk, else the group default; an added start or end point has no dwell of its own
 * (gathering and head counts are on the checkpoint list, not timed).
 */
import type { PlaceFeature } from '../data/schema.ts';
import type { WalkFeature } from '../walks/compile.ts';
import { visitPoint } from '../walks/compile.ts';
import { DEFAULT_DWELL_MIN } from '../walks/pace.ts';
import { isNarrowPlace } from './narrow.ts';
import type { StopPoint } from './route-build.ts';
import { OWN, type TripSettings } from './trip-settings.ts';

export function tripStops(
  t: TripSettings,
  walks: readonly WalkFeature[],
  place: (id: string) => PlaceFeature | undefined,
): StopPoint[] {
  const walk = t.route === OWN ? undefined : walks.find((w) => w.properties.id === t.route);
  const dwell = new Map(walk?.properties.stop_texts.map((s) => [s.place, s.dwell_min]) ?? []);
  const ids = walk ? walk.properties.stops : t.stops;
  const seq = ids.filter((id) => place(id));
  if (t.from && place(t.from) && seq[0] !== t.from) seq.unshift(t.from);
  if (t.to && place(t.to) && seq[seq.length - 1] !== t.to) seq.push(t.to);
  const ends = new Set([t.from, t.to].filter((x) => x && !ids.includes(x)));
  return seq.map((id, i) => {
    const f = place(id)!;
    const end = i === 0 || i === seq.length - 1;
    return {
      id,
      lonLat: visitPoint(f),
      dwell: ends.has(id) && end ? 0 : (dwell.get(id) ?? DEFAULT_DWELL_MIN.group),
      // Start and end are shared on purpose: the class gathers there.
      narrow: !end && isNarrowPlace(f.properties.kind),
    };
  });
}
