import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { toWgs84 } from '../../../src/data/datum.ts';
import { places } from '../listings/load.ts';

// A reference place of geodata (WGS84) and its GCJ-02 counterpart as a Chinese app would show it.
const wgs = places().find((f) => f.geometry.type === 'Point')!.geometry.coordinates as [number, number];
const gcj = gcoord.transform(wgs, gcoord.WGS84, gcoord.GCJ02) as [number, number];

describe('toWgs84', () => {
  it('leaves a WGS84 point where it is (rounded to 7 decimals) and reports no move', () => {
    expect(toWgs84([120.123456789, 30.2], 'wgs84')).toEqual({
      position: [120.1234568, 30.2],
      movedMetres: 0,
    });
  });

  it('brings a GCJ-02 point back onto its WGS84 place, within a metre', () => {
    const { position } = toWgs84(gcj, 'gcj02');
    expect(Math.abs(position[0] - wgs[0]) * 96_000).toBeLessThan(1);
    expect(Math.abs(position[1] - wgs[1]) * 111_000).toBeLessThan(1);
  });

  it('says how far the conversion moved the point (hundreds of metres in Hangzhou)', () => {
    const { movedMetres } = toWgs84(gcj, 'gcj02');
    expect(movedMetres).toBeGreaterThan(300);
    expect(movedMetres).toBeLessThan(700);
  });
});
