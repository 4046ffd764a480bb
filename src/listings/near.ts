/**
 * "Near me now": occurrences under way, or about to start, at venues within a short walk. Pure; the walking
 * distances come from the route planner (network metres, not straight lines).
 */
import type { Occurrence } from './occurrences.ts';
import { MINUTE_MS } from './time.ts';

export interface NearOccurrence {
  occurrence: Occurrence;
  /** Walking distance to the venue in metres. */
  metres: number;
  /** Under way now (otherwise it starts within `soonMs`). */
  onNow: boolean;
}

/**
 * Occurrences in progress at `now`, or starting within `soonMs`, whose venue is at most `maxMetres` away on
 * foot; cancelled ones and events without a venue are left out. Nearest first, then soonest; one entry per
 * event (its current or next occurrence).
 */
export function nearbyOccurrences(
  occurrences: readonly Occurrence[],
  distances: ReadonlyMap<string, number>,
  now: number,
  maxMetres: number,
  soonMs = 30 * MINUTE_MS,
): NearOccurrence[] {
  const byEvent = new Map<string, NearOccurrence>();
  for (const o of occurrences) {
    const venue = o.event.venue;
    const metres = venue === undefined ? undefined : distances.get(venue);
    if (o.cancelled || metres === undefined || metres > maxMetres) continue;
    const onNow = o.start <= now && now < o.end;
    if (!onNow && !(o.start > now && o.start - now <= soonMs)) continue;
    const seen = byEvent.get(o.event.id);
    if (!seen || o.start < seen.occurrence.start) byEvent.set(o.event.id, { occurrence: o, metres, onNow });
  }
  return [...byEvent.values()].sort((a, b) => a.metres - b.metres || a.occurrence.start - b.occurrence.start);
}
