import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlaceCollection, PlaceProperties } from '../../../src/data/schema.ts';
import { bookingFlag } from '../../../src/trips/booking.ts';
import { hoursStatus, weekdayOf } from '../../../src/trips/hours.ts';

function place(layer: string, id: string): PlaceProperties {
  const fc = JSON.parse(readFileSync(`geodata/layers/${layer}.geojson`, 'utf8')) as PlaceCollection;
  return fc.features.find((f) => f.properties.id === id)!.properties;
}

const deshou = place('deshou', 'deshou-museum');
const guanyao = place('imperial-city', 'imperial-city-guanyao-museum');

describe('opening hours', () => {
  it('the data says the same in opening_hours as in words: Deshou Palace and the Guan kiln museum', () => {
    expect(deshou.opening_hours).toBe('Tu-Su 09:30-17:00; Mo off');
    expect(deshou.last_entry_min).toBe(30);
    expect(deshou.hours_en).toContain('Tue–Sun 9:30–17:00, last entry 16:30, closed Mondays');
    expect(guanyao.opening_hours).toBe('Tu-Su 09:00-16:30; Mo off; PH 09:00-16:30');
    expect(guanyao.hours_en).toContain('9:00–16:30, last entry 16:00, closed Mondays except public holidays');
  });

  it('knows 2026-12-07 is a Monday whatever the device zone', () => {
    expect(weekdayOf('2026-12-07')).toBe(1);
  });

  it('flags a Monday visit to Deshou Palace as a closed day', () => {
    expect(hoursStatus(deshou, '2026-12-07', 600, 660)).toBe('closed-day');
  });

  it('flags a Tuesday visit arriving after last entry as outside the hours', () => {
    expect(hoursStatus(deshou, '2026-12-08', 995, 1010)).toBe('outside');
    expect(hoursStatus(deshou, '2026-12-08', 600, 660)).toBe('open');
  });

  it('opens the Guan kiln museum on a Monday public holiday (2026-10-05), not on a plain Monday', () => {
    expect(hoursStatus(guanyao, '2026-10-05', 600, 660)).toBe('open');
    expect(hoursStatus(guanyao, '2026-10-12', 600, 660)).toBe('closed-day');
  });

  it('a holiday Deshou Palace has no rule for is "check"; no date is "no-date"; words only are "check"', () => {
    expect(hoursStatus(deshou, '2026-10-06', 600, 660)).toBe('check');
    expect(hoursStatus(deshou, undefined, 600, 660)).toBe('no-date');
    expect(hoursStatus({ hours_en: 'Summer 8:00–18:00; winter 8:30–17:00' }, '2026-12-08', 600, 660)).toBe(
      'check',
    );
    expect(hoursStatus(undefined, '2026-12-08', 600, 660)).toBe('unknown');
  });
});

describe('booking flags', () => {
  it('says booking is required at Deshou Palace, with the place sources', () => {
    const f = bookingFlag(deshou);
    expect(f.status).toBe('required');
    expect(f.text_en).toContain('advance reservation required');
    expect(f.sources.length).toBeGreaterThan(0);
  });

  it('says unknown where the data states nothing about booking', () => {
    expect(bookingFlag(guanyao)).toEqual({ status: 'unknown', sources: [] });
  });
});
