/**
 * Date formatters for Hangzhou wall-clock time in the visitor's language, whatever the device's own zone.
 * Cached: building an Intl.DateTimeFormat costs far more than using one, and a long list formats hundreds of
 * dates per render.
 */
import { INTL_LOCALE, type Lang } from './lang.ts';

/** Hangzhou: the zone every event time and opening hour in this app is written in (see listings/time.ts). */
const TIME_ZONE = 'Asia/Shanghai';

const formats = new Map<string, Intl.DateTimeFormat>();

export function zoned(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[lang], { timeZone: TIME_ZONE, ...options });
    formats.set(key, f);
  }
  return f;
}
