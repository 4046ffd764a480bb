/** Clock times of the hours model as people read and type them (Hangzhou wall clock, 24 hours). */

/** Minutes after a midnight as `HH:MM` on a 24-hour clock (an overnight 26:00 reads 02:00). */
export function clockText(minutes: number): string {
  const m = Math.round(minutes);
  return `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** `HH:MM` (a time input's value, or the time part of a local date-time) as minutes after midnight. */
export function clockMinutes(hhmm: string): number | undefined {
  return /^\d{2}:\d{2}$/.test(hhmm) ? Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)) : undefined;
}
