import { describe, expect, test } from 'vitest';
import { draftFromEvent, emptyDraft, type EventDraft } from '../../../../src/organizer/model/draft.ts';
import { fieldOfPath, problemOf, validateDraft } from '../../../../src/organizer/model/validate-draft.ts';
import { goodEvents, placeIds } from '../../listings/load.ts';

const ids = placeIds();
const good = (): EventDraft => {
  const show = goodEvents().find((e) => e.id === 'fixture-show')!;
  return { ...draftFromEvent({ ...show, sample: false, sources: [{ title: 'x' }], parent: undefined }) };
};

describe('validateDraft', () => {
  test('a valid event has no problems', () => {
    expect(validateDraft(good(), ids)).toEqual({});
  });

  test('a blank form reports the required fields by form field', () => {
    const p = validateDraft(emptyDraft(), ids);
    expect(p.id).toBeUndefined();
    for (const f of ['title_zh', 'description_zh', 'category', 'start', 'end'])
      expect(p[f as keyof typeof p]?.code, f).toBeDefined();
    expect(p.title_zh?.code).toBe('required');
    expect(p.category?.code).toBe('required');
    expect(p.organizer_zh?.code).toBe('required');
  });

  test('English title and description are optional: a Chinese-only event has no problems', () => {
    expect(validateDraft({ ...good(), title_en: '', description_en: '  ' }, ids)).toEqual({});
  });

  test('a span of months chosen before the start asks for the start beside the repeat choice', () => {
    const p = validateDraft({ ...emptyDraft(), freq: 'WEEKLY', span: '3' }, ids);
    expect(p.freq?.code).toBe('repeatNeedsStart');
    expect(p.until).toBeUndefined();
  });

  test('no language ticked is said on the language picker in words', () => {
    expect(validateDraft({ ...good(), languages: [] }, ids).languages?.code).toBe('language');
  });

  test('an end before the start is reported on the end', () => {
    const d = { ...good(), end: '2020-01-01T00:00' };
    expect(validateDraft(d, ids).end?.code).toBe('endBeforeStart');
  });

  test('HTML in a description is refused as html', () => {
    const d = { ...good(), description_en: 'Hi <img src=x onerror=alert(1)>' };
    expect(validateDraft(d, ids).description_en?.code).toBe('html');
  });

  test('HTML in a description is reported even while other fields are still missing', () => {
    const d = { ...emptyDraft(), description_zh: '<b>点茶</b>' };
    expect(validateDraft(d, ids).description_zh?.code).toBe('html');
  });

  test('a title over the limit says how long it may be', () => {
    const p = validateDraft({ ...good(), title_zh: '宋'.repeat(121) }, ids);
    expect(p.title_zh).toMatchObject({ code: 'tooLong', max: 120 });
  });

  test('no venue and no route asks for one of them; an unknown venue is named as such', () => {
    expect(validateDraft({ ...good(), venue: '' }, ids).venue?.code).toBe('venueOrRoute');
    expect(validateDraft({ ...good(), venue: 'no-such-place' }, ids).venue?.code).toBe('unknownVenue');
  });

  test('an unbounded custom rule is a rule problem in words, without the parser’s own message', () => {
    const p = validateDraft({ ...good(), freq: 'custom', rruleCustom: 'FREQ=WEEKLY' }, ids);
    expect(p.rrule).toEqual({ code: 'rule' });
  });

  test('a weekly repeat with the count left empty is said on the count, not as a parser message', () => {
    const p = validateDraft({ ...good(), freq: 'WEEKLY', byday: [], ends: 'count', count: '' }, ids);
    expect(p.count).toEqual({ code: 'required' });
    expect(p.rrule).toBeUndefined();
  });

  test('a free event with a price typed keeps the price out, so it is not an error', () => {
    expect(validateDraft({ ...good(), free: true, price: '50' }, ids).price).toBeUndefined();
  });

  test('a booking link that is not http(s) is a url problem', () => {
    expect(validateDraft({ ...good(), booking_url: 'javascript:alert(1)' }, ids).booking_url?.code).toBe(
      'url',
    );
  });
});

describe('route times', () => {
  const route = (text: string): EventDraft => ({ ...good(), where: 'route', venue: '', route: text });

  test('times that go down are a route-times problem, not a coordinates one', () => {
    const p = validateDraft(route('120.17, 30.24, 20\n120.171, 30.241, 10'), ids);
    expect(p.route?.code).toBe('routeTimes');
  });

  test('a minute that is not a whole number is a route-times problem', () => {
    expect(validateDraft(route('120.17, 30.24, 2.5\n120.171, 30.241'), ids).route?.code).toBe('routeTimes');
  });

  test('a route with rising times inside the event passes', () => {
    expect(validateDraft(route('120.17, 30.24, 0\n120.171, 30.241\n120.172, 30.242, 30'), ids)).toEqual({});
  });
});

describe('server field messages', () => {
  test('dot paths map onto form fields', () => {
    expect(fieldOfPath('organizer.name_zh')).toBe('organizer_zh');
    expect(fieldOfPath('route.coordinates.3')).toBe('route');
    expect(fieldOfPath('exdates.0')).toBe('exdates');
    expect(fieldOfPath('price_cny')).toBe('price');
    expect(fieldOfPath('sources.0.url')).toBe('source_url');
    expect(fieldOfPath('popularity')).toBe('form');
  });

  test('the server’s codes are read like the form’s own', () => {
    expect(problemOf('end', { code: 'endBeforeStart' }).code).toBe('endBeforeStart');
    expect(problemOf('title_en', { code: 'required' }).code).toBe('required');
    expect(problemOf('id', { code: 'idTaken' }).code).toBe('idTaken');
    expect(problemOf('title_en', { code: 'tooLong', limit: 160 })).toMatchObject({
      code: 'tooLong',
      max: 160,
    });
    expect(problemOf('route.coordinates.3', { code: 'outside' }).code).toBe('route');
    expect(problemOf('route.times_min', { code: 'routeTimes' }).code).toBe('routeTimes');
  });
});
