/**
 * A search document: what the build writes to data/search.json, one per place, walk and event, and what the
 * browser indexes. Pinyin and initials are computed at build time, so the browser needs no dictionary.
 */
import type { AreaId } from '../data/areas.ts';
import type { PlaceKind } from '../data/schema.ts';

export const SEARCH_TYPES = ['place', 'walk', 'event'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface SearchDoc {
  /** The place, walk or event id; unique within its type only. */
  id: string;
  type: SearchType;
  /** Display names, as in the data (with any parenthesised note). */
  name_zh: string;
  name_en: string;
  area?: AreaId;
  kind?: PlaceKind;
  /**
   * Toneless pinyin of the Chinese name, lowercase, space-separated: each syllable, then every run of two or
   * more syllables joined from each syllable to the end of its phrase, e.g. "he fang jie hefangjie fangjie".
   * The joined runs let a prefix search find "deshou" inside 南宋德寿宫….
   */
  pinyin: string;
  /** First letters of the syllables, whole and from each syllable on: "hfj fj". */
  initials: string;
  /** Historical and alternative Chinese names: derived from the name's own notes, then the curated table. */
  aliases: string[];
  /** Pinyin and initials of the aliases, in the same format as `pinyin` and `initials`. */
  alias_pinyin: string;
}
