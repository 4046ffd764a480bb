/**
 * Being somewhere for an event's start: when to set off from a walk's first stop so as to reach the event's
 * venue on time, at the walk's own pace and dwell times. Pure; minutes come from the walk's view.
 */
import type { WalkView } from './walk-view.ts';

const MINUTE_MS = 60_000;

/**
 * Minutes from setting off at the first stop to arriving at each stop: the walking time of every leg before
 * it plus the time spent at every stop before it.
 */
export function arrivalMinutes(view: Pick<WalkView, 'stops' | 'legs'>): number[] {
  const arrive = [0];
  for (let i = 1; i < view.stops.length; i++) {
    arrive.push(arrive[i - 1] + view.stops[i - 1].dwell_min + (view.legs[i - 1]?.minutes ?? 0));
  }
  return arrive;
}

export interface Departure {
  /** Index of the event's venue among the stops. */
  stop: number;
  /** Epoch ms at which to leave the first stop (start of the walk). */
  leave: number;
}

/**
 * When to start the walk to reach `place` by `start` (epoch ms), or undefined if `place` is not a stop.
 * Whole minutes, rounded down: better a minute early than late.
 */
export function departureFor(
  view: Pick<WalkView, 'stops' | 'legs'>,
  place: string,
  start: number,
): Departure | undefined {
  const stop = view.stops.findIndex((s) => s.id === place);
  if (stop < 0) return undefined;
  const minutes = Math.ceil(arrivalMinutes(view)[stop]);
  return { stop, leave: Math.floor(start / MINUTE_MS) * MINUTE_MS - minutes * MINUTE_MS };
}
