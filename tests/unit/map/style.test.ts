/**
 * The map style is built in code, and the map is told not to validate it at start (validateStyle: false in
 * src/map/map-engine.ts: on a phone that check costs ~60 ms of main thread before the first frame). So the
 * style-spec's own validator runs here instead, over the real data and every input that changes the style.
 */
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle, type StyleInput } from '../../../src/map/style/style.ts';
import { OPENING_STYLE_INPUT as base } from './style-input.ts';

const cases: [string, Partial<StyleInput>][] = [
  ['Chinese, today, every area', {}],
  ['English', { lang: 'en' }],
  ['the Song year 1200', { time: { year: 1200 } }],
  ['a then/now comparison half faded', { time: { year: 2026, fade: 0.5 } }],
  ['no area shown', { visible: [] }],
  [
    'a walk drawn',
    {
      walk: {
        line: [
          [120.165, 30.236],
          [120.167, 30.238],
        ],
        stops: [{ id: 'gulou', lonLat: [120.165, 30.236] }],
      },
    },
  ],
];

describe('the built map style', () => {
  it.each(cases)('is valid for the style spec: %s', (_name, change) => {
    const errors = validateStyleMin(buildStyle({ ...base, ...change }) as never);
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('is caught by the validator when broken (the check can fail)', () => {
    const style = buildStyle(base);
    (style.layers[1] as { paint?: Record<string, unknown> }).paint = { 'fill-color': ['get'] };
    expect(validateStyleMin(style as never).length).toBeGreaterThan(0);
  });
});
