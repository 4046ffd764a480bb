import type { ExpressionSpecification } from 'maplibre-gl';
import { isZh, type Lang } from '../../i18n/lang.ts';

/** The label of a feature in the current language, falling back to the other name where one is missing. */
export function labelExpression(lang: Lang): ExpressionSpecification {
  return isZh(lang)
    ? ['coalesce', ['get', 'name_zh'], ['get', 'name_en']]
    : ['coalesce', ['get', 'name_en'], ['get', 'name_zh']];
}
