/**
 * The languages and paths of the static pages. Chinese (Simplified) is at the root, the others under a
 * prefix: /places/gulou/, /en/places/gulou/, /zh-Hant/places/gulou/ (Taiwan standard) and, only where the
 * Hong Kong standard reads differently, /zh-Hant-HK/places/gulou/.
 */
import type { Lang } from '../../src/i18n/lang.ts';
import type { HantVariant } from './zh-hant.ts';

export const PAGE_LANGS = ['zh', 'en', 'zh-Hant', 'zh-Hant-HK'] as const;
export type PageLang = (typeof PAGE_LANGS)[number];
export const PAGE_KINDS = ['places', 'walks', 'areas', 'events'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const HTML_LANG: Record<PageLang, string> = {
  zh: 'zh-Hans',
  en: 'en',
  'zh-Hant': 'zh-Hant-TW',
  'zh-Hant-HK': 'zh-Hant-HK',
};
/** hreflang values in the sitemap and the alternate links (zh-Hant without region: Taiwan is the default). */
export const HREFLANG: Record<PageLang, string> = {
  zh: 'zh-Hans',
  en: 'en',
  'zh-Hant': 'zh-Hant',
  'zh-Hant-HK': 'zh-Hant-HK',
};
export const LANG_NAME: Record<PageLang, string> = {
  zh: '简体中文',
  en: 'English',
  'zh-Hant': '繁體中文',
  'zh-Hant-HK': '繁體中文（香港）',
};
const PREFIX: Record<PageLang, string> = {
  zh: '',
  en: 'en/',
  'zh-Hant': 'zh-Hant/',
  'zh-Hant-HK': 'zh-Hant-HK/',
};

/** The source language of a page language's texts, and its Traditional variant if any. */
export function sourceLang(lang: PageLang): Lang {
  return lang === 'en' ? 'en' : 'zh';
}
export function hantVariant(lang: PageLang): HantVariant | undefined {
  return lang === 'zh-Hant' ? 'tw' : lang === 'zh-Hant-HK' ? 'hk' : undefined;
}

/** The page's path from the site root, with a trailing slash: `en/places/gulou/`. */
export function pagePath(lang: PageLang, kind: PageKind, id: string): string {
  return `${PREFIX[lang]}${kind}/${id}/`;
}

/** The relative way back to the site root from a page (`../../` or `../../../`). */
export function rootFrom(lang: PageLang): string {
  return lang === 'zh' ? '../../' : '../../../';
}

/** The site's public address, for canonical links, the sitemap and the feed (SITE_URL at build time). */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.SITE_URL || 'http://127.0.0.1:4173/';
  return url.endsWith('/') ? url : `${url}/`;
}
