/**
 * The languages an event may be given in, by the stored code (a BCP 47 tag, as ListingEvent.languages
 * holds it) with the name people read in zh and en. The organizer's form offers these as a picker; the
 * visitor's event card names them. A code not listed here (e.g. from an imported .ics) is shown as itself.
 */
import { textLang, type Lang } from '../i18n/lang.ts';

export interface LanguageChoice {
  code: string;
  zh: string;
  en: string;
}

/** The picker's choices, most asked for first. `zh` is the code the listings have always used for Mandarin. */
export const LANGUAGE_CHOICES: readonly LanguageChoice[] = [
  { code: 'zh', zh: '普通话', en: 'Mandarin' },
  { code: 'yue', zh: '粤语', en: 'Cantonese' },
  { code: 'wuu', zh: '杭州话（吴语）', en: 'Hangzhou dialect (Wu)' },
  { code: 'en', zh: '英语', en: 'English' },
  { code: 'ja', zh: '日语', en: 'Japanese' },
  { code: 'ko', zh: '韩语', en: 'Korean' },
  { code: 'csl', zh: '中国手语', en: 'Chinese Sign Language' },
];

/** The name of a stored language code in `lang`, or the code itself when it is not one of the choices. */
export function languageName(code: string, lang: Lang): string {
  const c = LANGUAGE_CHOICES.find((x) => x.code === code);
  return c ? c[textLang(lang)] : code;
}
