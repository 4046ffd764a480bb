/** OpenCC Simplified → Traditional with the reviewed historical names (scripts/pages/zh-hant.ts). */
import { describe, expect, it } from 'vitest';
import { HISTORICAL_NAMES, toHant } from '../../../scripts/pages/zh-hant.ts';

describe('toHant', () => {
  it.each([
    ['德寿宫遗址博物馆', '德壽宮遺址博物館'],
    ['清河坊历史街区', '清河坊歷史街區'],
    ['南宋御街', '南宋御街'],
    ['南宋皇城遗址', '南宋皇城遺址'],
    ['二十三坊巷', '二十三坊巷'],
    ['吴山天风', '吳山天風'],
    ['凤凰山东麓', '鳳凰山東麓'],
    ['胡雪岩故居', '胡雪巖故居'],
    ['太后与后来的太庙', '太后與後來的太廟'],
    ['遗址1995年发掘', '遺址1995年發掘'],
  ])('%s → %s', (hans, hant) => expect(toHant(hans)).toBe(hant));

  it('uses Taiwan phrases by default and Hong Kong ones for hk', () => {
    expect(toHant('示例数据')).toBe('示例資料');
    expect(toHant('示例数据', 'hk')).toBe('示例數據');
    expect(toHant('里面')).toBe('裡面');
    expect(toHant('里面', 'hk')).toBe('裏面');
  });

  it('keeps every reviewed name in both variants, even inside longer text', () => {
    for (const [hans, hant] of Object.entries(HISTORICAL_NAMES)) {
      expect(toHant(`从${hans}出发`)).toBe(`從${hant}出發`);
      expect(toHant(`从${hans}出发`, 'hk')).toBe(`從${hant}出發`);
    }
  });
});
