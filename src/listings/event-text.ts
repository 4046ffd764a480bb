/**
 * An event's title and description in the visitor's language. Chinese is always there; English is optional
 * (a Chinese-only troupe need not write it), so an English-speaking visitor then reads the Chinese text,
 * marked "(in Chinese)" so they know why, instead of an empty line. Chinese readers never need the mark.
 */
import type { ListingEvent } from './schema.ts';

/** What an English-speaking visitor is told beside Chinese text that has no English version. */
export const IN_CHINESE = '(in Chinese)';

type Texts = Pick<ListingEvent, 'title_zh' | 'title_en' | 'description_zh' | 'description_en'>;

export interface EventText {
  text: string;
  /** The language the text is written in (for the `lang` attribute). */
  lang: 'zh' | 'en';
  /** true: the visitor asked for English and reads the Chinese text (say so with IN_CHINESE). */
  inChinese: boolean;
}

/** The title or description for a reader of `lang` ('zh' also stands for zh-Hant: both read title_zh). */
export function eventText(e: Partial<Texts>, field: 'title' | 'description', lang: string): EventText {
  const zh = e[`${field}_zh`] ?? '';
  const en = e[`${field}_en`]?.trim();
  if (lang.startsWith('zh') || en === undefined || en === '')
    return { text: zh, lang: 'zh', inChinese: !lang.startsWith('zh') };
  return { text: en, lang: 'en', inChinese: false };
}

/** The title as one plain string for `lang`: the Chinese title followed by IN_CHINESE when English has none. */
export function eventTitle(e: Pick<ListingEvent, 'title_zh' | 'title_en'>, lang: string): string {
  const t = eventText(e, 'title', lang);
  return t.inChinese ? `${t.text} ${IN_CHINESE}` : t.text;
}
