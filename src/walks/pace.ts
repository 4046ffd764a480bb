/**
 * Walking speeds and stop times per profile: the planning assumptions, in one place.
 * Standard 4.5 km/h is a relaxed adult pace among sights; step-free 3.6 km/h allows for wheelchairs and
 * pushchairs; group 3 km/h is a class of 40 pupils with teachers, regrouping included.
 */
import type { Profile } from './route.ts';

/** Metres per minute. */
export const SPEED_M_PER_MIN: Record<Profile, number> = { standard: 75, 'step-free': 60, group: 50 };
/** Minutes at each stop unless the stop says otherwise. */
export const DEFAULT_DWELL_MIN: Record<Profile, number> = { standard: 15, 'step-free': 15, group: 20 };
