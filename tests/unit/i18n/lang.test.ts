import { describe, expect, it } from 'vitest';
import { LANGS, isZh, langFromTag, resolveLang, textLang } from '../../../src/i18n/lang.ts';
import { zoned } from '../../../src/i18n/zoned.ts';

describe('resolveLang', () => {
  it('prefers the URL over the saved choice and the browser', () => {
    expect(resolveLang('en', 'zh', ['zh-CN'])).toBe('en');
  });
  it('uses the saved choice when the URL has none', () => {
    expect(resolveLang(undefined, 'en', ['zh-CN'])).toBe('en');
  });
  it('uses the first browser language it supports', () => {
    expect(resolveLang(undefined, null, ['fr-FR', 'en-GB', 'zh-CN'])).toBe('en');
  });
  it('falls back to Chinese', () => {
    expect(resolveLang('xx', 'garbage', ['de'])).toBe('zh');
  });
  it('reads regional and script tags', () => {
    expect(langFromTag('zh-Hant-TW')).toBe('zh-Hant');
    expect(langFromTag('EN-us')).toBe('en');
    expect(langFromTag('eng')).toBeUndefined();
  });
  it('reads Traditional Chinese from the script, or from a region that writes it', () => {
    expect(langFromTag('zh-Hant')).toBe('zh-Hant');
    expect(langFromTag('zh-TW')).toBe('zh-Hant');
    expect(langFromTag('zh-HK')).toBe('zh-Hant');
    expect(langFromTag('zh-Hans-HK')).toBe('zh');
    expect(langFromTag('zh-CN')).toBe('zh');
  });
});

describe('isZh and textLang', () => {
  it('treat both Chinese scripts as Chinese and read their _zh fields', () => {
    expect(LANGS.filter(isZh)).toEqual(['zh', 'zh-Hant']);
    expect(LANGS.map(textLang)).toEqual(['zh', 'zh', 'en']);
  });
  it('write Traditional dates with the 24-hour clock of the Simplified ones', () => {
    const at = Date.UTC(2026, 11, 5, 11, 30);
    const opts = { hour: '2-digit', minute: '2-digit' } as const;
    expect(zoned('zh-Hant', opts).format(at)).toBe('19:30');
    expect(zoned('zh-Hant', { month: 'long', day: 'numeric', weekday: 'short' }).format(at)).toBe(
      '12月5日週六',
    );
  });
});
