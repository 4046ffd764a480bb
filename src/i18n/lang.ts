/**
 * The app's languages. `zh` is Simplified Chinese (the source of every Chinese text), `zh-Hant` Traditional
 * Chinese (converted from it at build time, Taiwan standard with reviewed historical names); <html lang> gets
 * the BCP 47 tag. Data carries `_zh` and `_en` fields only: both Chinese scripts read the `_zh` ones.
 */
export const LANGS = ['zh', 'zh-Hant', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** The language of a data field (`name_zh`, `name_en`): both Chinese scripts read `zh`. */
export type TextLang = 'zh' | 'en';

export const HTML_LANG: Record<Lang, string> = { zh: 'zh-Hans', 'zh-Hant': 'zh-Hant', en: 'en' };

/**
 * The Intl locale for dates, numbers and sorting. Traditional Chinese uses the Taiwan locale but keeps the
 * 24-hour clock every Hangzhou time in the app is written in (zh-TW alone says 下午07:30).
 */
export const INTL_LOCALE: Record<Lang, string> = { zh: 'zh-CN', 'zh-Hant': 'zh-TW-u-hc-h23', en: 'en-GB' };

/** The collation for names: pinyin order in both Chinese scripts. */
export const COLLATOR_LOCALE: Record<Lang, string> = {
  zh: 'zh-Hans-u-co-pinyin',
  'zh-Hant': 'zh-Hant-u-co-pinyin',
  en: 'en',
};

/** Each language's name in itself, for the picker (never translated: a reader looks for their own script). */
export const LANG_NAMES: Record<Lang, string> = { zh: '简体中文', 'zh-Hant': '繁體中文', en: 'English' };

/** The short name of a Chinese script beside the other one (简体 / 繁體). */
export const SCRIPT_NAMES: Record<'zh' | 'zh-Hant', string> = { zh: '简体', 'zh-Hant': '繁體' };

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

/** Chinese in either script: dates, numbers, street names and `_zh` fields follow Chinese conventions. */
export function isZh(lang: Lang): lang is 'zh' | 'zh-Hant' {
  return lang !== 'en';
}

/** Which data field a language reads: `zh` for both Chinese scripts. */
export function textLang(lang: Lang): TextLang {
  return isZh(lang) ? 'zh' : 'en';
}

/** The other data language, for the "also known as" line under a name. */
export function otherTextLang(lang: Lang): TextLang {
  return isZh(lang) ? 'en' : 'zh';
}

/** The BCP 47 tag of a data field's language in this UI language (a `_zh` field reads zh-Hant in zh-Hant). */
export function textTag(field: TextLang, lang: Lang): string {
  return field === 'en' ? 'en' : lang === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
}

/**
 * Maps a BCP 47 tag (navigator.languages, a URL value) to one of ours, or undefined if neither. Traditional
 * Chinese: an explicit Hant script, or a region that writes it (Taiwan, Hong Kong, Macau) without a Hans script.
 */
export function langFromTag(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const t = tag.toLowerCase();
  if (t === 'zh' || t.startsWith('zh-')) {
    const parts = t.split('-');
    if (parts.includes('hant')) return 'zh-Hant';
    if (parts.includes('hans')) return 'zh';
    return parts.some((p) => p === 'tw' || p === 'hk' || p === 'mo') ? 'zh-Hant' : 'zh';
  }
  if (t === 'en' || t.startsWith('en-')) return 'en';
  return undefined;
}

/**
 * The starting language: the URL wins (a shared link), then the visitor's saved choice, then the browser's
 * preference list in order, then Simplified Chinese.
 */
export function resolveLang(
  fromUrl: string | undefined,
  saved: string | null | undefined,
  browser: readonly string[],
): Lang {
  return langFromTag(fromUrl) ?? langFromTag(saved) ?? browser.map(langFromTag).find(isLang) ?? 'zh';
}
