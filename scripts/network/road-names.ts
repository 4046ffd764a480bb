/**
 * Street names as the network and the basemap give them: the Chinese name as on the sign, and its pinyin with
 * the generic part (路, 街, 巷 …) split off and spelt as on Hangzhou's bilingual signs (Hefang Jie).
 */
import { pinyin } from 'pinyin-pro';

const GENERIC: [string, string][] = [
  ['直街', 'Zhijie'],
  ['河下', 'Hexia'],
  ['大道', 'Dadao'],
  ['广场', 'Guangchang'],
  ['辅道', 'Fudao'],
  ['中路', 'Zhonglu'],
  ['南路', 'Nanlu'],
  ['北路', 'Beilu'],
  ['东路', 'Donglu'],
  ['西路', 'Xilu'],
  ['路', 'Lu'],
  ['街', 'Jie'],
  ['巷', 'Xiang'],
  ['弄', 'Nong'],
  ['里', 'Li'],
  ['桥', 'Qiao'],
];
export const chineseName = (name: string) => name.replace(/\s+[A-Za-z].*$/, '').trim();
function word(text: string): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const joined = syllables
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('')
    .replace(/ü/g, 'u')
    .replace(/v/g, 'u');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}
export function roadPinyin(name: string): string {
  for (const [zh, en] of GENERIC) {
    if (name.endsWith(zh) && name.length > zh.length) {
      const rest = name.slice(0, -zh.length);
      // A road before an ancillary generic keeps its own split (中河南路辅道 → Zhonghe Nanlu Fudao); a bridge or
      // lane named inside a name does not (始板桥直街 → Shibanqiao Zhijie).
      return `${rest.endsWith('路') && rest.length > 1 ? roadPinyin(rest) : word(rest)} ${en}`;
    }
  }
  return word(name);
}
