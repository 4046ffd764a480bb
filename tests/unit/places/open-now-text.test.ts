import { describe, expect, it } from 'vitest';
import { openNowText } from '../../../src/places/open-now-text.ts';
import { TRANSLATIONS } from '../../../src/i18n/translations.ts';

const { zh, en } = TRANSLATIONS;

describe('open now in words', () => {
  it('open, with closing and last entry, in both languages', () => {
    const now = { state: 'open', closesAt: 1020, lastEntry: 990, entryClosed: false } as const;
    expect(openNowText(now, zh)).toEqual({ text: '正在开放 · 17:00 闭馆 · 16:30 停止入场', open: true });
    expect(openNowText(now, en)?.text).toBe('Open now · closes 17:00 · last entry 16:30');
  });

  it('after the last entry: not open to a newcomer', () => {
    const now = { state: 'open', closesAt: 1020, lastEntry: 990, entryClosed: true } as const;
    expect(openNowText(now, en)).toEqual({ text: 'No entry after 16:30 · closes 17:00', open: false });
  });

  it('closed: the next opening by day name beyond tomorrow', () => {
    const now = { state: 'closed', opens: { inDays: 2, at: 570, weekday: 2 } } as const;
    expect(openNowText(now, zh)?.text).toBe('现在未开放 · 周二 09:30 开放');
    expect(openNowText(now, en)?.text).toBe('Closed now · opens Tuesday at 09:30');
  });

  it('closed: today and tomorrow by name', () => {
    expect(openNowText({ state: 'closed', opens: { inDays: 0, at: 570, weekday: 2 } }, en)?.text).toBe(
      'Closed now · opens today at 09:30',
    );
    expect(openNowText({ state: 'closed', opens: { inDays: 1, at: 570, weekday: 2 } }, zh)?.text).toBe(
      '现在未开放 · 明天 09:30 开放',
    );
  });

  it('a holiday without a holiday rule carries a caveat', () => {
    const now = {
      state: 'open',
      closesAt: 1020,
      entryClosed: false,
      uncertain: 'holiday-rule-missing',
    } as const;
    expect(openNowText(now, zh)?.caveat).toBe(zh.openNowHoliday);
  });

  it('unknown hours: nothing is said', () => {
    expect(openNowText({ state: 'unknown' }, zh)).toBeUndefined();
  });
});
