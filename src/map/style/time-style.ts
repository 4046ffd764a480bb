/**
 * How the time control shows on the map: a filter clause for "existed in that year", and opacity factors that
 * fade today's map against the Song reconstruction. Features without `from` are today's map.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { MODERN_FROM, type TimeView } from '../../history/time-view.ts';

/** Features that existed in the year; in a comparison every feature is kept and opacity does the work. */
export function timeClause(time: TimeView): ExpressionSpecification {
  if (time.fade !== undefined) return ['literal', true] as unknown as ExpressionSpecification;
  return [
    'all',
    ['<=', ['coalesce', ['get', 'from'], -1e4], time.year],
    ['>=', ['coalesce', ['get', 'to'], 1e4], time.year],
  ];
}

/** Opacity of today's map (basemap roads, undated heritage features) for this time view. */
export function modernOpacity(time: TimeView): number {
  if (time.fade !== undefined) return time.fade;
  return time.year < MODERN_FROM ? 0.3 : 1;
}

/** Opacity of the Song reconstruction layer. */
export function songOpacity(time: TimeView): number {
  return time.fade !== undefined ? 1 - time.fade : 1;
}

/** Per-feature opacity factor, multiplied into each heritage layer's own opacity. */
export function featureOpacity(time: TimeView, base = 1): ExpressionSpecification {
  const song = songOpacity(time) * base;
  const modern = modernOpacity(time) * base;
  return [
    'case',
    ['==', ['get', 'area'], 'song-city'],
    song,
    ['has', 'from'],
    time.fade !== undefined ? modern : base,
    modern,
  ];
}
