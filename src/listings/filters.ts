/**
 * Filtering and ordering occurrences for the list. Pure; days and weekends are Hangzhou days (Asia/Shanghai)
 * whatever the visitor's device says. Occurrences that have ended are always hidden.
 *
 * Order: by day (an occurrence already under way counts as today), then on each day short events before
 * long-running ones (over LONG_MS, e.g. a six-week exhibition), then by start time, then by title.
 */
import type { Audience, Category } from './schema.ts';
import type { Occurrence, TimeWindow } from './occurrences.ts';
import { DAY_MS, MINUTE_MS, localDayStart, localWeekday, parseLocal } from './time.ts';

/** Longer than this an occurrence is "long-running": it sorts after the day's dated events. */
export const LONG_MS = 3 * DAY_MS;
/** "Starting soon" means within this time. */
export const SOON_MS = 60 * MINUTE_MS;

export type DatePreset =
  | { kind: 'today' }
  /** Saturday and Sunday: this weekend while it lasts, else the coming one. */
  | { kind: 'weekend' }
  /** Local dates `YYYY-MM-DD`, both inclusive. */
  | { kind: 'range'; from: string; to: string }
  | { kind: 'all' };

export interface ListingFilter {
  when: DatePreset;
  /** Layer ids (`area`); empty or absent: every area. Events without a venue then never match. */
  areas?: readonly string[];
  /** The layer of a venue (place id); required when `areas` is given. */
  areaOf?: (venue: string) => string | undefined;
  /** Empty or absent: every category. */
  categories?: readonly Category[];
  freeOnly?: boolean;
  suitableFor?: Audience;
  /** A language tag; matches `zh` and `zh-Hant` for `zh`. */
  language?: string;
}

export interface ListedOccurrence extends Occurrence {
  /** A short occurrence in progress now. */
  onNow: boolean;
  /** A long-running occurrence (exhibition, season) within its dates now; opening hours are the venue's. */
  running: boolean;
  /** Starts within SOON_MS from now. */
  startingSoon: boolean;
  long: boolean;
}

/** The window a preset covers, as epoch ms. `all` is two years from now (the longest expansion). */
export function presetWindow(preset: DatePreset, now: number): TimeWindow {
  const today = localDayStart(now);
  switch (preset.kind) {
    case 'today':
      return { from: today, to: today + DAY_MS };
    case 'weekend': {
      const wd = localWeekday(now);
      const saturday = wd === 6 ? today : wd === 0 ? today - DAY_MS : today + (6 - wd) * DAY_MS;
      return { from: saturday, to: saturday + 2 * DAY_MS };
    }
    case 'range': {
      const from = parseLocal(`${preset.from}T00:00`);
      const to = parseLocal(`${preset.to}T00:00`);
      if (from === undefined || to === undefined || to < from) throw new RangeError('invalid date range');
      return { from, to: to + DAY_MS };
    }
    case 'all':
      return { from: today, to: today + 731 * DAY_MS };
  }
}

function matches(o: Occurrence, f: ListingFilter): boolean {
  const e = o.event;
  if (f.areas?.length) {
    const area = e.venue && f.areaOf ? f.areaOf(e.venue) : undefined;
    if (!area || !f.areas.includes(area)) return false;
  }
  if (f.categories?.length && !f.categories.includes(e.category)) return false;
  if (f.freeOnly && !e.free) return false;
  if (f.suitableFor && !e.suitable_for?.includes(f.suitableFor)) return false;
  if (f.language) {
    const tag = f.language.toLowerCase();
    if (!e.languages.some((l) => l.toLowerCase() === tag || l.toLowerCase().startsWith(`${tag}-`)))
      return false;
  }
  return true;
}

/** Filters, flags and orders occurrences for display at time `now` (epoch ms). */
export function listOccurrences(
  occurrences: readonly Occurrence[],
  filter: ListingFilter,
  now: number,
): ListedOccurrence[] {
  const window = presetWindow(filter.when, now);
  const from = Math.max(window.from, now);
  const listed = occurrences
    .filter((o) => o.end > from && o.start < window.to && matches(o, filter))
    .map((o): ListedOccurrence => {
      const long = o.end - o.start > LONG_MS;
      const inProgress = o.start <= now && now < o.end && !o.cancelled;
      return {
        ...o,
        long,
        onNow: inProgress && !long,
        running: inProgress && long,
        startingSoon: !o.cancelled && o.start > now && o.start - now <= SOON_MS,
      };
    });
  const day = (o: Occurrence) => localDayStart(Math.max(o.start, from));
  return listed.sort(
    (a, b) =>
      day(a) - day(b) ||
      Number(a.long) - Number(b.long) ||
      Number(a.cancelled) - Number(b.cancelled) ||
      a.start - b.start ||
      a.event.title_zh.localeCompare(b.event.title_zh, 'zh') ||
      a.key.localeCompare(b.key),
  );
}
