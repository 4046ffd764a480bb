import { centroid } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { Position } from '../../../src/data/schema.ts';
import { areaAt } from '../../../src/listings/venue-area.ts';
import { places } from './load.ts';

const all = places();
const outline = (area: string) =>
  all.find((f) => f.properties.kind === 'area' && f.properties.area === area)!;

describe('areaAt', () => {
  it('gives the heritage area whose outline holds the point', () => {
    const f = outline('deshou');
    const inside = centroid({
      type: 'Polygon',
      coordinates: (f.geometry as { coordinates: Position[][] }).coordinates,
    }).geometry.coordinates as Position;
    expect(areaAt(inside, all)).toBe('deshou');
  });

  it('outside every outline, gives the layer of the nearest place of today', () => {
    const metro = all.find((f) => f.properties.kind === 'metro' && f.geometry.type === 'Point')!;
    const [lon, lat] = metro.geometry.coordinates as Position;
    expect(areaAt([lon + 0.0002, lat], all)).toBe('around');
  });

  it('never suggests the Song-era reconstructions as a layer', () => {
    const wall = all.find((f) => f.properties.area === 'song-city' && f.geometry.type === 'LineString')!;
    const on = (wall.geometry as { coordinates: Position[] }).coordinates[0];
    expect(areaAt(on, all)).not.toBe('song-city');
  });

  it('falls back to "around" when there are no places at all', () => {
    expect(areaAt([120.17, 30.25], [])).toBe('around');
  });
});
