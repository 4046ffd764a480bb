import { describe, expect, it } from 'vitest';
import { IN_CHINESE, eventText, eventTitle } from '../../../src/listings/event-text.ts';

const both = {
  title_zh: '宋韵雅集',
  title_en: 'Song gathering',
  description_zh: '点茶。',
  description_en: 'Tea.',
};
const zhOnly = { title_zh: '宋韵雅集', description_zh: '点茶。' };

describe('eventText', () => {
  it('gives English readers the English text when there is some', () => {
    expect(eventText(both, 'title', 'en')).toEqual({ text: 'Song gathering', lang: 'en', inChinese: false });
  });

  it('gives English readers the Chinese text, marked, when the event has no English', () => {
    expect(eventText(zhOnly, 'description', 'en')).toEqual({ text: '点茶。', lang: 'zh', inChinese: true });
  });

  it('treats blank English as none', () => {
    expect(eventText({ ...both, title_en: '  ' }, 'title', 'en').inChinese).toBe(true);
  });

  it('never marks Chinese for Chinese readers, simplified or traditional', () => {
    expect(eventText(zhOnly, 'title', 'zh').inChinese).toBe(false);
    expect(eventText(zhOnly, 'title', 'zh-Hant')).toEqual({ text: '宋韵雅集', lang: 'zh', inChinese: false });
  });
});

describe('eventTitle', () => {
  it('says "(in Chinese)" after a Chinese title shown to an English reader', () => {
    expect(eventTitle(zhOnly, 'en')).toBe(`宋韵雅集 ${IN_CHINESE}`);
    expect(IN_CHINESE).toBe('(in Chinese)');
  });

  it('is the plain title otherwise', () => {
    expect(eventTitle(both, 'en')).toBe('Song gathering');
    expect(eventTitle(zhOnly, 'zh')).toBe('宋韵雅集');
  });
});
