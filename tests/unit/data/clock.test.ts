import { describe, expect, it } from 'vitest';
import { clockFrom, clockFromSetting, fixedClock } from '../../../src/data/clock.ts';

describe('clock', () => {
  it('a fixed clock always reads its instant', () => {
    const c = fixedClock(1_000);
    expect([c(), c()]).toEqual([1_000, 1_000]);
  });

  it('a clock started at an instant runs at its base clock’s pace', () => {
    let base = 50;
    const c = clockFrom(Date.parse('2026-12-04T04:00:00Z'), () => base);
    expect(new Date(c()).toISOString()).toBe('2026-12-04T04:00:00.000Z');
    base += 90_000;
    expect(new Date(c()).toISOString()).toBe('2026-12-04T04:01:30.000Z');
  });

  it('reads CLOCK_START with an offset, and refuses one without', () => {
    const base = () => 0;
    expect(clockFromSetting('2026-12-04T12:00:00+08:00', base)?.()).toBe(Date.parse('2026-12-04T04:00:00Z'));
    expect(clockFromSetting('', base)).toBe(base);
    expect(clockFromSetting(undefined, base)).toBe(base);
    expect(clockFromSetting('2026-12-04T12:00', base)).toBeUndefined();
    expect(clockFromSetting('tomorrow+08:00', base)).toBeUndefined();
  });
});
