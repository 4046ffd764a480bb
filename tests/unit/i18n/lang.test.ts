import { describe, expect, it } from 'vitest';
import { langFromTag, resolveLang } from '../../../src/i18n/lang.ts';

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
    expect(langFromTag('zh-Hant-TW')).toBe('zh');
    expect(langFromTag('EN-us')).toBe('en');
    expect(langFromTag('eng')).toBeUndefined();
  });
});
