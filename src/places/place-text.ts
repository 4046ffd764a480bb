/** Picks a place's text in the visitor's language, with the other language as a fallback. */
import type { PlaceProperties } from '../data/schema.ts';
import { isZh, type Lang } from '../i18n/lang.ts';

type Bilingual =
  | 'name'
  | 'summary'
  | 'period'
  | 'address'
  | 'hours'
  | 'booking'
  | 'tickets'
  | 'access'
  | 'note'
  | 'beneath'
  | 'position'
  | 'how';

export function placeText(p: PlaceProperties, field: Bilingual, lang: Lang): string | undefined {
  const own = p[`${field}_${lang}` as keyof PlaceProperties] as string | undefined;
  const other = p[`${field}_${isZh(lang) ? 'en' : 'zh'}` as keyof PlaceProperties] as string | undefined;
  return own ?? other;
}
