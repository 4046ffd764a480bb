import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { ListingEventSchema, type ListingEvent } from '../../../../src/listings/schema.ts';
import {
  draftFromEvent,
  draftRule,
  emptyDraft,
  eventFromDraft,
  parseRoute,
  readRoute,
  routeText,
  routeTextReadable,
  ruleToBuilder,
} from '../../../../src/organizer/model/draft.ts';
import { goodEvents } from '../../listings/load.ts';

describe('organizer draft', () => {
  test('every fixture event survives a round trip through the form unchanged', () => {
    for (const e of goodEvents()) {
      const back = eventFromDraft(draftFromEvent({ ...e, sample: false, sources: [{ title: 'x' }] }));
      expect(back).toEqual({ ...e, sample: false, sources: [{ title: 'x' }] });
    }
  });

  test('the builder writes a weekly rule with days in calendar order and a count', () => {
    const d = {
      ...emptyDraft(),
      freq: 'WEEKLY' as const,
      byday: ['SA' as const, 'FR' as const],
      ends: 'count' as const,
      count: '12',
    };
    expect(draftRule(d)).toBe('FREQ=WEEKLY;BYDAY=FR,SA;COUNT=12');
  });

  test('an end date becomes a date-only UNTIL, and an interval above 1 is written', () => {
    const d = {
      ...emptyDraft(),
      freq: 'DAILY' as const,
      interval: '2',
      ends: 'until' as const,
      until: '2027-01-31',
    };
    expect(draftRule(d)).toBe('FREQ=DAILY;INTERVAL=2;UNTIL=20270131');
  });

  test('a rule the builder cannot express stays as custom text', () => {
    expect(ruleToBuilder('FREQ=MONTHLY;BYDAY=1SA,3SA;COUNT=6')).toBeUndefined();
    const d = draftFromEvent({ ...goodEvents()[0], rrule: 'FREQ=MONTHLY;BYDAY=1SA,3SA;COUNT=6' });
    expect(d.freq).toBe('custom');
    expect(draftRule(d)).toBe('FREQ=MONTHLY;BYDAY=1SA,3SA;COUNT=6');
  });

  test('a new event is sent without an id (the service makes it); a stored one keeps its id', () => {
    expect(eventFromDraft(emptyDraft())).not.toHaveProperty('id');
    expect(eventFromDraft(draftFromEvent(goodEvents()[0])).id).toBe(goodEvents()[0].id);
  });

  test('blank English title and description are left out of the event (English is optional)', () => {
    const e = eventFromDraft({ ...emptyDraft(), title_zh: '雅集', title_en: ' ', description_en: '' });
    expect(e.title_zh).toBe('雅集');
    expect('title_en' in e).toBe(false);
    expect('description_en' in e).toBe(false);
  });

  test('a monthly repeat on the start’s weekday writes its position, and reads back from a stored rule', () => {
    const d = {
      ...emptyDraft(),
      start: '2026-12-29T10:00',
      freq: 'MONTHLY' as const,
      monthBy: 'weekday' as const,
      until: '2027-06-30',
    };
    expect(draftRule(d)).toBe('FREQ=MONTHLY;BYDAY=-1TU;UNTIL=20270630');
    expect(draftRule({ ...d, start: '2026-12-06T10:00' })).toBe('FREQ=MONTHLY;BYDAY=1SU;UNTIL=20270630');
    const stored = { ...eventFromDraft(d), id: 'x' } as unknown as ListingEvent;
    expect(draftFromEvent(stored).monthBy).toBe('weekday');
    // A position the start does not have stays a custom rule, never rewritten.
    expect(draftFromEvent({ ...stored, rrule: 'FREQ=MONTHLY;BYDAY=2SU;UNTIL=20270630' }).freq).toBe('custom');
  });

  test('a blank form takes the organization as organizer and names the organizer as source', () => {
    const d = emptyDraft({ name_zh: '剧社', name_en: 'Theatre Club', url: 'https://club.example.org/' });
    const e = eventFromDraft(d);
    expect(e.organizer).toEqual({
      name_zh: '剧社',
      name_en: 'Theatre Club',
      url: 'https://club.example.org/',
    });
    expect(e.sources).toEqual([
      { title: '主办方发布 · Published by the organizer', url: 'https://club.example.org/' },
    ]);
    expect(e.sample).toBe(false);
  });

  test('text is passed on exactly as typed, markup included (the checks refuse it, nothing rewrites it)', () => {
    const hostile = '<img src=x onerror=alert(1)> "><script>';
    const e = eventFromDraft({ ...emptyDraft(), title_en: hostile });
    expect(e.title_en).toBe(hostile);
  });

  test('route lines are read as lon, lat; a line that is not two numbers fails the schema', () => {
    expect(parseRoute('120.17, 30.24\n120.171 30.241\n')).toEqual([
      [120.17, 30.24],
      [120.171, 30.241],
    ]);
    const e = eventFromDraft({ ...emptyDraft(), where: 'route', route: '120.17, 30.24\nnorth gate' });
    expect(v.safeParse(ListingEventSchema, e).success).toBe(false);
  });

  test('a third number on a route line is the minute that vertex is passed; lines without one are unknown', () => {
    expect(readRoute('120.17, 30.24, 0\n120.171, 30.241\n120.172 30.242 45')).toEqual({
      type: 'LineString',
      coordinates: [
        [120.17, 30.24],
        [120.171, 30.241],
        [120.172, 30.242],
      ],
      times_min: [0, null, 45],
    });
  });

  test('a route and its times survive the form: event → text → event', () => {
    const route = {
      type: 'LineString' as const,
      coordinates: [
        [120.170123, 30.240456],
        [120.171, 30.241],
      ] as [number, number][],
      times_min: [null, 30],
    };
    expect(readRoute(routeText(route))).toEqual(route);
    expect(routeText({ type: 'LineString', coordinates: route.coordinates })).toBe(
      '120.170123, 30.240456\n120.171, 30.241',
    );
  });

  test('route text the map cannot show is told apart: words, or a minute that is not a number', () => {
    expect(routeTextReadable('120.17, 30.24\n\n120.171, 30.241, 5')).toBe(true);
    expect(routeTextReadable('120.17, 30.24\nnorth gate')).toBe(false);
    expect(routeTextReadable('120.17, 30.24, soon')).toBe(false);
  });

  test('a price is sent only for an event that is not free', () => {
    expect(eventFromDraft({ ...emptyDraft(), free: true, price: '80' }).price_cny).toBeUndefined();
    expect(eventFromDraft({ ...emptyDraft(), free: false, price: '80' }).price_cny).toBe(80);
  });
});
