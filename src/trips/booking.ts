/**
 * What the place data says about booking. `required` when the stated text says booking is required;
 * `stated` for any other booking text; `unknown` when the data has none. Rules for school groups
 * specifically are not in the data for any place: the planner says so instead of assuming.
 */
import type { PlaceProperties, Source } from '../data/schema.ts';

export interface BookingFlag {
  status: 'required' | 'stated' | 'unknown';
  text_zh?: string;
  text_en?: string;
  /** The place's sources (the data keeps sources per place, not per field). */
  sources: Source[];
}

export function bookingFlag(p: PlaceProperties): BookingFlag {
  if (!p.booking_zh && !p.booking_en) return { status: 'unknown', sources: [] };
  const required = /\brequired\b|须|必须|需.{0,4}预约/.test(`${p.booking_en ?? ''} ${p.booking_zh ?? ''}`);
  return {
    status: required ? 'required' : 'stated',
    text_zh: p.booking_zh,
    text_en: p.booking_en,
    sources: p.sources,
  };
}
