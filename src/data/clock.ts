/**
 * The one source of "now". Everything that asks what time it is (the data compile, the feed, the events
 * service, the browser shells) takes a `Clock` and never reads `Date.now()` or `new Date()` itself: tests and
 * demos inject the instant they need, so nothing depends on the day or hour it runs. Lint forbids reading the
 * wall clock anywhere else (eslint.config.js). Durations are measured with `performance.now()`, which is not
 * a time of day.
 */

/** Epoch milliseconds now. */
export type Clock = () => number;

/** The machine's clock: the default of every shell and of the server. */
export const systemClock: Clock = () => Date.now();

/** Always `at` (epoch ms): for unit tests. */
export const fixedClock =
  (at: number): Clock =>
  () =>
    at;

/**
 * A clock that reads `start` (epoch ms) at the moment it is made and then runs at the base clock's pace: a
 * test server or a demo that must see a given day, with sessions and rate limits still seeing time pass.
 */
export function clockFrom(start: number, base: Clock = systemClock): Clock {
  const offset = start - base();
  return () => base() + offset;
}

/**
 * A clock from a setting such as `CLOCK_START=2026-12-04T12:00:00+08:00` (any `Date.parse` instant with an
 * offset): the system clock when the setting is empty, `undefined` when it does not parse.
 */
export function clockFromSetting(value: string | undefined, base: Clock = systemClock): Clock | undefined {
  if (!value) return base;
  if (!/(?:Z|[+-]\d{2}:?\d{2})$/.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : clockFrom(at, base);
}
