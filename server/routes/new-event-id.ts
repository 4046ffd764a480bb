/**
 * The id the service gives a new event when the organizer sends none: the English title's words (when it
 * has some), else `event`, then six random hex digits, e.g. `weekly-yaji-3f9a1c` or `event-0b7e42`. Ids are
 * lowercase kebab-case (data/ids.ts) and never change once given.
 */
import { randomBytes } from 'node:crypto';

/** At most this many characters of the title go into an id. */
const TITLE_PART = 40;

/** The title's ASCII letters and digits as kebab-case, at most `TITLE_PART` characters, whole words. */
export function titleSlug(title: string): string {
  const words = title
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > TITLE_PART) break;
    out = next;
  }
  return out;
}

/** A candidate id for an event with this English title (random part from `random`, for tests). */
export function newEventId(
  titleEn: string,
  random: () => string = () => randomBytes(3).toString('hex'),
): string {
  return `${titleSlug(titleEn) || 'event'}-${random()}`;
}
