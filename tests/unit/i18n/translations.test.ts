import { describe, expect, it } from 'vitest';
import { TRANSLATIONS } from '../../../src/i18n/translations.ts';

/** Every leaf key path of a translation table, with its value. */
function leaves(obj: object, prefix = ''): [string, unknown][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

describe('translations', () => {
  const zh = new Map(leaves(TRANSLATIONS.zh));
  const en = new Map(leaves(TRANSLATIONS.en));

  it('have the same keys in Chinese and English', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('have no empty string in either language', () => {
    for (const table of [zh, en]) {
      for (const [key, value] of table) {
        if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
        else expect(typeof value, key).toBe('function');
      }
    }
  });

  it('write the Chinese table in Chinese script', () => {
    expect(TRANSLATIONS.zh.layers).toMatch(/\p{Script=Han}/u);
    expect(TRANSLATIONS.en.layers).not.toMatch(/\p{Script=Han}/u);
  });
});
