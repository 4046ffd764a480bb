/**
 * What moment the map shows. Either a year (features are drawn when `from ≤ year ≤ to`), or a then/now
 * comparison that draws the Song reconstruction over today's map and fades between the two.
 */
import { systemClock } from '../data/clock.ts';
export interface TimeView {
  year: number;
  /** 0 = only the Song city, 1 = only today's map; undefined = no comparison, filter by `year`. */
  fade?: number;
}

/** The slider's range: from the first year of the Southern Song to now. */
export const FIRST_YEAR = 1127;
export function presentYear(now: Date = new Date(systemClock())): number {
  return now.getFullYear();
}

/** Years before this are "history": features of today's map are drawn faint there, for orientation. */
export const MODERN_FROM = 1912;

export interface TimePreset {
  id: 'song' | 'late-imperial' | 'today';
  year: number;
  /** The period the preset stands for, for its label. */
  range: [number, number];
}

export function timePresets(present = presentYear()): TimePreset[] {
  return [
    // 1200 (庆元六年): the Deshou Palace (1162–1268), the Imperial Ancestral Temple and the 1158 walls all stand.
    { id: 'song', year: 1200, range: [1138, 1276] },
    // 1880 (光绪六年): after Hu Xueyan's residence (1872–1875) and Hu Qing Yu Tang (1878) were built.
    { id: 'late-imperial', year: 1880, range: [1277, 1911] },
    { id: 'today', year: present, range: [1912, present] },
  ];
}

export function clampYear(year: number, present = presentYear()): number {
  return Math.min(present, Math.max(FIRST_YEAR, Math.round(year)));
}
