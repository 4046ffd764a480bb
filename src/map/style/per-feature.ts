import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * A constant paint value written as a per-feature expression, so that a layer can share its siblings' shader
 * program. MapLibre compiles one program per layer type and per mix of uniform (constant, zoom-only) and
 * per-feature paint properties, each before the first frame that draws it: about 45 ms apiece with software
 * WebGL (`npm run bench`), real time on a phone's GPU too. Both branches are the same value; the `has` test
 * is what makes the expression per-feature.
 *
 * Trap: only for properties that setPaintProperty never changes at run time (a per-feature value makes the
 * source lay its tiles out again on every change).
 */
export function perFeature(value: string | number): ExpressionSpecification {
  return ['case', ['has', 'kind'], value, value];
}
