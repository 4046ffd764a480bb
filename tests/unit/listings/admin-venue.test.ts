import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkVenueInput } from '../../../src/listings/admin-venue.ts';
import { places } from './load.ts';

const fixture = () =>
  JSON.parse(readFileSync('tests/server/fixtures/venue.json', 'utf8')) as Record<string, unknown> & {
    position: [number, number];
  };

describe('checkVenueInput', () => {
  it('stores a GCJ-02 point as WGS84 and keeps what was typed in gcj02', () => {
    const r = checkVenueInput(fixture(), places(), 'create');
    if (!r.ok) throw new Error(JSON.stringify(r.fields));
    expect(r.venue.gcj02).toEqual(fixture().position);
    expect(r.venue.position).not.toEqual(fixture().position);
  });

  it('a WGS84 point has no gcj02', () => {
    const r = checkVenueInput({ ...fixture(), datum: 'wgs84' }, places(), 'create');
    expect(r.ok && r.venue.gcj02).toBe(undefined);
  });

  it('treats empty optional texts as absent', () => {
    const r = checkVenueInput({ ...fixture(), address_en: '  ' }, places(), 'create');
    expect(r.ok && 'address_en' in r.venue).toBe(false);
  });

  it('names each bad field by its path', () => {
    const r = checkVenueInput(
      { ...fixture(), name_zh: '', sources: [{ title: 'x', url: 'ftp://x' }], confidence: 'sure' },
      places(),
      'create',
    );
    expect(r.ok ? {} : Object.keys(r.fields).sort()).toEqual(['confidence', 'name_zh', 'sources.0.url']);
  });

  it('an update body has no id', () => {
    const r = checkVenueInput(fixture(), places(), 'update');
    expect(r.ok ? {} : r.fields).toEqual({ id: { code: 'unknownField', message: 'unknown field' } });
  });

  it('a point outside the map is refused, with a hint when lon and lat look swapped', () => {
    const [lon, lat] = fixture().position;
    const swapped = checkVenueInput({ ...fixture(), position: [lat, lon] }, places(), 'create');
    expect(swapped.ok ? undefined : swapped.fields.position.code).toBe('swapped');
    expect(swapped.ok ? '' : swapped.fields.position.message).toMatch(/\[lat, lon\]/);
    const far = checkVenueInput({ ...fixture(), position: [116.4, 39.9] }, places(), 'create');
    expect(far.ok ? undefined : far.fields.position.code).toBe('outside');
    expect(far.ok ? '' : far.fields.position.message).toMatch(/^outside the map \(lon 120\.10–120\.26/);
  });
});
