import { describe, expect, test } from 'vitest';
import { LANGUAGE_CHOICES, languageName } from '../../../src/listings/language-names.ts';
import { LanguageTag } from '../../../src/listings/schema.ts';
import * as v from 'valibot';

describe('language names', () => {
  test('every choice stores a code the event schema accepts', () => {
    for (const c of LANGUAGE_CHOICES) expect(v.is(LanguageTag, c.code), c.code).toBe(true);
  });

  test('a stored code reads as its name in each language, an unknown code as itself', () => {
    expect(languageName('yue', 'zh')).toBe('粤语');
    expect(languageName('yue', 'en')).toBe('Cantonese');
    expect(languageName('zh', 'en')).toBe('Mandarin');
    expect(languageName('fr-CA', 'zh')).toBe('fr-CA');
  });
});
