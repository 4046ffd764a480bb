/**
 * How fast a class walks and how long its line is: the planning rule, in one place.
 *
 * Speed: 50 m/min for every age group, the project's group pace (src/walks/pace.ts). Why not faster for
 * older pupils: measured preferred walking speed of children aged 7–12 does not differ by age (about
 * 1.26 m/s ≈ 76 m/min; Surabaya 10-metre walk test, 170 pupils, Spine & Medicine Research Journal 2022), and
 * class lines in school hallways walk 1.13 m/s (kindergarten) to 1.44 m/s (grade 6) (Pediatric Physical
 * Therapy 17(2), 2005). 50 m/min is about two thirds of those speeds: the allowance for street crossings,
 * crowds and regrouping. It is an assumption, not a measurement of classes in these streets.
 *
 * Class size: the whole line must arrive before a stop can begin, so every leg also takes the time the tail
 * needs to cover the line's length. Pupils walk in pairs about LINE_M_PER_PAIR apart (our assumption), so a
 * class of 40 adds 30 m (0.6 min) per leg and a sub-group of 10 adds 7.5 m.
 */
import type { AgeGroup } from '../learning/schema.ts';
import { SPEED_M_PER_MIN } from '../walks/pace.ts';

export const GROUP_SPEED_M_PER_MIN: Record<AgeGroup, number> = {
  primary: SPEED_M_PER_MIN.group,
  junior: SPEED_M_PER_MIN.group,
  senior: SPEED_M_PER_MIN.group,
};

/** Metres between pairs in a walking line (assumption: an arm's length plus a step). */
export const LINE_M_PER_PAIR = 1.5;

/** Length of a walking line of `pupils` in pairs, in metres. */
export function lineLength(pupils: number): number {
  return Math.ceil(Math.max(0, pupils) / 2) * LINE_M_PER_PAIR;
}

/** Minutes for a group of `pupils` to walk `distance` metres: the head's walk plus the tail's catch-up. */
export function legMinutes(distance: number, pupils: number, age: AgeGroup): number {
  return (distance + lineLength(pupils)) / GROUP_SPEED_M_PER_MIN[age];
}

/**
 * Default minutes between rest and toilet breaks, and the length of a break: our planning defaults, which
 * the teacher changes on the form (no source gives a rule; younger pupils get shorter intervals).
 */
export const DEFAULT_BREAK_EVERY_MIN: Record<AgeGroup, number> = { primary: 60, junior: 90, senior: 120 };
export const BREAK_MIN = 10;
