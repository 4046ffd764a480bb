/**
 * Dual dating: Common Era years ⇄ Chinese reign-era (年号) years, e.g. 1138 ⇄ 绍兴八年.
 *
 * Traps, stated once here:
 * - An era year is a lunisolar year; it starts between late January and mid-February, so a Common Era year
 *   maps to the era year that covers most of it. Data gives whole years only, which is what this helper does.
 * - Eras often changed mid-year (靖康二年 and 建炎元年 are both 1127; 德祐二年 and 景炎元年 both 1276), so a
 *   year can have two correct era names. `erasForYear` returns every one, and `eraMatchesYear` accepts any.
 * - 至元 names two Yuan eras; only Kublai's (1264–1294) is listed, the one our sites' histories use;
 *   Huizong's 至元 (1335–1340) is left out so that 至元十三年 has one reading.
 */

export interface Era {
  name: string;
  dynasty_zh: string;
  dynasty_en: string;
  /** Common Era year of the era's first (元) year. */
  start: number;
  /** Common Era year of its last year, inclusive. */
  end: number;
}

const table: [dynasty_zh: string, dynasty_en: string, eras: [string, number, number][]][] = [
  ['北宋', 'Northern Song', [['靖康', 1126, 1127]]],
  [
    '南宋',
    'Southern Song',
    [
      ['建炎', 1127, 1130],
      ['绍兴', 1131, 1162],
      ['隆兴', 1163, 1164],
      ['乾道', 1165, 1173],
      ['淳熙', 1174, 1189],
      ['绍熙', 1190, 1194],
      ['庆元', 1195, 1200],
      ['嘉泰', 1201, 1204],
      ['开禧', 1205, 1207],
      ['嘉定', 1208, 1224],
      ['宝庆', 1225, 1227],
      ['绍定', 1228, 1233],
      ['端平', 1234, 1236],
      ['嘉熙', 1237, 1240],
      ['淳祐', 1241, 1252],
      ['宝祐', 1253, 1258],
      ['开庆', 1259, 1259],
      ['景定', 1260, 1264],
      ['咸淳', 1265, 1274],
      ['德祐', 1275, 1276],
      ['景炎', 1276, 1278],
      ['祥兴', 1278, 1279],
    ],
  ],
  [
    '元',
    'Yuan',
    [
      ['中统', 1260, 1264],
      ['至元', 1264, 1294],
      ['元贞', 1295, 1297],
      ['大德', 1297, 1307],
      ['至大', 1308, 1311],
      ['皇庆', 1312, 1313],
      ['延祐', 1314, 1320],
      ['至治', 1321, 1323],
      ['泰定', 1324, 1328],
      ['致和', 1328, 1328],
      ['天历', 1328, 1330],
      ['至顺', 1330, 1333],
      ['元统', 1333, 1335],
      ['至正', 1341, 1368],
    ],
  ],
  [
    '明',
    'Ming',
    [
      ['洪武', 1368, 1398],
      ['建文', 1399, 1402],
      ['永乐', 1403, 1424],
      ['洪熙', 1425, 1425],
      ['宣德', 1426, 1435],
      ['正统', 1436, 1449],
      ['景泰', 1450, 1457],
      ['天顺', 1457, 1464],
      ['成化', 1465, 1487],
      ['弘治', 1488, 1505],
      ['正德', 1506, 1521],
      ['嘉靖', 1522, 1566],
      ['隆庆', 1567, 1572],
      ['万历', 1573, 1620],
      ['泰昌', 1620, 1620],
      ['天启', 1621, 1627],
      ['崇祯', 1628, 1644],
    ],
  ],
  [
    '清',
    'Qing',
    [
      ['顺治', 1644, 1661],
      ['康熙', 1662, 1722],
      ['雍正', 1723, 1735],
      ['乾隆', 1736, 1795],
      ['嘉庆', 1796, 1820],
      ['道光', 1821, 1850],
      ['咸丰', 1851, 1861],
      ['同治', 1862, 1874],
      ['光绪', 1875, 1908],
      ['宣统', 1909, 1911],
    ],
  ],
];

export const ERAS: readonly Era[] = table.flatMap(([dynasty_zh, dynasty_en, eras]) =>
  eras.map(([name, start, end]) => ({ name, dynasty_zh, dynasty_en, start, end })),
);

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 元, 8 → 八, 10 → 十, 28 → 二十八, 61 → 六十一 (era years never reach 100). */
export function eraYearNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`era year out of range: ${n}`);
  if (n === 1) return '元';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones];
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`;
}

/** 元 → 1, 八 → 8, 十 → 10, 二十八 → 28; NaN for anything else. */
export function parseEraYearNumeral(s: string): number {
  if (s === '元') return 1;
  const digit = (c: string) => DIGITS.indexOf(c);
  if (s.length === 1 && digit(s) > 0) return digit(s);
  const m = /^([二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(s);
  if (!m) return NaN;
  return (m[1] ? digit(m[1]) : 1) * 10 + (m[2] ? digit(m[2]) : 0);
}

/** Every era name that covers a Common Era year, e.g. 1276 → ['德祐二年', '景炎元年', '至元十三年']. */
export function erasForYear(year: number): string[] {
  return ERAS.filter((e) => year >= e.start && year <= e.end).map(
    (e) => `${e.name}${eraYearNumeral(year - e.start + 1)}年`,
  );
}

/** The first era name for a year in one dynasty's list, or undefined outside the table. */
export function eraForYear(year: number, dynasty_zh?: string): string | undefined {
  const era = ERAS.find(
    (e) => year >= e.start && year <= e.end && (dynasty_zh === undefined || e.dynasty_zh === dynasty_zh),
  );
  return era && `${era.name}${eraYearNumeral(year - era.start + 1)}年`;
}

/** Parses "绍兴八年" to its Common Era year (1138); undefined when the era is unknown or the year is outside it. */
export function eraToYear(eraDate: string): number | undefined {
  const m = /^(\p{Script=Han}{2})(.+)年$/u.exec(eraDate.trim());
  if (!m) return undefined;
  const n = parseEraYearNumeral(m[2]);
  if (Number.isNaN(n)) return undefined;
  for (const e of ERAS) {
    if (e.name === m[1] && e.start + n - 1 <= e.end) return e.start + n - 1;
  }
  return undefined;
}

export function eraMatchesYear(eraDate: string, year: number): boolean {
  return erasForYear(year).includes(eraDate.trim());
}
