/** Picks a place's text in the visitor's language, with the other language as a fallback. */
import type { PlaceProperties } from '../data/schema.ts';
import { otherTextLang, textLang, type Lang } from '../i18n/lang.ts';

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
  const own = p[`${field}_${textLang(lang)}` as keyof PlaceProperties] as string | undefined;
  const other = p[`${field}_${otherTextLang(lang)}` as keyof PlaceProperties] as string | undefined;
  return own ?? other;
}
