import { describe, expect, it } from 'vitest';
import { landmarksOf } from '../../../src/walks/landmarks.ts';
import { streetName } from '../../../src/walks/street-name.ts';
import type { PlaceFeature } from '../../../src/data/schema.ts';

const place = (p: Partial<PlaceFeature['properties']>, type: 'Point' | 'LineString' = 'Point') =>
  ({
    type: 'Feature',
    geometry:
      type === 'Point'
        ? { type, coordinates: [120.17, 30.24] }
        : {
            type,
            coordinates: [
              [120.17, 30.24],
              [120.171, 30.24],
            ],
          },
    properties: { id: 'x', kind: 'museum', name_zh: '某馆', name_en: 'A museum', confidence: 'medium', ...p },
  }) as PlaceFeature;

describe('landmarks a turn may be named at', () => {
  it('keeps a standing point place and drops its bracketed gloss', () => {
    expect(
      landmarksOf([
        place({ name_zh: '杭州南宋官窑博物馆（郊坛下官窑遗址）', name_en: 'Guan Kiln Museum (Jiaotanxia)' }),
      ]),
    ).toEqual([
      { id: 'x', name_zh: '杭州南宋官窑博物馆', name_en: 'Guan Kiln Museum', lonLat: [120.17, 30.24] },
    ]);
  });

  it('leaves out reconstructions, low-confidence points, streets, metro stations, hills and lines', () => {
    expect(
      landmarksOf([
        place({ reconstruction: true }),
        place({ confidence: 'low' }),
        place({ kind: 'metro' }),
        place({ kind: 'street' }),
        place({ kind: 'hill' }),
        place({}, 'LineString'),
      ]),
    ).toEqual([]);
  });
});

describe('street names in directions', () => {
  it('gives English readers the pinyin with the characters on the sign', () => {
    expect(streetName({ name_zh: '河坊街', name_en: 'Hefang Jie' }, 'en')).toBe('Hefang Jie (河坊街)');
  });

  it('says an unnamed way as the data describes it', () => {
    expect(streetName({ name_zh: '无名巷道', name_en: 'unnamed lane' }, 'en')).toBe('unnamed lane');
  });

  it('gives Chinese readers the Chinese name', () => {
    expect(streetName({ name_zh: '河坊街', name_en: 'Hefang Jie' }, 'zh')).toBe('河坊街');
  });
});
