import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  byDay,
  dateOf,
  isDate,
  isoWeekday,
  shiftAnchor,
  viewDates,
} from '../../../src/listings/calendar.ts';
import { listOccurrences } from '../../../src/listings/filters.ts';
import type { Occurrence } from '../../../src/listings/occurrences.ts';
import { at, goodEvents } from './load.ts';

const base = goodEvents().find((e) => e.id === 'fixture-show')!;
const occ = (id: string, start: string, end: string): Occurrence => ({
  event: { ...base, id },
  key: `${id}@${start}`,
  start: at(`${start}+08:00`),
  end: at(`${end}+08:00`),
  cancelled: false,
});

describe('calendar dates', () => {
  it('takes the Hangzhou date of an instant, not the UTC one', () => {
    expect(dateOf(at('2026-12-04T17:00Z'))).toBe('2026-12-05');
  });

  it('refuses impossible dates', () => {
    expect(isDate('2026-02-30')).toBe(false);
    expect(isDate('2026-12-5')).toBe(false);
    expect(isDate('2026-12-05')).toBe(true);
  });

  it('steps days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('steps months to their first day, across years both ways', () => {
    expect(addMonths('2026-12-19', 1)).toBe('2027-01-01');
    expect(addMonths('2026-01-31', -1)).toBe('2025-12-01');
  });

  it('numbers weekdays from Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2026-11-30')).toBe(1);
    expect(isoWeekday('2026-12-05')).toBe(6);
    expect(isoWeekday('2026-12-06')).toBe(7);
  });

  it('shows a week from Monday to Sunday', () => {
    expect(viewDates('week', '2026-12-05')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
  });

  it('covers a month with whole weeks', () => {
    const dates = viewDates('month', '2026-12-19');
    expect(dates[0]).toBe('2026-11-30');
    expect(dates.at(-1)).toBe('2027-01-03');
    expect(dates.length % 7).toBe(0);
    expect(dates).toContain('2026-12-31');
  });

  it('moves the anchor by the view’s own step', () => {
    expect(shiftAnchor('day', '2026-12-05', -1)).toBe('2026-12-04');
    expect(shiftAnchor('week', '2026-12-05', 1)).toBe('2026-12-12');
    expect(shiftAnchor('month', '2026-12-05', 1)).toBe('2027-01-01');
  });
});

describe('byDay', () => {
  const now = at('2026-12-01T09:00+08:00');
  const listed = listOccurrences(
    [
      occ('show', '2026-12-05T19:30', '2026-12-05T20:15'),
      occ('late', '2026-12-05T23:00', '2026-12-06T01:00'),
      occ('expo', '2026-12-02T09:00', '2026-12-20T17:00'),
    ],
    { when: { kind: 'all' } },
    now,
  );

  it('puts an evening running past midnight on both days', () => {
    const days = byDay(listed, ['2026-12-05', '2026-12-06']);
    expect(days[0].dated.map((o) => o.event.id)).toEqual(['show', 'late']);
    expect(days[1].dated.map((o) => o.event.id)).toEqual(['late']);
  });

  it('counts a long exhibition as running on each day, apart from the dated events', () => {
    const days = byDay(listed, ['2026-12-01', '2026-12-03', '2026-12-21']);
    expect(days.map((d) => d.running.length)).toEqual([0, 1, 0]);
    expect(days.every((d) => d.dated.every((o) => o.event.id !== 'expo'))).toBe(true);
  });
});
