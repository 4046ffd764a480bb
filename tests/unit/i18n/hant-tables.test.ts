/** The Traditional UI tables are generated from the Simplified ones (scripts/hant/tables.ts) and kept current. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HANT_TABLES, hantTablePath, hantTableSource } from '../../../scripts/hant/tables.ts';
import { TRANSLATIONS } from '../../../src/i18n/translations.ts';
import { GUIDE_STRINGS } from '../../../src/walks/ui/guide-strings.ts';

describe('Traditional UI tables', () => {
  it.each(HANT_TABLES)(
    '%s: the committed table is what the generator writes (run npm run data)',
    async (src) => {
      expect(readFileSync(hantTablePath(src), 'utf8')).toBe(await hantTableSource(src));
    },
  );

  it('converts strings and the static parts of templates, keeping the reviewed names', () => {
    const t = TRANSLATIONS['zh-Hant'];
    expect(t.appSubtitle).toBe('南宋臨安文化地圖');
    expect(t.mapLabel).toBe('南宋臨安遺址地圖：皇城、二十三坊巷、德壽宮、清河坊');
    expect(t.placesCount(3)).toBe('3 處');
    expect(t.areaNames.deshou).toBe('德壽宮');
  });

  it('keeps interpolated values as they are given', () => {
    expect(GUIDE_STRINGS['zh-Hant'].added('御街', 2)).toContain('御街');
  });
});
