/**
 * MapLibre compiles one shader program per layer type and per mix of uniform (constant or zoom-only) and
 * per-feature paint properties, each before the first frame that draws it (src/map/style/per-feature.ts).
 * These tests hold the first view's styles to few mixes, so a new layer that breaks the sharing shows here.
 */
import { describe, expect, it } from 'vitest';
import { latest, normalizePropertyExpression } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { buildStyle } from '../../../src/map/style/style.ts';
import { OPENING_STYLE_INPUT } from './style-input.ts';

type Spec = Record<string, { 'property-type'?: string }>;

/** Which of a layer's data-driven-capable paint properties are per feature ('source' or 'composite'). */
function programKey(layer: LayerSpecification): string {
  const spec = (latest as unknown as Record<string, Spec>)[`paint_${layer.type}`] ?? {};
  const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
  const perFeature = Object.keys(spec)
    .filter((name) => spec[name]['property-type'] === 'data-driven' && name in paint)
    .filter((name) => {
      const { kind } = normalizePropertyExpression(paint[name] as never, name, spec[name] as never);
      return kind === 'source' || kind === 'composite';
    });
  // A dashed line and an antialiased fill edge are programs of their own.
  const extra = [
    layer.type === 'line' && 'line-dasharray' in paint ? 'dashed' : '',
    layer.type === 'fill' && paint['fill-antialias'] !== false ? 'outline' : '',
  ].filter(Boolean);
  return `${layer.type}: ${[...perFeature, ...extra].sort().join(' ')}`;
}

/** Layer ids grouped by shader program, for the style as the app first builds it. */
function firstViewKeys(lang: 'zh' | 'en'): Map<string, string[]> {
  const style = buildStyle({ ...OPENING_STYLE_INPUT, lang });
  const keys = new Map<string, string[]>();
  for (const layer of style.layers) {
    if (layer.type === 'background' || layer.id === 'heritage-selected') continue;
    const key = programKey(layer);
    keys.set(key, [...(keys.get(key) ?? []), layer.id]);
  }
  return keys;
}

/**
 * The programs of one layer type that the opening view draws with, as lists of layer ids: the basemap and the
 * heritage places (the walk and event sources are empty then).
 */
function opening(lang: 'zh' | 'en', type: string): string[][] {
  return [...firstViewKeys(lang)]
    .filter(([key]) => key.startsWith(`${type}:`))
    .map(([, ids]) => ids.filter((id) => /^(bm|heritage)-/.test(id)))
    .filter((ids) => ids.length > 0);
}

describe('shader programs of the opening map', () => {
  it('every fill (basemap, vector tiles and heritage) shares one program', () => {
    expect(opening('zh', 'fill')).toEqual([
      ['bm-hill', 'bm-tile-landuse', 'bm-tile-water', 'bm-park', 'bm-water', 'heritage-fill'],
    ]);
  });

  it('lines need three programs: basemap lines, heritage lines, dashed heritage lines', () => {
    expect(opening('en', 'line')).toEqual([
      ['bm-tile-road-casing', 'bm-tile-road', 'bm-tile-railway', 'bm-river', 'bm-road-casing', 'bm-road'],
      ['heritage-outline', 'heritage-line'],
      ['heritage-outline-schematic', 'heritage-line-schematic'],
    ]);
  });

  it('an open walk and the events’ labels reuse the basemap’s line and label programs', () => {
    const keys = firstViewKeys('zh');
    const programOf = (id: string) => [...keys].find(([, ids]) => ids.includes(id))?.[0];
    expect(programOf('walk-line')).toBe(programOf('bm-road'));
    expect(programOf('walk-casing')).toBe(programOf('bm-road'));
    expect(programOf('walk-stop-number')).toBe(programOf('bm-road-label'));
    expect(programOf('event-cluster-count')).toBe(programOf('bm-road-label'));
  });

  it('labels need two programs: the basemap’s and the heritage places’', () => {
    expect(opening('zh', 'symbol')).toEqual([
      ['bm-road-label', 'bm-tile-road-label', 'bm-area-label', 'bm-river-label'],
      ['heritage-area-label', 'heritage-line-label', 'heritage-point-label'],
    ]);
  });

  it('tells a constant from a per-feature value (the check can fail)', () => {
    const layer = (color: unknown) =>
      ({ id: 'x', type: 'fill', source: 's', paint: { 'fill-color': color } }) as LayerSpecification;
    expect(programKey(layer('#fff'))).not.toEqual(programKey(layer(['get', 'colour'])));
  });
});
