/**
 * A street as directions name it. Street signs in Hangzhou are in Chinese, so English directions give the
 * pinyin with the characters to match against the sign: "Hefang Jie (河坊街)". Ways the map data leaves
 * unnamed carry a lower-case description instead ("unnamed lane", "footway"), said as it is.
 */
import { isZh, type Lang } from '../i18n/lang.ts';

export function streetName(d: { name_zh: string; name_en: string }, lang: Lang): string {
  if (isZh(lang)) return d.name_zh;
  return /^[A-Z]/.test(d.name_en) && d.name_zh !== d.name_en ? `${d.name_en} (${d.name_zh})` : d.name_en;
}
