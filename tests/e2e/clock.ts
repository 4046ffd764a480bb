/**
 * The time every browser test lives at. The browser's clock is fixed to it (test.ts) and the events servers
 * start their clocks there (CLOCK_START), so no browser test depends on the day or hour it runs. A Friday
 * at noon in Hangzhou: the sample street theatre plays that evening.
 */
export const TEST_NOW_ISO = '2026-12-04T12:00:00+08:00';
export const TEST_NOW = Date.parse(TEST_NOW_ISO);

/** The Hangzhou date `daysAhead` days after TEST_NOW, `YYYY-MM-DD`. */
export const hangzhouDay = (daysAhead: number) =>
  new Date(TEST_NOW + 8 * 3_600_000 + daysAhead * 86_400_000).toISOString().slice(0, 10);
