import { describe, expect, it } from 'vitest';
import { openNow } from '../../../src/hours/open-now.ts';
import type { HolidayYear } from '../../../src/hours/holidays-cn.ts';
import type { HoursSpec } from '../../../src/hours/opening-hours.ts';
import { parseLocal } from '../../../src/listings/time.ts';

const h = (hh: number, mm = 0) => hh * 60 + mm;
/** An instant from Hangzhou wall-clock time. */
const at = (local: string) => parseLocal(local)!;

const MUSEUM: HoursSpec = { opening_hours: 'Tu-Su 09:30-17:00; Mo off', last_entry_min: 30 };
const NO_LAST_ENTRY: HoursSpec = { opening_hours: 'Mo-Su 08:00-20:00' };
const NIGHT_MARKET: HoursSpec = { opening_hours: 'Mo-Su 18:00-02:00' };
const OPEN_ON_PH: HoursSpec = { opening_hours: 'Tu-Su 09:00-16:30; Mo off; PH 09:00-16:30' };
const NEVER: HoursSpec = { opening_hours: 'off' };
const HOLIDAYS: HolidayYear[] = [
  {
    year: 2026,
    source: { title: 'fixture', url: 'https://example.org/' },
    ranges: [['2026-10-01', '2026-10-07']],
  },
];

// 2026-12-08 is a Tuesday, 2026-12-07 a Monday, 2026-12-06 a Sunday.
describe('open now', () => {
  it('open: says when it closes and the last entry', () => {
    expect(openNow(MUSEUM, at('2026-12-08T10:00'))).toEqual({
      state: 'open',
      closesAt: h(17),
      lastEntry: h(16, 30),
      entryClosed: false,
      uncertain: undefined,
    });
  });

  it('between the last entry and closing: open, but nobody new gets in', () => {
    const now = openNow(MUSEUM, at('2026-12-08T16:45'));
    expect(now).toMatchObject({ state: 'open', entryClosed: true, lastEntry: h(16, 30) });
  });

  it('at the last entry minute itself, entry is still possible', () => {
    expect(openNow(MUSEUM, at('2026-12-08T16:30'))).toMatchObject({ state: 'open', entryClosed: false });
  });

  it('no last entry in the data: none is claimed', () => {
    expect(openNow(NO_LAST_ENTRY, at('2026-12-08T12:00'))).toMatchObject({
      state: 'open',
      lastEntry: undefined,
    });
  });

  it('before opening: opens later today', () => {
    expect(openNow(MUSEUM, at('2026-12-08T08:00'))).toMatchObject({
      state: 'closed',
      opens: { inDays: 0, at: h(9, 30), weekday: 2 },
    });
  });

  it('after closing on Sunday: the closed Monday is skipped, opens Tuesday', () => {
    expect(openNow(MUSEUM, at('2026-12-06T18:00'))).toMatchObject({
      state: 'closed',
      opens: { inDays: 2, at: h(9, 30), weekday: 2 },
    });
  });

  it('on the closed day: opens tomorrow', () => {
    expect(openNow(MUSEUM, at('2026-12-07T11:00'))).toMatchObject({
      state: 'closed',
      opens: { inDays: 1, at: h(9, 30), weekday: 2 },
    });
  });

  it('closing is exclusive: at 17:00 the museum is closed', () => {
    expect(openNow(MUSEUM, at('2026-12-08T17:00')).state).toBe('closed');
  });

  it('overnight hours: open at 01:00 from the evening before, closing at 02:00', () => {
    expect(openNow(NIGHT_MARKET, at('2026-12-08T01:00'))).toMatchObject({ state: 'open', closesAt: h(2) });
    expect(openNow(NIGHT_MARKET, at('2026-12-08T23:00'))).toMatchObject({ state: 'open', closesAt: h(26) });
  });

  it('a Monday public holiday opens a place whose PH rule says so (2026-10-05)', () => {
    expect(openNow(OPEN_ON_PH, at('2026-10-05T10:00'), HOLIDAYS)).toMatchObject({ state: 'open' });
    expect(openNow(OPEN_ON_PH, at('2026-12-07T10:00'), HOLIDAYS).state).toBe('closed');
  });

  it('the holiday uncertainty of the day is passed on', () => {
    const weekly: HoursSpec = { opening_hours: 'Mo-Su 09:00-17:00' };
    expect(openNow(weekly, at('2026-10-02T10:00'), HOLIDAYS)).toMatchObject({
      state: 'open',
      uncertain: 'holiday-rule-missing',
    });
  });

  it('no opening within a week: closed, with no next opening claimed', () => {
    expect(openNow(NEVER, at('2026-12-08T10:00'))).toEqual({ state: 'closed', uncertain: undefined });
  });

  it('no hours in the data: unknown', () => {
    expect(openNow(undefined, at('2026-12-08T10:00'))).toEqual({ state: 'unknown' });
  });
});
