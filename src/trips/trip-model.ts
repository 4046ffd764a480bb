/**
 * Everything the field-trip sheets and the on-screen plan need, computed once per change of settings: the
 * stops, the route forwards and its variants for staggered groups (middle rotated or reversed), the timed plan and the
 * events on the day that suit a school group.
 */
import type { PlaceFeature } from '../data/schema.ts';
import { listOccurrences, type ListedOccurrence } from '../listings/filters.ts';
import type { Occurrence } from '../listings/occurrences.ts';
import { parseLocal } from '../listings/time.ts';
import type { WalkFeature } from '../walks/compile.ts';
import type { Graph } from '../walks/graph.ts';
import { TripRouter, type BuiltRoute, type StopPoint } from './route-build.ts';
import { rotatedVariants } from './stagger.ts';
import { planTrip, type TripPlan } from './trip-plan.ts';
import type { TripSettings } from './trip-settings.ts';
import { tripStops } from './trip-stops.ts';

export interface TripModel {
  settings: TripSettings;
  stops: StopPoint[];
  routes: BuiltRoute[];
  plan: TripPlan;
  distance: number;
  events: ListedOccurrence[];
}

/** The model of a trip, or undefined while it has fewer than two stops. */
export function tripModel(
  t: TripSettings,
  g: Graph,
  walks: readonly WalkFeature[],
  place: (id: string) => PlaceFeature | undefined,
  occurrences: readonly Occurrence[],
): TripModel | undefined {
  const stops = tripStops(t, walks, place);
  if (stops.length < 2) return undefined;
  const router = new TripRouter(g, t.stepFree ? 'step-free' : 'group');
  const forward = router.route(stops);
  // Each group may walk the middle stops rotated or reversed (stagger.ts); variant 0 is the route as planned.
  const routes: BuiltRoute[] = rotatedVariants(
    forward,
    (a, b) => router.leg(stops[a], stops[b]) ?? { distance: 0, lanes: [], coordinates: [] },
  ).map((r) => (r === forward ? forward : { ...(r as BuiltRoute), unreachable: [] }));
  const plan = planTrip(t, routes, (id) => place(id)?.properties);
  let events: ListedOccurrence[] = [];
  const day = t.date ? parseLocal(`${t.date}T00:00`) : undefined;
  if (t.date && day !== undefined)
    events = listOccurrences(
      occurrences,
      { when: { kind: 'range', from: t.date, to: t.date }, suitableFor: 'school' },
      day,
    );
  return {
    settings: t,
    stops,
    routes,
    plan,
    distance: forward.legs.reduce((a, l) => a + l.distance, 0),
    events,
  };
}
