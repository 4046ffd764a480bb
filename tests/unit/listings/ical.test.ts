import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, eventToIcs, eventsToIcs, foldLine } from '../../../src/listings/ical.ts';
import { venuesFromPlaces } from '../../../src/listings/venues.ts';
import { at, goodEvents, places } from './load.ts';

const venues = new Map(venuesFromPlaces(places()).map((v) => [v.id, v]));
const now = at('2026-11-28T10:00:00Z');
const show = () => goodEvents().find((e) => e.id === 'fixture-show')!;

function parseEvents(text: string) {
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const vtz = root.getFirstSubcomponent('vtimezone')!;
  const zone = new ICAL.Timezone(vtz);
  return root.getAllSubcomponents('vevent').map((ve) => {
    const event = new ICAL.Event(ve);
    event.startDate.zone = zone;
    event.endDate.zone = zone;
    return { ve, event };
  });
}

describe('eventToIcs', () => {
  it('parses with ical.js and keeps the title, start and end instants', () => {
    const [{ event }] = parseEvents(eventToIcs(show(), venues, { now }));
    expect(event.summary).toBe('测试演出（示例） / Test show (sample)');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-05T11:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-05T12:30:00.000Z');
  });

  it('writes an event without English as its Chinese title and description alone', () => {
    const zhOnly = { ...show(), title_en: undefined, description_en: undefined };
    const [{ event }] = parseEvents(eventToIcs(zhOnly, venues, { now }));
    expect(event.summary).toBe('测试演出（示例）');
    expect(event.description).toContain(show().description_zh);
    expect(event.description).not.toContain('undefined');
  });

  it('keeps the rule and the exception so a calendar expands the same occurrences', () => {
    const [{ event }] = parseEvents(eventToIcs(show(), venues, { now }));
    const rule = event.component.getFirstPropertyValue('rrule') as InstanceType<typeof ICAL.Recur>;
    expect([rule.freq, rule.count, rule.parts.BYDAY]).toEqual(['WEEKLY', 4, ['SA']]);
    const excluded = event.component.getAllProperties('exdate').map((p) => String(p.getFirstValue()));
    const iterator = event.iterator();
    const starts: string[] = [];
    for (let t = iterator.next(); t; t = iterator.next())
      if (!excluded.includes(t.toString())) starts.push(t.toString());
    expect(starts).toEqual(['2026-12-05T19:30:00', '2026-12-19T19:30:00', '2026-12-26T19:30:00']);
  });

  it('writes a cancelled event with STATUS:CANCELLED', () => {
    const [{ ve }] = parseEvents(eventToIcs({ ...show(), status: 'cancelled' }, venues, { now }));
    expect(ve.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('writes UNTIL in UTC beside a DTSTART with TZID', () => {
    const text = eventToIcs(
      { ...show(), rrule: 'FREQ=WEEKLY;BYDAY=SA;UNTIL=20261226T235900', exdates: [] },
      venues,
      {
        now,
      },
    );
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=SA;UNTIL=20261226T155900Z\r\n');
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20261205T193000\r\n');
  });

  it('puts the venue and its position in LOCATION and GEO', () => {
    const [{ ve }] = parseEvents(eventToIcs(show(), venues, { now }));
    expect(ve.getFirstPropertyValue('location')).toBe(
      '鼓楼（南宋朝天门址） / Drum Tower (site of the Song Chaotian Gate)',
    );
    expect(ve.getFirstPropertyValue('geo')).toEqual([30.240347, 120.166729]);
  });

  it('keeps the description text, commas and line breaks included, through escaping', () => {
    const [{ event }] = parseEvents(
      eventToIcs({ ...show(), description_en: 'Tea, cakes; and a \\ slash\nline two' }, venues, { now }),
    );
    expect(event.description).toContain('Tea, cakes; and a \\ slash\nline two');
  });
});

describe('eventsToIcs', () => {
  it('writes one VEVENT per event with a VTIMEZONE and CRLF line ends', () => {
    const text = eventsToIcs(goodEvents(), venues, { now });
    expect(parseEvents(text)).toHaveLength(2);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('folds no line beyond 75 octets', () => {
    const long = { ...show(), description_zh: '宋韵'.repeat(200) };
    const lines = eventsToIcs([long], venues, { now }).split('\r\n');
    expect(Math.max(...lines.map((l) => new TextEncoder().encode(l).length))).toBeLessThanOrEqual(75);
  });
});

describe('foldLine and escapeText', () => {
  it('never splits a multi-byte character', () => {
    const folded = foldLine(`SUMMARY:${'东坡'.repeat(40)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'东坡'.repeat(40)}`);
  });

  it('escapes backslash, semicolon, comma and newline', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});
