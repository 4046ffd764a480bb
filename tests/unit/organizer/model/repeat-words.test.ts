import { describe, expect, test } from 'vitest';
import { emptyDraft, type EventDraft } from '../../../../src/organizer/model/draft.ts';
import {
  choiceWords,
  follow,
  occurrenceWords,
  repeatChoice,
  spanUntil,
  withRepeat,
  repeatProblems,
  ruleDates,
  ruleSentence,
  weekdayOf,
} from '../../../../src/organizer/model/repeat-words.ts';

/** A weekly Saturday afternoon from 5 December 2026 (a Saturday) until 28 February 2027. */
const saturdays = (): EventDraft => ({
  ...emptyDraft(),
  start: '2026-12-05T14:00',
  end: '2026-12-05T16:00',
  freq: 'WEEKLY',
  byday: ['SA'],
  ends: 'until',
  until: '2027-02-28',
});

describe('repeat in words', () => {
  test('the weekday of a local date', () => {
    expect(weekdayOf('2026-12-05')).toBe('SA');
    expect(weekdayOf('2027-03-01T09:00')).toBe('MO');
    expect(weekdayOf('1970-01-01')).toBe('TH');
  });

  test('a weekly rule until a date reads as a sentence in zh and en', () => {
    expect(ruleSentence(saturdays(), 'zh')).toBe('每周六，至2月28日');
    expect(ruleSentence(saturdays(), 'en')).toBe('Every Saturday until 28 February');
  });

  test('a last date a year or more after the start says its year', () => {
    expect(ruleSentence({ ...saturdays(), until: '2027-12-31' }, 'zh')).toBe('每周六，至2027年12月31日');
  });

  test('a count, two days and an interval are said too', () => {
    const d = {
      ...saturdays(),
      byday: ['SA', 'SU'] as EventDraft['byday'],
      ends: 'count' as const,
      count: '6',
    };
    expect(ruleSentence(d, 'zh')).toBe('每周六、周日，共6次');
    expect(ruleSentence({ ...d, interval: '2' }, 'en')).toBe('Every 2 weeks on Saturday and Sunday, 6 times');
    expect(ruleSentence({ ...saturdays(), freq: 'MONTHLY', byday: [] }, 'en')).toBe(
      'Every month on the 5th until 28 February',
    );
  });

  test('the dates run from the start to the last date, each in words', () => {
    const { dates, total } = ruleDates(saturdays());
    expect(total).toBe(13);
    expect(dates[0]).toBe('2026-12-05T14:00');
    expect(dates[12]).toBe('2027-02-27T14:00');
    expect(occurrenceWords(dates[1], 'zh', '2026-12-05T14:00')).toBe('12月12日 周六 14:00');
    expect(occurrenceWords(dates[12], 'en', '2026-12-05T14:00')).toBe('Sat 27 February, 14:00');
  });

  test('each builder field says its own problem in words, with no rule text', () => {
    expect(repeatProblems({ ...saturdays(), until: '' })).toEqual({ until: 'required' });
    expect(repeatProblems({ ...saturdays(), until: '2026-11-01' })).toEqual({ until: 'untilBeforeStart' });
    expect(repeatProblems({ ...saturdays(), ends: 'count', count: '2.5' })).toEqual({ count: 'wholeNumber' });
    expect(repeatProblems({ ...saturdays(), byday: ['SU'] })).toEqual({ byday: 'startNotOnDay' });
    expect(repeatProblems({ ...saturdays(), ends: 'count', count: '5000' })).toEqual({
      rrule: 'tooManyDates',
    });
    expect(repeatProblems(saturdays())).toEqual({});
  });

  test('choosing weekly ticks the start date’s weekday, and the tick follows the start', () => {
    const before = { ...emptyDraft(), start: '2026-12-05T14:00' };
    const weekly = follow(before, { ...before, freq: 'WEEKLY' }, 'freq');
    expect(weekly.byday).toEqual(['SA']);
    const moved = follow(weekly, { ...weekly, start: '2026-12-06T14:00' }, 'start');
    expect(moved.byday).toEqual(['SU']);
    const two = { ...weekly, byday: ['SA', 'SU'] as EventDraft['byday'] };
    expect(follow(two, { ...two, start: '2026-12-07T14:00' }, 'start').byday).toEqual(['SA', 'SU']);
  });

  test('a duration sets the end from the start; typing an end clears the duration', () => {
    const d = emptyDraft();
    const started = follow(d, { ...d, start: '2026-12-05T14:00' }, 'start');
    expect(started.end).toBe('2026-12-05T16:00');
    const longer = follow(started, { ...started, duration: '90' }, 'duration');
    expect(longer.end).toBe('2026-12-05T15:30');
    expect(follow(longer, { ...longer, end: '2026-12-05T17:00' }, 'end').duration).toBe('');
  });

  test('a span of months ends on the last date of the start’s weekday before the same date that many months on', () => {
    expect(spanUntil('2026-12-05T14:00', '3')).toBe('2027-02-27');
    expect(spanUntil('2026-12-05T14:00', '1')).toBe('2027-01-02');
    expect(spanUntil('2026-08-31T10:00', '6')).toBe('2027-02-22');
    expect(spanUntil('', '3')).toBe('');
  });

  test('"every Saturday for 3 months" is one choice: weekly on the start’s day until its last date', () => {
    const d = withRepeat({ ...emptyDraft(), start: '2026-12-05T14:00' }, 'WEEKLY:3');
    expect([d.freq, d.span, d.byday, d.ends, d.until]).toEqual([
      'WEEKLY',
      '3',
      ['SA'],
      'until',
      '2027-02-27',
    ]);
    expect(repeatChoice(d)).toBe('WEEKLY:3');
    expect(ruleSentence(d, 'en')).toBe('Every Saturday until 27 February');
    expect(ruleDates(d).total).toBe(13);
  });

  test('a span chosen before the start follows the start once it is given, and when it moves', () => {
    const d = withRepeat(emptyDraft(), 'WEEKLY:3');
    expect(d.until).toBe('');
    const started = follow(d, { ...d, start: '2026-12-05T14:00' }, 'start');
    expect([started.byday, started.until]).toEqual([['SA'], '2027-02-27']);
    const moved = follow(started, { ...started, start: '2026-12-06T14:00' }, 'start');
    expect([moved.byday, moved.until]).toEqual([['SU'], '2027-02-28']);
  });

  test('"until a date…" keeps the last date the span gave, now to be changed', () => {
    const span = withRepeat({ ...emptyDraft(), start: '2026-12-05T14:00' }, 'WEEKLY:1');
    const open = withRepeat(span, 'WEEKLY');
    expect([open.span, open.until, repeatChoice(open)]).toEqual(['', '2027-01-02', 'WEEKLY']);
  });

  test('the choices are said from the start in zh and en', () => {
    const start = '2026-12-05T14:00';
    expect(choiceWords('WEEKLY:3', start, 'zh', '', '')).toBe('每周六，持续三个月');
    expect(choiceWords('WEEKLY:3', start, 'en', '', '')).toBe('Every Saturday for 3 months');
    expect(choiceWords('WEEKLY:3', '', 'en', '', '')).toBe('Every week for 3 months');
    expect(choiceWords('MONTHLY:weekday', start, 'en', '', '')).toBe('The first Saturday of each month…');
    expect(choiceWords('MONTHLY:weekday', start, 'zh', '', '')).toBe('每月第一个周六…');
    expect(choiceWords('MONTHLY', start, 'en', '', '')).toBe('Monthly on the 5th…');
    expect(choiceWords('DAILY', start, 'zh', '', '')).toBe('每天…');
  });

  test('the first Sunday of each month: the rule, the sentence and its dates', () => {
    const d = withRepeat(
      { ...emptyDraft(), start: '2026-12-06T10:00', until: '2027-03-31' },
      'MONTHLY:weekday',
    );
    expect(ruleSentence(d, 'en')).toBe('The first Sunday of each month until 31 March');
    expect(ruleSentence(d, 'zh')).toBe('每月第一个周日，至3月31日');
    expect(ruleDates(d).dates).toEqual([
      '2026-12-06T10:00',
      '2027-01-03T10:00',
      '2027-02-07T10:00',
      '2027-03-07T10:00',
    ]);
  });
});
