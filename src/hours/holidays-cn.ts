/**
 * China's public holidays as given dates. The opening_hours library's own holiday data for China has only
 * fixed-date days (1 January, 1 May, 1–3 October and some that are not days off for everyone: 8 March,
 * 4 May, 1 June) and none of the lunar ones (Spring Festival, Qingming, Dragon Boat, Mid-Autumn) nor the
 * State Council's yearly bridging days, so it is not used. A year not listed here is a year whose holidays
 * we do not know: the hours model says so instead of guessing.
 *
 * Source per year: the State Council General Office's notice on that year's holiday arrangements.
 */

export interface HolidayYear {
  year: number;
  source: { title: string; url: string };
  /** Inclusive ranges of local dates `YYYY-MM-DD` that are days off. */
  ranges: [string, string][];
}

export const CN_HOLIDAYS: readonly HolidayYear[] = [
  {
    year: 2026,
    source: {
      title: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社）',
      url: 'https://politics.gmw.cn/2025-11/04/content_38391083.htm',
    },
    ranges: [
      ['2026-01-01', '2026-01-03'],
      ['2026-02-15', '2026-02-23'],
      ['2026-04-04', '2026-04-06'],
      ['2026-05-01', '2026-05-05'],
      ['2026-06-19', '2026-06-21'],
      ['2026-09-25', '2026-09-27'],
      ['2026-10-01', '2026-10-07'],
    ],
  },
];

/** `true` a holiday, `false` not one, `undefined` when the year's holidays are not in the data. */
export function isPublicHoliday(
  date: string,
  years: readonly HolidayYear[] = CN_HOLIDAYS,
): boolean | undefined {
  const y = years.find((h) => h.year === Number(date.slice(0, 4)));
  if (!y) return undefined;
  // ISO dates compare correctly as strings.
  return y.ranges.some(([a, b]) => date >= a && date <= b);
}
