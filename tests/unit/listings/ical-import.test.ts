import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventsToIcs } from '../../../src/listings/ical.ts';
import {
  MAX_VEVENTS,
  formatImportProblem,
  importIcs,
  type ImportOptions,
} from '../../../src/listings/ical-import.ts';
import { occurrenceStarts } from '../../../src/listings/occurrences.ts';
import { formatLocal } from '../../../src/listings/time.ts';
import { venuesFromPlaces } from '../../../src/listings/venues.ts';
import { at, goodEvents, places } from './load.ts';

const venues = venuesFromPlaces(places());
const options: ImportOptions = {
  venues,
  organizer: { name_zh: '测试主办方', name_en: 'Test organiser' },
  source: { title: 'Organiser calendar (fixture)' },
};
const fixture = readFileSync('tests/fixtures/events/organiser.ics', 'utf8');
const vevent = (i: number, extra = '') =>
  `BEGIN:VEVENT\r\nUID:e${i}\r\nDTSTAMP:20261120T000000Z\r\nDTSTART;TZID=Asia/Shanghai:20261212T100000\r\nDTEND;TZID=Asia/Shanghai:20261212T110000\r\nSUMMARY:活动 ${i} / Event ${i}\r\nLOCATION:鼓楼\r\nCATEGORIES:market\r\n${extra}END:VEVENT\r\n`;
const calendar = (body: string) =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n${body}END:VCALENDAR\r\n`;

describe('importIcs', () => {
  const result = importIcs(fixture, options);
  const lines = result.problems.map(formatImportProblem);

  it('imports the events whose venue it can match, by name or by GEO', () => {
    expect(result.events.map((e) => [e.id, e.venue])).toEqual([
      ['tea-night-1', 'gulou'],
      ['market-2', 'qinghefang-block'],
    ]);
  });

  it('reports an unknown venue instead of dropping the event silently', () => {
    expect(lines).toContain(
      'lost-3@organiser.example:LOCATION: unknown venue: "断桥" matches no place by name or within 100 m',
    );
  });

  it('reports a missing end', () => {
    expect(lines).toContain('open-ended-4@organiser.example:DTEND: missing end: neither DTEND nor DURATION');
  });

  it('reports an unsupported field', () => {
    expect(lines).toContain('tea-night-1@organiser.example:ATTENDEE: not supported; ignored');
  });

  it('cuts an endless RRULE at two years and says so', () => {
    const tea = result.events[0];
    expect(tea.rrule).toBe('FREQ=WEEKLY;BYDAY=TH;UNTIL=20281209T190000');
    expect(lines.some((l) => l.startsWith('tea-night-1@organiser.example:RRULE: has no end; cut'))).toBe(
      true,
    );
  });

  it('keeps the EXDATE as a local time and the times in Asia/Shanghai', () => {
    const [tea, market] = result.events;
    expect(tea.exdates).toEqual(['2026-12-17T19:00']);
    expect([market.start, market.end]).toEqual(['2026-12-12T10:00', '2026-12-12T16:00']);
  });

  it('turns HTML in DESCRIPTION into plain text and says so', () => {
    expect(result.events[0].description_zh).toBe('品茶与点茶体验');
    expect(lines).toContain('tea-night-1@organiser.example:DESCRIPTION: held HTML; converted to plain text');
  });

  it('splits a bilingual SUMMARY into both titles', () => {
    expect([result.events[0].title_zh, result.events[0].title_en]).toEqual([
      '鼓楼茶会',
      'Tea night at the Drum Tower',
    ]);
  });

  it('rejects a file over 1 MB before parsing it', () => {
    const huge = calendar(vevent(1, `DESCRIPTION:${'x'.repeat(1024 * 1024)}\r\n`));
    expect(importIcs(huge, options).problems.map(formatImportProblem)).toEqual([
      '-:file: file is 1.0 MB; the limit is 1 MB',
    ]);
  });

  it('rejects a file with 10,000 VEVENTs', () => {
    const many = calendar(Array.from({ length: 10_000 }, () => 'BEGIN:VEVENT\r\nEND:VEVENT\r\n').join(''));
    const got = importIcs(many, options);
    expect(got.events).toEqual([]);
    expect(got.problems.map(formatImportProblem)).toEqual([
      `-:file: file has 10000 VEVENTs; the limit is ${MAX_VEVENTS}`,
    ]);
  });

  it('cuts an endless daily rule to 400 occurrences quickly', () => {
    const t = Date.now();
    const got = importIcs(calendar(vevent(1, 'RRULE:FREQ=DAILY\r\n')), options);
    expect(got.events[0].rrule).toBe('FREQ=DAILY;COUNT=400');
    expect(Date.now() - t).toBeLessThan(2000);
  });

  it('refuses a rule that can never match without hanging', () => {
    const got = importIcs(calendar(vevent(1, 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30\r\n')), options);
    expect(got.events).toEqual([]);
    expect(got.problems.map(formatImportProblem)).toContain(
      'e1:RRULE: BYMONTHDAY needs FREQ=MONTHLY or YEARLY',
    );
  });

  it('reports text that is not iCalendar', () => {
    expect(importIcs('hello', options).problems[0].message).toMatch(/^not iCalendar/);
  });

  it('reads back our own feed with the same occurrences', () => {
    const ours = goodEvents();
    const text = eventsToIcs(ours, new Map(venues.map((v) => [v.id, v])), { now: at('2026-11-28T00:00Z') });
    const back = importIcs(text, options).events.find((e) => e.id === 'fixture-show')!;
    const show = ours.find((e) => e.id === 'fixture-show')!;
    expect(occurrenceStarts(back).map(formatLocal)).toEqual(occurrenceStarts(show).map(formatLocal));
    expect([back.title_zh, back.title_en, back.venue]).toEqual([show.title_zh, show.title_en, show.venue]);
  });
});
