/** The app's languages. `zh` is Simplified Chinese; <html lang> gets the BCP 47 tag. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const HTML_LANG: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** Maps a BCP 47 tag (navigator.languages, a URL value) to one of ours, or undefined if neither. */
export function langFromTag(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const t = tag.toLowerCase();
  if (t === 'zh' || t.startsWith('zh-')) return 'zh';
  if (t === 'en' || t.startsWith('en-')) return 'en';
  return undefined;
}

/**
 * The starting language: the URL wins (a shared link), then the visitor's saved choice, then the browser's
 * preference list in order, then Chinese.
 */
export function resolveLang(
  fromUrl: string | undefined,
  saved: string | null | undefined,
  browser: readonly string[],
): Lang {
  return langFromTag(fromUrl) ?? langFromTag(saved) ?? browser.map(langFromTag).find(isLang) ?? 'zh';
}
