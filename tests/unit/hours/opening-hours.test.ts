import { describe, expect, it } from 'vitest';
import {
  hoursOn,
  openingHoursErrors,
  visitStatus,
  type HoursSpec,
} from '../../../src/hours/opening-hours.ts';
import { isPublicHoliday, CN_HOLIDAYS, type HolidayYear } from '../../../src/hours/holidays-cn.ts';

const h = (hh: number, mm = 0) => hh * 60 + mm;

// Fixtures: the shapes the data uses, and one it may need later (overnight).
const MUSEUM: HoursSpec = { opening_hours: 'Tu-Su 09:30-17:00; Mo off', last_entry_min: 30 };
const OPEN_ON_PH: HoursSpec = {
  opening_hours: 'Tu-Su 09:00-16:30; Mo off; PH 09:00-16:30',
  last_entry_min: 30,
};
const CLOSED_ON_PH: HoursSpec = { opening_hours: 'Mo-Su 09:00-17:00; PH off' };
const NIGHT_MARKET: HoursSpec = { opening_hours: 'Mo-Su 18:00-02:00' };
const HOLIDAYS: HolidayYear[] = [
  {
    year: 2026,
    source: { title: 'fixture', url: 'https://example.org/' },
    ranges: [['2026-10-01', '2026-10-07']],
  },
];

describe('opening hours', () => {
  it('closed Mondays, open otherwise (2026-12-07 is a Monday)', () => {
    expect(hoursOn(MUSEUM, '2026-12-07').intervals).toEqual([]);
    expect(hoursOn(MUSEUM, '2026-12-08').intervals).toEqual([[h(9, 30), h(17)]]);
    expect(visitStatus(MUSEUM, '2026-12-07', h(10), h(11))).toEqual({ status: 'closed-day' });
    expect(visitStatus(MUSEUM, '2026-12-08', h(10), h(11))).toEqual({ status: 'open' });
  });

  it('last entry: in at 16:30 is fine, at 16:31 is not; a visit past closing is said', () => {
    expect(visitStatus(MUSEUM, '2026-12-08', h(16, 30), h(16, 55))).toEqual({ status: 'open' });
    expect(visitStatus(MUSEUM, '2026-12-08', h(16, 31), h(16, 50))).toEqual({
      status: 'after-last-entry',
      lastEntry: h(16, 30),
    });
    expect(visitStatus(MUSEUM, '2026-12-08', h(16), h(17, 30))).toEqual({
      status: 'closes-during',
      closesAt: h(17),
    });
    expect(visitStatus(MUSEUM, '2026-12-08', h(8), h(9))).toEqual({
      status: 'before-opening',
      opensAt: h(9, 30),
    });
    expect(visitStatus(MUSEUM, '2026-12-08', h(18), h(19))).toEqual({
      status: 'after-last-entry',
      lastEntry: h(16, 30),
    });
  });

  it('a Monday public holiday opens a place whose PH rule says so (2026-10-05 is a Monday)', () => {
    expect(hoursOn(OPEN_ON_PH, '2026-10-05', HOLIDAYS)).toEqual({
      intervals: [[h(9), h(16, 30)]],
      holiday: true,
      uncertain: undefined,
    });
    expect(hoursOn(OPEN_ON_PH, '2026-10-12', HOLIDAYS).intervals).toEqual([]);
    expect(visitStatus(CLOSED_ON_PH, '2026-10-02', h(10), h(11), HOLIDAYS)).toEqual({ status: 'closed-day' });
    expect(visitStatus(CLOSED_ON_PH, '2026-10-09', h(10), h(11), HOLIDAYS)).toEqual({ status: 'open' });
  });

  it('a holiday without a PH rule keeps the weekly hours and says the arrangement is not in the data', () => {
    const d = hoursOn(MUSEUM, '2026-10-05', HOLIDAYS);
    expect(d.intervals).toEqual([]);
    expect(d.uncertain).toBe('holiday-rule-missing');
  });

  it('a year whose holidays are unknown is said to be unknown when the place has a PH rule', () => {
    expect(hoursOn(OPEN_ON_PH, '2030-05-01', HOLIDAYS).uncertain).toBe('holidays-unknown');
    expect(hoursOn(MUSEUM, '2030-05-01', HOLIDAYS).uncertain).toBeUndefined();
  });

  it('overnight hours run past midnight and the early hours belong to the evening before', () => {
    expect(hoursOn(NIGHT_MARKET, '2026-12-08').intervals).toEqual([
      [0, h(2)],
      [h(18), h(26)],
    ]);
    expect(visitStatus(NIGHT_MARKET, '2026-12-08', h(23, 30), h(25))).toEqual({ status: 'open' });
    expect(visitStatus(NIGHT_MARKET, '2026-12-08', h(1), h(1, 30))).toEqual({ status: 'open' });
    expect(visitStatus(NIGHT_MARKET, '2026-12-08', h(1, 30), h(2, 30))).toEqual({
      status: 'closes-during',
      closesAt: h(2),
    });
  });

  it('no hours in the data is unknown, never open', () => {
    expect(visitStatus(undefined, '2026-12-08', h(10), h(11))).toEqual({ status: 'unknown' });
  });

  it('rejects invalid values and misplaced PH rules, accepts the data shapes', () => {
    expect(openingHoursErrors(MUSEUM.opening_hours)).toEqual([]);
    expect(openingHoursErrors(OPEN_ON_PH.opening_hours)).toEqual([]);
    expect(openingHoursErrors('Tu-Xx 09:00-17:00')).toHaveLength(1);
    expect(openingHoursErrors('PH off; Mo-Su 09:00-17:00')[0]).toMatch(/PH/);
    expect(openingHoursErrors('Mo,PH 09:00-17:00')[0]).toMatch(/PH/);
    expect(openingHoursErrors('Mo-Su 09:00-17:00 "ask"')[0]).toMatch(/comments/);
  });
});

describe('China public holidays (given dates)', () => {
  it('2026 National Day week from the State Council notice; unknown years are undefined', () => {
    expect(isPublicHoliday('2026-10-01')).toBe(true);
    expect(isPublicHoliday('2026-10-07')).toBe(true);
    expect(isPublicHoliday('2026-10-08')).toBe(false);
    expect(isPublicHoliday('2026-02-15')).toBe(true);
    expect(isPublicHoliday('1999-10-01')).toBeUndefined();
  });

  it('every range is ordered, inside its year, and the years do not repeat', () => {
    const years = CN_HOLIDAYS.map((y) => y.year);
    expect(new Set(years).size).toBe(years.length);
    for (const y of CN_HOLIDAYS)
      for (const [a, b] of y.ranges) {
        expect(a <= b).toBe(true);
        expect(a.slice(0, 4)).toBe(String(y.year));
        expect(/^\d{4}-\d{2}-\d{2}$/.test(a) && /^\d{4}-\d{2}-\d{2}$/.test(b)).toBe(true);
      }
  });
});
