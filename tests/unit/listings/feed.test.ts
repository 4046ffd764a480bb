import { describe, expect, it } from 'vitest';
import { compileFeed, type Feed } from '../../../src/listings/feed.ts';
import { occurrencesFromFeed } from '../../../src/listings/feed-read.ts';
import { validateEventFiles } from '../../../src/listings/validate.ts';
import { at, eventFiles, goodEvents, placeIds, places } from './load.ts';

describe('compileFeed', () => {
  const seed = validateEventFiles(eventFiles('geodata/events'), placeIds()).events;

  it('writes the seed data as a sample-only feed in Asia/Shanghai', () => {
    const feed = JSON.parse(compileFeed(seed, places(), at('2026-11-28T12:00+08:00')).json) as Feed;
    expect([feed.version, feed.time_zone, feed.utc_offset, feed.sample_only]).toEqual([
      1,
      'Asia/Shanghai',
      '+08:00',
      true,
    ]);
    expect(feed.events).toHaveLength(seed.length);
  });

  it('leaves out events that have ended but keeps the season of a listed event', () => {
    const now = at('2027-01-09T19:00+08:00');
    const feed = JSON.parse(compileFeed(seed, places(), now).json) as Feed;
    expect(feed.events.map((e) => e.id).sort()).toEqual([
      'deshou-winter-exhibition',
      'dongpo-five-flavours',
      'hefang-lantern-procession',
      'hefang-weekend-market',
      'qinghefang-yaji-season',
    ]);
  });

  it('lists only occurrences that have not ended, with their +08:00 offset', () => {
    const feed = JSON.parse(compileFeed(goodEvents(), places(), at('2026-12-19T20:00+08:00')).json) as Feed;
    const show = feed.events.find((e) => e.id === 'fixture-show')!;
    expect(show.occurrences).toEqual([
      { start: '2026-12-19T19:30+08:00', end: '2026-12-19T20:30+08:00' },
      { start: '2026-12-26T19:30+08:00', end: '2026-12-26T20:30+08:00' },
    ]);
  });

  it('gives every listed event its own .ics and a path to it', () => {
    const out = compileFeed(seed, places(), at('2026-11-28T12:00+08:00'));
    const feed = JSON.parse(out.json) as Feed;
    expect([...out.perEvent.keys()].sort()).toEqual(feed.events.map((e) => e.id).sort());
    expect(feed.events[0].ics).toBe(`events/${feed.events[0].id}.ics`);
    expect(out.ics.match(/BEGIN:VEVENT/g)).toHaveLength(feed.events.length);
  });

  it('copies the venue name and position into the feed', () => {
    const feed = JSON.parse(compileFeed(seed, places(), at('2026-11-28T12:00+08:00')).json) as Feed;
    const dongpo = feed.events.find((e) => e.id === 'dongpo-five-flavours')!;
    expect(dongpo.place).toEqual({
      name_zh: '望仙阁（二十三坊巷入口标志）',
      name_en: 'Wangxian Pavilion (entrance landmark of the Twenty-three Lanes)',
      position: [120.166281, 30.239774],
      area: 'fangxiang',
    });
  });
});

describe('occurrencesFromFeed', () => {
  it('reads the feed back into the same instants', () => {
    const feed = JSON.parse(compileFeed(goodEvents(), places(), at('2026-12-01T00:00+08:00')).json) as Feed;
    const show = occurrencesFromFeed(feed).filter((o) => o.event.id === 'fixture-show');
    expect(show.map((o) => new Date(o.start).toISOString())).toEqual([
      '2026-12-05T11:30:00.000Z',
      '2026-12-19T11:30:00.000Z',
      '2026-12-26T11:30:00.000Z',
    ]);
    expect(show[0].key).toBe('fixture-show@2026-12-05T19:30');
  });
});
