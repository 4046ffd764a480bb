/**
 * MapLibre compiles one shader program per layer type and per mix of uniform (constant or zoom-only) and
 * per-feature paint properties, each before the first frame that draws it (src/map/style/per-feature.ts).
 * These tests hold the first view's styles to few mixes, so a new layer that breaks the sharing shows here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { latest, normalizePropertyExpression } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { AREA_IDS } from '../../../src/data/areas.ts';
import type { BasemapCollection, PlaceCollection, PlaceFeature } from '../../../src/data/schema.ts';
import { buildStyle } from '../../../src/map/style/style.ts';
import { SONG_PALETTE } from '../../../src/theme/palette.ts';

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const places = {
  type: 'FeatureCollection',
  features: readdirSync('geodata/layers')
    .filter((f) => f.endsWith('.geojson'))
    .flatMap((f) => read<{ features: PlaceFeature[] }>(`geodata/layers/${f}`).features),
} as PlaceCollection;
const basemap = read<BasemapCollection>('geodata/basemap.geojson');

type Spec = Record<string, { 'property-type'?: string }>;

/** Which of a layer's data-driven-capable paint properties are per feature ('source' or 'composite'). */
export function programKey(layer: LayerSpecification): string {
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
  const style = buildStyle({
    palette: SONG_PALETTE,
    lang,
    visible: [...AREA_IDS],
    time: { year: 2026 },
    places,
    basemap,
    attribution: '',
  });
  const keys = new Map<string, string[]>();
  for (const layer of style.layers) {
    if (layer.type === 'background' || layer.id === 'heritage-selected') continue;
    const key = programKey(layer);
    keys.set(key, [...(keys.get(key) ?? []), layer.id]);
  }
  return keys;
}

/** The programs the opening view draws with: the basemap and the heritage places (walk and events are empty). */
function opening(lang: 'zh' | 'en'): [string, string[]][] {
  return [...firstViewKeys(lang)]
    .map(([key, ids]): [string, string[]] => [key, ids.filter((id) => /^(bm|heritage)-/.test(id))])
    .filter(([, ids]) => ids.length > 0);
}

describe('shader programs of the opening map', () => {
  it('every fill (basemap and heritage) shares one program', () => {
    const fills = opening('zh').filter(([k]) => k.startsWith('fill'));
    expect(fills).toHaveLength(1);
    expect(fills[0][1]).toEqual(['bm-hill', 'bm-park', 'bm-water', 'heritage-fill']);
  });

  it('lines need three programs: basemap lines, heritage lines, dashed heritage lines', () => {
    const lines = opening('en')
      .filter(([k]) => k.startsWith('line'))
      .map(([, ids]) => ids);
    expect(lines).toEqual([
      ['bm-river', 'bm-road-casing', 'bm-road'],
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
    const symbols = opening('zh')
      .filter(([k]) => k.startsWith('symbol'))
      .map(([, ids]) => ids);
    expect(symbols).toEqual([
      ['bm-road-label', 'bm-area-label', 'bm-river-label'],
      ['heritage-area-label', 'heritage-line-label', 'heritage-point-label'],
    ]);
  });

  it('tells a constant from a per-feature value (the check can fail)', () => {
    const layer = (color: unknown) =>
      ({ id: 'x', type: 'fill', source: 's', paint: { 'fill-color': color } }) as LayerSpecification;
    expect(programKey(layer('#fff'))).not.toEqual(programKey(layer(['get', 'colour'])));
  });
});
