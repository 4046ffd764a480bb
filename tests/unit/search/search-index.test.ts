import { describe, expect, it } from 'vitest';
import { buildSearchDocs } from '../../../src/search/build-index.ts';
import type { SearchDoc } from '../../../src/search/doc.ts';
import { createSearchIndex, createSearchIndexInSteps } from '../../../src/search/search-index.ts';
import { realPlaces, realWalks } from './real-data.ts';

// Indexed from JSON, as the browser gets it.
const docs: SearchDoc[] = JSON.parse(JSON.stringify(buildSearchDocs(realPlaces(), realWalks())));
const index = createSearchIndex(docs);
const top3 = (q: string) => index.search(q, { limit: 3 }).places.map((h) => h.id);

describe('search over the real places', () => {
  it.each([
    ['河坊街', 'hefang-poi'],
    ['hefangjie', 'hefang-poi'],
    ['he fang jie', 'hefang-poi'],
    ['hfj', 'hefang-poi'],
    ['hé fāng jiē', 'hefang-poi'],
    ['he2 fang1 jie1', 'hefang-poi'],
    ['Hefang Street', 'hefang-poi'],
    ['Hefnag', 'hefang-poi'],
    ['河坊', 'hefang-poi'],
    ['御街', 'song-imperial-street'],
    ['御街', 'imperial-street-gulou-hefang'],
    ['天街', 'song-imperial-street'],
    ['tianjie', 'song-imperial-street'],
    ['Imperial Street', 'song-imperial-street'],
    ['朝天门', 'gulou'],
    ['chaotianmen', 'gulou'],
    ['鼓楼', 'gulou'],
    ['Drum Tower', 'gulou'],
    ['德寿宫', 'deshou-museum'],
    ['dsg', 'deshou-museum'],
    ['deshou', 'deshou-museum'],
    ['重华宫', 'deshou-palace-extent'],
    ['胡庆余堂', 'huqingyutang'],
    ['hqyt', 'huqingyutang'],
    ['太庙', 'song-taimiao'],
    ['taimiao', 'fangxiang-taimiao-site'],
    ['盐桥河', 'song-yanqiao-river'],
    ['ＨＥＦＡＮＧ', 'hefang-poi'],
  ])('%s finds %s among the top 3', (query, id) => {
    expect(top3(query)).toContain(id);
  });

  it('ranks the place whose initials are exactly the query first', () => {
    const ids = index.search('hfj').places.map((h) => h.id);
    expect(ids.slice(0, 2).sort()).toEqual(['hefang-poi', 'hefang-street-pedestrian']);
  });

  it('finds walks in their own group', () => {
    const r = index.search('御街');
    expect(r.walks.map((h) => h.id)).toContain('imperial-street');
    expect(r.places.every((h) => h.type === 'place')).toBe(true);
  });

  it('returns empty groups for an empty or punctuation-only query', () => {
    expect(index.search('  ')).toEqual({ places: [], walks: [], events: [] });
    expect(index.search('（）!')).toEqual({ places: [], walks: [], events: [] });
  });

  it('caps each group at the limit', () => {
    expect(index.search('gong', { limit: 2 }).places.length).toBeLessThanOrEqual(2);
  });

  it('does not fuzzy-match two-letter queries', () => {
    // "tz" is one edit from many syllables ("tu", "ta"…); only words starting with it may match.
    const hits = index.search('tz').places;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const d = docs.find((x) => x.type === 'place' && x.id === hit.id)!;
      const words = `${d.name_en} ${d.pinyin} ${d.initials} ${d.alias_pinyin}`.toLowerCase().split(/\W+/);
      expect(words.some((w) => w.startsWith('tz'))).toBe(true);
    }
  });

  it('returns the display names and area of a hit', () => {
    const hit = index.search('鼓楼').places[0];
    expect(hit).toMatchObject({
      id: 'gulou',
      type: 'place',
      name_zh: '鼓楼（南宋朝天门址）',
      area: 'qinghefang',
      kind: 'gate',
    });
    expect(hit.score).toBeGreaterThan(0);
  });
});

describe('search over events', () => {
  it('finds an event by its title and pinyin in the events group', () => {
    const docs = buildSearchDocs(
      realPlaces(),
      [],
      [{ id: 'lantern-1', title_zh: '河坊街灯会', title_en: 'Lantern fair' }],
    );
    const events = createSearchIndex(docs);
    expect(events.search('灯会').events.map((h) => h.id)).toEqual(['lantern-1']);
    expect(events.search('denghui').events.map((h) => h.id)).toEqual(['lantern-1']);
    expect(events.search('lantern').events[0]).toMatchObject({ id: 'lantern-1', type: 'event' });
  });
});

describe('the index built in steps (as the browser builds it)', () => {
  it('answers every query exactly as the index built in one go', async () => {
    const stepped = await createSearchIndexInSteps(docs);
    for (const q of ['河坊街', 'hfj', 'Hefnag', '朝天门', 'dsg', 'lantern', 'wu shan', '南宋']) {
      expect(stepped.search(q)).toEqual(index.search(q));
    }
  });
});
