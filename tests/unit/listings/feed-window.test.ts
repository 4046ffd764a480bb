import { describe, expect, it } from 'vitest';
import { firstWindow, mergeFeeds, nextWindow, WINDOW_DAYS } from '../../../src/listings/feed-window.ts';
import { splitByMonth } from '../../../src/listings/feed-months.ts';
import type { Feed, FeedEvent } from '../../../src/listings/feed.ts';

const event = (id: string, starts: string[], title = id) =>
  ({
    id,
    title_zh: title,
    occurrences: starts.map((s) => ({ start: `${s}T19:30+08:00`, end: `${s}T21:00+08:00` })),
  }) as unknown as FeedEvent;
const feed = (events: FeedEvent[]): Feed =>
  ({ version: 1, time_zone: 'Asia/Shanghai', utc_offset: '+08:00', sample_only: false, events }) as Feed;

describe('feed windows', () => {
  it('the first window is 92 days from today, both ends included', () => {
    expect(firstWindow('2026-12-04')).toEqual(['2026-12-04', '2027-03-05']);
    expect(WINDOW_DAYS).toBe(92);
  });

  it('the next window starts the day after the held one and is at least a window long', () => {
    expect(nextWindow('2027-03-05', '2027-03-10', '2026-12-04')).toEqual(['2027-03-06', '2027-06-05']);
  });

  it('the next window reaches a day further than a window away', () => {
    expect(nextWindow('2027-03-05', '2027-09-30', '2026-12-04')).toEqual(['2027-03-06', '2027-09-30']);
  });

  it('asks for nothing when the held window covers the day or the horizon is reached', () => {
    expect(nextWindow('2027-03-05', '2027-03-05', '2026-12-04')).toBeUndefined();
    expect(nextWindow('2028-12-04', '2029-01-01', '2026-12-04')).toBeUndefined();
  });

  it('never asks beyond two years from today', () => {
    expect(nextWindow('2028-11-01', '2029-06-01', '2026-12-04')).toEqual(['2028-11-02', '2028-12-04']);
  });
});

describe('merging a later window', () => {
  it('adds new events and joins the occurrences of an event in both, in time order, without repeats', () => {
    const held = feed([event('weekly', ['2027-03-01', '2027-03-05']), event('once', ['2027-01-10'])]);
    const later = feed([
      event('weekly', ['2027-03-05', '2027-03-12'], 'new title'),
      event('spring', ['2027-04-01']),
    ]);
    const merged = mergeFeeds(held, later);
    expect(merged.events.map((e) => e.id)).toEqual(['weekly', 'once', 'spring']);
    const weekly = merged.events[0];
    expect(weekly.title_zh).toBe('new title');
    expect(weekly.occurrences.map((o) => o.start.slice(0, 10))).toEqual([
      '2027-03-01',
      '2027-03-05',
      '2027-03-12',
    ]);
  });
});

describe('the built feed split by month', () => {
  it('puts an occurrence in every Hangzhou month it overlaps, and a season with its events', () => {
    const exhibition = {
      ...event('exhibition', []),
      occurrences: [{ start: '2026-12-08T09:00+08:00', end: '2027-01-24T17:00+08:00' }],
    } as FeedEvent;
    const talk = { ...event('talk', ['2027-02-03']), parent: 'season' } as FeedEvent;
    const season = {
      ...event('season', []),
      occurrences: [{ start: '2026-12-01T00:00+08:00', end: '2027-02-01T00:00+08:00' }],
    } as FeedEvent;
    const months = splitByMonth(feed([exhibition, talk, season]));
    expect([...months.keys()]).toEqual(['2026-12', '2027-01', '2027-02']);
    expect(months.get('2027-01')!.events.map((e) => e.id)).toEqual(['exhibition', 'season']);
    // The season ends at midnight on 1 February: it is not in February, but its talk brings it along.
    expect(months.get('2027-02')!.events.map((e) => [e.id, e.occurrences.length])).toEqual([
      ['talk', 1],
      ['season', 0],
    ]);
  });
});
