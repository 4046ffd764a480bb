/**
 * The hours answers that need the opening_hours library, loaded on demand: the library is about 680 kB of
 * script (four fifths of what the first view would otherwise run) for the few places with hours. The shell loads
 * it when it shows something that reads hours (a place with hours, a walk with times) and hands it down; until
 * then those parts show no hours rather than wrong ones.
 */
import type { openNow } from './open-now.ts';
import type { visitStatus } from './opening-hours.ts';

export interface HoursModel {
  openNow: typeof openNow;
  visitStatus: typeof visitStatus;
}

export const loadHoursModel = (): Promise<HoursModel> => import('./hours-engine.ts');
