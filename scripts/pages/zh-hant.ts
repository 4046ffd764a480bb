/**
 * Simplified → Traditional Chinese for the pages, with OpenCC (opencc-js): phrase-level, Taiwan standard
 * (`twp`: 資料 for 数据, 軟體 for 软件) by default and Hong Kong standard (`hk`) as the variant. Historical names
 * are protected before conversion and written in the reviewed forms of HISTORICAL_NAMES, so a phrase table
 * can never turn a Song place name into a modern word.
 */
import * as OpenCC from 'opencc-js';

export type HantVariant = 'tw' | 'hk';

/**
 * Reviewed Traditional forms of the historical names the texts use, longest first when matched. Each was
 * checked against OpenCC's output and the Traditional spelling used by Taiwanese and Hong Kong references:
 * 德壽宮 (not 德夀宮), 清河坊, 御街 (御 stays: it is not 禦), 皇城, 坊巷, 吳山, 鳳凰山, 胡雪巖 (his courtesy name
 * is 雪巖), 太廟, 臨安, 望仙閣, 鼓樓, 朝天門, 萬松嶺, 中河, 南宋, 大內, 後市街, 太后.
 */
export const HISTORICAL_NAMES: Readonly<Record<string, string>> = {
  德寿宫: '德壽宮',
  清河坊: '清河坊',
  御街: '御街',
  皇城: '皇城',
  坊巷: '坊巷',
  吴山: '吳山',
  凤凰山: '鳳凰山',
  胡雪岩: '胡雪巖',
  太庙: '太廟',
  临安: '臨安',
  望仙阁: '望仙閣',
  鼓楼: '鼓樓',
  朝天门: '朝天門',
  万松岭: '萬松嶺',
  中河: '中河',
  南宋: '南宋',
  大内: '大內',
  后市街: '後市街',
  太后: '太后',
};

const NAMES = Object.keys(HISTORICAL_NAMES).sort((a, b) => b.length - a.length);
const PROTECTED = new RegExp(`(${NAMES.join('|')})`, 'u');

const converters: Record<HantVariant, (s: string) => string> = {
  tw: OpenCC.Converter({ from: 'cn', to: 'twp' }),
  hk: OpenCC.Converter({ from: 'cn', to: 'hk' }),
};

/** Converts zh-Hans text to zh-Hant in the given variant, keeping the reviewed historical names. */
export function toHant(text: string, variant: HantVariant = 'tw'): string {
  const convert = converters[variant];
  // split with a capturing group: odd indexes are the protected names.
  return text
    .split(PROTECTED)
    .map((part, i) => (i % 2 === 1 ? HISTORICAL_NAMES[part] : part && convert(part)))
    .join('');
}

/** Converts every string in a JSON-like value (used for whole place records and label tables). */
export function deepToHant<T>(value: T, variant: HantVariant = 'tw'): T {
  if (typeof value === 'string') return toHant(value, variant) as T;
  if (Array.isArray(value)) return value.map((v) => deepToHant(v, variant)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepToHant(v, variant)])) as T;
  return value;
}
