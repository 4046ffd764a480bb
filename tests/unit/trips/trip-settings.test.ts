import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from '../../../src/app/url-state.ts';
import { DEFAULT_TRIP, parseTripParams, tripParams } from '../../../src/trips/trip-settings.ts';

const parse = (s: string) => parseTripParams(new URLSearchParams(s));

describe('trip settings in the URL', () => {
  it('round-trips every setting', () => {
    const t = {
      ...DEFAULT_TRIP,
      date: '2026-12-08',
      start: 8 * 60 + 45,
      pupils: 41,
      age: 'junior' as const,
      budget: 200,
      route: 'own',
      stops: ['gulou', 'huqingyutang'],
      from: 'wushan-square',
      to: 'deshou-museum',
      groups: 3,
      rest: 45,
      stepFree: true,
      sheet: 'key' as const,
    };
    expect(parse(tripParams(t).join('&'))).toEqual(t);
  });

  it('is absent without trip=1', () => {
    expect(parse('date=2026-12-08')).toBeUndefined();
  });

  it('drops garbled values and keeps defaults', () => {
    const t = parse('trip=1&date=2026-02-30&start=25:00&pupils=0&age=adult&groups=9&sheet=x');
    expect(t).toEqual({ ...DEFAULT_TRIP, stops: [] });
  });
});

describe('trip settings in the app URL', () => {
  it('survive the shell’s URL state next to the language', () => {
    const hash = `#lang=en&${tripParams({ ...DEFAULT_TRIP, date: '2026-12-08', groups: 3 }).join('&')}`;
    const state = parseUrlState(hash);
    expect(state.trip).toEqual({ ...DEFAULT_TRIP, date: '2026-12-08', groups: 3 });
    expect(serializeUrlState(state)).toBe(hash);
  });
});
