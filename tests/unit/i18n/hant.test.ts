/** zh-Hant for data texts: the build's table (scripts/hant/data.ts) and the browser's lookup (src/i18n/hant.ts). */
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { hantFile } from '../../../scripts/hant/data.ts';
import { HantCache, hantData, hantTable } from '../../../src/i18n/hant.ts';

const place = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [120.17, 30.24] },
  properties: {
    id: 'deshou',
    name_zh: '德寿宫遗址博物馆',
    name_en: 'Deshou Palace Site Museum',
    aliases_zh: ['清河坊', '南宋御街'],
    summary_zh: '胡雪岩故居在清河坊东',
  },
};

describe('hantFile', () => {
  const strings = hantFile([place]).strings;

  it('converts known names phrase by phrase', () => {
    expect(strings['德寿宫遗址博物馆']).toBe('德壽宮遺址博物館');
  });

  it('leaves out texts that read the same in both scripts (清河坊, 南宋御街)', () => {
    expect(strings).not.toHaveProperty('清河坊');
    expect(strings).not.toHaveProperty('南宋御街');
  });

  it('writes a reviewed historical name whole, where OpenCC alone would merge it into a phrase (坊巷)', () => {
    expect(OpenCC.Converter({ from: 'cn', to: 'twp' })('面坊巷')).toBe('麵坊巷');
    expect(hantFile([{ name_zh: '面坊巷' }]).strings).not.toHaveProperty('面坊巷');
    expect(strings['胡雪岩故居在清河坊东']).toBe('胡雪巖故居在清河坊東');
  });

  it('takes only _zh fields', () => {
    expect(Object.keys(hantFile([{ id: '东', name_en: '东' }]).strings)).toEqual([]);
  });
});

describe('hantData', () => {
  const table = hantTable(hantFile([place]));

  it('looks up every _zh text and leaves ids, English and geometry as they are', () => {
    const out = hantData(place, table);
    expect(out.properties.name_zh).toBe('德壽宮遺址博物館');
    expect(out.properties.summary_zh).toBe('胡雪巖故居在清河坊東');
    expect(out.properties.aliases_zh).toEqual(['清河坊', '南宋御街']);
    expect(out.properties.name_en).toBe(place.properties.name_en);
    expect(out.geometry).toBe(place.geometry);
  });

  it('keeps a text the table lacks (published after the build) as written', () => {
    expect(hantData({ title_zh: '新发布的活动' }, table).title_zh).toBe('新发布的活动');
  });

  it('hands back the same copy for the same original', () => {
    const cache = new HantCache(table);
    expect(cache.of(place)).toBe(cache.of(place));
  });

  it('reads a garbled file as an empty table', () => {
    expect(hantTable({ version: 2, strings: { a: 'b' } }).size).toBe(0);
  });
});
