import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileFeed, type Feed } from '../../../src/listings/feed.ts';
import { occurrencesFromFeed } from '../../../src/listings/feed-read.ts';
import { listOccurrences } from '../../../src/listings/filters.ts';
import { validateEventFiles } from '../../../src/listings/validate.ts';
import { DAY_MS } from '../../../src/listings/time.ts';
import { at, eventFiles, goodEvents, placeIds, places } from './load.ts';

const STAMP = at('2026-11-20T00:00+08:00');
const samples = () => validateEventFiles(eventFiles('geodata/samples'), placeIds()).events;
const compile = (events = samples()) => compileFeed(events, places(), { stamp: STAMP });

describe('compileFeed', () => {
  afterEach(() => vi.useRealTimers());

  it('writes the samples as a sample-only feed in Asia/Shanghai', () => {
    const feed = JSON.parse(compile().json) as Feed;
    expect([feed.version, feed.time_zone, feed.utc_offset, feed.sample_only]).toEqual([
      1,
      'Asia/Shanghai',
      '+08:00',
      true,
    ]);
    expect(feed.events).toHaveLength(samples().length);
  });

  it('comes out the same whatever the machine clock says: today, 200 days on and 400 days on', () => {
    const base = at('2026-12-04T12:00+08:00');
    const outputs = [0, 200, 400].map((days) => {
      vi.useFakeTimers({ now: base + days * DAY_MS, toFake: ['Date'] });
      const out = compile();
      vi.useRealTimers();
      return { json: out.json, ics: out.ics, perEvent: [...out.perEvent] };
    });
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
    const feed = JSON.parse(outputs[0].json) as Feed;
    expect(feed.events.map((e) => e.id).sort()).toEqual(
      samples()
        .map((e) => e.id)
        .sort(),
    );
    expect(feed.events.find((e) => e.id === 'dongpo-five-flavours')?.rrule).toBe(
      'FREQ=WEEKLY;BYDAY=FR,SA;UNTIL=20270227T235900',
    );
  });

  it('leaves what is past to the reader: the same feed lists less as the reader’s clock moves on', () => {
    const occurrences = occurrencesFromFeed(JSON.parse(compile().json) as Feed);
    const shown = (iso: string) =>
      new Set(listOccurrences(occurrences, { when: { kind: 'all' } }, at(iso)).map((o) => o.event.id));
    expect(shown('2026-12-04T12:00+08:00')).toContain('dongpo-five-flavours');
    expect([...shown('2027-01-09T19:00+08:00')].sort()).toEqual([
      'deshou-winter-exhibition',
      'dongpo-five-flavours',
      'hefang-lantern-procession',
      'hefang-weekend-market',
      'qinghefang-yaji-season',
    ]);
    expect(shown('2027-06-22T12:00+08:00').size).toBe(0);
  });

  it('keeps every occurrence, past ones too, with their +08:00 offset', () => {
    const feed = JSON.parse(compile(goodEvents()).json) as Feed;
    const show = feed.events.find((e) => e.id === 'fixture-show')!;
    expect(show.occurrences).toEqual([
      { start: '2026-12-05T19:30+08:00', end: '2026-12-05T20:30+08:00' },
      { start: '2026-12-19T19:30+08:00', end: '2026-12-19T20:30+08:00' },
      { start: '2026-12-26T19:30+08:00', end: '2026-12-26T20:30+08:00' },
    ]);
  });

  it('stamps every VEVENT with the listings’ stamp, not the time of the compile', () => {
    vi.useFakeTimers({ now: at('2031-05-01T00:00+08:00'), toFake: ['Date'] });
    const { ics } = compile();
    const stamps = new Set(ics.match(/^DTSTAMP:.*$/gm));
    expect([...stamps].map((s) => s.trim())).toEqual(['DTSTAMP:20261119T160000Z']);
  });

  it('gives every listed event its own .ics and a path to it', () => {
    const out = compile();
    const feed = JSON.parse(out.json) as Feed;
    expect([...out.perEvent.keys()].sort()).toEqual(feed.events.map((e) => e.id).sort());
    expect(feed.events[0].ics).toBe(`events/${feed.events[0].id}.ics`);
    expect(out.ics.match(/BEGIN:VEVENT/g)).toHaveLength(feed.events.length);
  });

  it('copies the venue name and position into the feed', () => {
    const feed = JSON.parse(compile().json) as Feed;
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
    const feed = JSON.parse(compile(goodEvents()).json) as Feed;
    const show = occurrencesFromFeed(feed).filter((o) => o.event.id === 'fixture-show');
    expect(show.map((o) => new Date(o.start).toISOString())).toEqual([
      '2026-12-05T11:30:00.000Z',
      '2026-12-19T11:30:00.000Z',
      '2026-12-26T11:30:00.000Z',
    ]);
    expect(show[0].key).toBe('fixture-show@2026-12-05T19:30');
  });
});
