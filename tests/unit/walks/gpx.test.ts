import { describe, expect, it } from 'vitest';
import { walkToGeoJson, walkToGpx } from '../../../src/walks/gpx.ts';
import type { WalkView } from '../../../src/walks/walk-view.ts';
import { OSM_ATTRIBUTION, OSM_COPYRIGHT_URL } from '../../../src/data/licence.ts';

// Only the fields the exports read.
const walk = {
  name_zh: '测试 <步行>',
  name_en: 'Test & walk',
  profile: 'standard',
  stops: [
    { id: 'a', name_zh: '甲', name_en: 'A', lonLat: [120.165, 30.24] },
    { id: 'b', name_zh: '乙', name_en: 'B', lonLat: [120.166, 30.241] },
  ],
  line: [
    [120.165, 30.24],
    [120.166, 30.241],
  ],
  distance_m: 150,
  duration_min: 3,
  step_free: true,
} as unknown as WalkView;

describe('walk exports carry the OpenStreetMap attribution (ODbL)', () => {
  it('GPX: in the metadata, with the licence link, and names escaped', () => {
    const gpx = walkToGpx(walk, 'en');
    const metadata = /<metadata>[\s\S]*<\/metadata>/.exec(gpx)![0];
    expect(metadata).toContain(OSM_ATTRIBUTION);
    expect(metadata).toContain(`<license>${OSM_COPYRIGHT_URL}</license>`);
    expect(gpx).toContain('Test &amp; walk');
  });

  it('GeoJSON: on the collection and on the route feature', () => {
    const fc = JSON.parse(walkToGeoJson(walk));
    expect(fc.attribution).toContain(OSM_ATTRIBUTION);
    expect(fc.attribution).toContain(OSM_COPYRIGHT_URL);
    expect(fc.features[0].properties.attribution).toContain(OSM_ATTRIBUTION);
  });
});
