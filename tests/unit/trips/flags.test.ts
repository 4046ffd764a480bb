import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlaceCollection, PlaceProperties } from '../../../src/data/schema.ts';
import { bookingFlag } from '../../../src/trips/booking.ts';
import { hoursStatus, parseHours, weekdayOf } from '../../../src/trips/hours.ts';

function place(layer: string, id: string): PlaceProperties {
  const fc = JSON.parse(readFileSync(`geodata/layers/${layer}.geojson`, 'utf8')) as PlaceCollection;
  return fc.features.find((f) => f.properties.id === id)!.properties;
}

const deshou = place('deshou', 'deshou-museum');
const guanyao = place('imperial-city', 'imperial-city-guanyao-museum');

describe('opening hours', () => {
  it('reads the museum of Deshou Palace: Tue–Sun 9:30–17:00, last entry 16:30, closed Mondays', () => {
    expect(parseHours(deshou.hours_en)).toEqual({
      open: 570,
      close: 1020,
      lastEntry: 990,
      closedDays: [1],
      holidayCaveat: true,
    });
  });

  it('reads the Guan kiln museum: 9:00–16:30, last entry 16:00, closed Mondays except public holidays', () => {
    expect(parseHours(guanyao.hours_en)).toMatchObject({
      open: 540,
      close: 990,
      lastEntry: 960,
      closedDays: [1],
      holidayCaveat: true,
    });
  });

  it('knows 2026-12-07 is a Monday whatever the device zone', () => {
    expect(weekdayOf('2026-12-07')).toBe(1);
  });

  it('flags a Monday visit to Deshou Palace as a closed day', () => {
    expect(hoursStatus(deshou.hours_en, weekdayOf('2026-12-07'), 600, 660)).toBe('closed-day');
  });

  it('flags a Tuesday visit arriving after last entry as outside the hours', () => {
    expect(hoursStatus(deshou.hours_en, 2, 995, 1010)).toBe('outside');
    expect(hoursStatus(deshou.hours_en, 2, 600, 660)).toBe('open');
  });

  it('marks hours it cannot read as "check", and no hours as unknown', () => {
    expect(hoursStatus('Summer 8:00–18:00; winter 8:30–17:00', 2, 600, 660)).toBe('check');
    expect(hoursStatus(undefined, 2, 600, 660)).toBe('unknown');
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
