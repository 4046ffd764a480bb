/**
 * How a road's name is drawn along it, the same for the vector tiles and the GeoJSON fallback: one layout
 * and paint, so the two layers also share MapLibre's shader programs (shader-programs.test.ts).
 */
import type { SymbolLayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n/lang.ts';
import type { Palette } from '../../theme/palette.ts';
import { LABEL_FONTS } from './fonts.ts';
import { labelExpression } from './label.ts';
import { perFeature } from './per-feature.ts';
import type { modernOpacity } from './time-style.ts';

export function roadLabel(
  p: Palette,
  lang: Lang,
  modern: ReturnType<typeof modernOpacity>,
): Pick<SymbolLayerSpecification, 'layout' | 'paint'> {
  return {
    layout: {
      'symbol-placement': 'line',
      'text-field': labelExpression(lang),
      'text-font': LABEL_FONTS,
      'text-size': 11,
      'text-max-angle': 30,
      'symbol-spacing': 300,
    },
    paint: {
      'text-color': perFeature(p.roadLabel),
      'text-halo-color': p.halo,
      'text-halo-width': 1.5,
      'text-opacity': modern,
    },
  };
}
