import { afterEach, describe, expect, it } from 'vitest';
import {
  MAX_WINDOW_MS,
  expandEvent,
  expandEvents,
  occurrenceStarts,
} from '../../../src/listings/occurrences.ts';
import { parseRule } from '../../../src/listings/rule.ts';
import { formatLocal, parseLocal } from '../../../src/listings/time.ts';
import type { ListingEvent } from '../../../src/listings/schema.ts';
import { at, goodEvents } from './load.ts';

const show = (): ListingEvent => goodEvents().find((e) => e.id === 'fixture-show')!;
const december = { from: at('2026-12-01T00:00+08:00'), to: at('2027-01-01T00:00+08:00') };

describe('occurrence expansion in Asia/Shanghai', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('keeps a 19:30 weekly show at 19:30 local, which is 11:30Z', () => {
    const starts = expandEvent(show(), december).map((o) => new Date(o.start).toISOString());
    expect(starts).toEqual([
      '2026-12-05T11:30:00.000Z',
      '2026-12-19T11:30:00.000Z',
      '2026-12-26T11:30:00.000Z',
    ]);
  });

  it('gives the same instants when the machine is in UTC, New York or Shanghai', () => {
    const results = ['UTC', 'America/New_York', 'Asia/Shanghai'].map((tz) => {
      process.env.TZ = tz;
      return expandEvent(show(), december).map((o) => [o.start, o.end, o.key]);
    });
    expect(new Date(2026, 6, 1).getTimezoneOffset()).toBe(-480);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('removes exactly the one occurrence named by an EXDATE', () => {
    const event = show();
    const all = occurrenceStarts({ ...event, exdates: [] }).map(formatLocal);
    const kept = occurrenceStarts(event).map(formatLocal);
    expect(all.filter((s) => !kept.includes(s))).toEqual(['2026-12-12T19:30']);
  });

  it('crosses the year without a shift: a Thursday 07:00 rule stays on Thursday in local time', () => {
    const start = parseLocal('2026-12-31T07:00')!;
    const rule = parseRule('FREQ=WEEKLY;BYDAY=TH;COUNT=3', start);
    expect(rule.ok && rule.rule.starts.map(formatLocal)).toEqual([
      '2026-12-31T07:00',
      '2027-01-07T07:00',
      '2027-01-14T07:00',
    ]);
  });

  it('reads UNTIL without Z as local time and with Z as UTC', () => {
    const start = parseLocal('2026-12-05T19:30')!;
    const local = parseRule('FREQ=DAILY;UNTIL=20261207T193000', start);
    const utc = parseRule('FREQ=DAILY;UNTIL=20261207T113000Z', start);
    const early = parseRule('FREQ=DAILY;UNTIL=20261207T112900Z', start);
    expect(local.ok && local.rule.starts.length).toBe(3);
    expect(utc.ok && utc.rule.starts.length).toBe(3);
    expect(early.ok && early.rule.starts.length).toBe(2);
  });

  it('rejects a rule that can never match at once instead of searching to the year 9999', () => {
    const t = Date.now();
    const rule = parseRule('FREQ=DAILY;INTERVAL=7;BYDAY=MO;COUNT=3', parseLocal('2026-12-01T10:00')!);
    expect(rule).toEqual({ ok: false, message: 'BYDAY can never match every 7 days from the start' });
    expect(Date.now() - t).toBeLessThan(100);
  });

  it('includes an occurrence that began before the window and is still going', () => {
    const season = goodEvents().find((e) => e.id === 'fixture-season')!;
    const got = expandEvent(season, { from: at('2027-01-10T00:00+08:00'), to: at('2027-01-11T00:00+08:00') });
    expect(got.map((o) => o.key)).toEqual(['fixture-season@2026-12-01T09:00']);
  });

  it('refuses a window longer than two years', () => {
    expect(() => expandEvents(goodEvents(), { from: 0, to: MAX_WINDOW_MS + 1 })).toThrow(RangeError);
  });

  it('returns at most the given number of occurrences, earliest first', () => {
    const got = expandEvents(goodEvents(), december, 2);
    expect(got.map((o) => o.key)).toEqual([
      'fixture-season@2026-12-01T09:00',
      'fixture-show@2026-12-05T19:30',
    ]);
  });
});
