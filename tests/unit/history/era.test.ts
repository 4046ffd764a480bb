import { describe, expect, it } from 'vitest';
import {
  ERAS,
  eraForYear,
  eraMatchesYear,
  eraToYear,
  eraYearNumeral,
  erasForYear,
  parseEraYearNumeral,
} from '../../../src/history/era.ts';

describe('era dates', () => {
  it.each([
    [1138, '绍兴八年'],
    [1131, '绍兴元年'],
    [1158, '绍兴二十八年'],
    [1162, '绍兴三十二年'],
    [1189, '淳熙十六年'],
    [1268, '咸淳四年'],
    [1271, '咸淳七年'],
    [1129, '建炎三年'],
  ])('%i is %s in the Southern Song', (year, era) => {
    expect(eraForYear(year, '南宋')).toBe(era);
    expect(eraToYear(era)).toBe(year);
    expect(eraMatchesYear(era, year)).toBe(true);
  });

  it('gives every name of a year in which the era changed', () => {
    expect(erasForYear(1276)).toEqual(['德祐二年', '景炎元年', '至元十三年']);
  });

  it('rejects an era name that does not match the year', () => {
    expect(eraMatchesYear('绍兴九年', 1138)).toBe(false);
    expect(eraToYear('绍兴四十年')).toBeUndefined();
    expect(eraToYear('不存在元年')).toBeUndefined();
  });

  it('writes and reads era-year numerals', () => {
    for (let n = 1; n <= 61; n++) expect(parseEraYearNumeral(eraYearNumeral(n))).toBe(n);
    expect(eraYearNumeral(1)).toBe('元');
    expect(eraYearNumeral(10)).toBe('十');
    expect(eraYearNumeral(28)).toBe('二十八');
    expect(parseEraYearNumeral('十十')).toBeNaN();
  });

  it('leaves no gap between Southern Song eras from 1127 to 1279', () => {
    const song = ERAS.filter((e) => e.dynasty_zh === '南宋');
    for (let y = 1127; y <= 1279; y++)
      expect(
        song.some((e) => y >= e.start && y <= e.end),
        String(y),
      ).toBe(true);
    for (const e of song) expect(e.end).toBeGreaterThanOrEqual(e.start);
  });
});
