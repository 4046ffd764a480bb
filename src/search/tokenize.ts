/**
 * Text to search terms, the same way for the index and the query, with no dictionary: Han text becomes single
 * characters and bigrams (so 河坊 finds 河坊街 without word segmentation), Latin text becomes lowercase words
 * with diacritics and pinyin tone numbers removed (hé fāng jiē and he2 fang1 jie1 both read "he fang jie").
 */

const HAN = /\p{Script=Han}/u;
/** A run of Han characters, or of Latin letters and digits. */
const CHUNK = /\p{Script=Han}+|[a-z0-9]+/gu;
/** English words too common to find anything by. */
const STOPWORDS = new Set(['a', 'an', 'and', 'at', 'of', 'the', 'to', 'in', 'on', 'from']);

/**
 * Width-folds, lowercases and strips diacritics (ü → u) and tone numbers that follow a letter, keeping other
 * digits: "Hé Fāng Jiē" → "he fang jie", "he2fang1jie1" → "hefangjie", "1138园区" stays.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/([a-z])[1-5](?![0-9])/g, '$1');
}

export function isHan(term: string): boolean {
  return HAN.test(term);
}

/** Single characters and bigrams of a Han run: 河坊街 → 河 坊 街 河坊 坊街. */
function hanTerms(run: string): string[] {
  const chars = [...run];
  return [...chars, ...chars.slice(1).map((c, i) => chars[i] + c)];
}

/** Every term of a text, for the index. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [chunk] of normalize(text).matchAll(CHUNK)) {
    if (isHan(chunk)) terms.push(...hanTerms(chunk));
    else if (!STOPWORDS.has(chunk)) terms.push(chunk);
  }
  return terms;
}

export interface QueryTerms {
  /** Bigrams of the Han runs; the character itself for a one-character run. */
  han: string[];
  /** Latin words, stopwords removed. */
  latin: string[];
}

/** The terms of a typed query: a Han query matches by bigrams only, so 德寿宫 does not match every 宫. */
export function queryTerms(query: string): QueryTerms {
  const han: string[] = [];
  const latin: string[] = [];
  for (const [chunk] of normalize(query).matchAll(CHUNK)) {
    if (!isHan(chunk)) {
      if (!STOPWORDS.has(chunk)) latin.push(chunk);
      continue;
    }
    const chars = [...chunk];
    if (chars.length === 1) han.push(chunk);
    else han.push(...chars.slice(1).map((c, i) => chars[i] + c));
  }
  return { han, latin };
}
