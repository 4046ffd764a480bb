import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALIASES } from '../../../src/search/aliases.ts';
import { buildSearchDocs, derivedAliases, pinyinFields } from '../../../src/search/build-index.ts';
import { realPlaces, realWalks } from './real-data.ts';

const places = realPlaces();
const docs = buildSearchDocs(places, realWalks());
const place = (id: string) => docs.find((d) => d.type === 'place' && d.id === id)!;

describe('pinyinFields', () => {
  it('gives toneless syllables, the joined runs and the initials', () => {
    expect(pinyinFields(['河坊街'])).toEqual({ pinyin: 'he fang jie hefangjie fangjie', initials: 'hfj fj' });
  });

  it('reads a character by its context: 朝天门 is chao, not zhao', () => {
    expect(pinyinFields(['朝天门']).pinyin).toContain('chaotianmen');
  });

  it('skips non-Han text', () => {
    expect(pinyinFields(['CBD公园'])).toEqual({ pinyin: 'gong yuan gongyuan', initials: 'gy' });
  });
});

describe('derivedAliases', () => {
  it.each([
    ['鼓楼（南宋朝天门址）', ['朝天门']],
    ['盐桥河（大河，今中河）示意', ['盐桥河', '大河', '中河']],
    ['南宋御街·二十三坊（太庙片区，示意范围）', ['御街', '二十三坊']],
    ['河坊街（步行段）', []],
    ['凤凰山（山顶，推定）', []],
  ])('%s → %j', (name, aliases) => {
    expect(derivedAliases(name)).toEqual(aliases);
  });
});

describe('buildSearchDocs', () => {
  it('makes one document per place and walk, typed', () => {
    expect(docs.filter((d) => d.type === 'place')).toHaveLength(places.length);
    expect(docs.filter((d) => d.type === 'walk').length).toBeGreaterThan(0);
  });

  it('precomputes pinyin and initials of the name without its notes', () => {
    expect(place('gulou')).toMatchObject({ pinyin: 'gu lou gulou', initials: 'gl', area: 'qinghefang' });
  });

  it('carries derived and curated aliases with their pinyin', () => {
    const gulou = place('gulou');
    expect(gulou.aliases).toEqual(expect.arrayContaining(['朝天门', '镇海楼']));
    expect(gulou.alias_pinyin).toContain('chaotianmen');
  });
});

describe('the curated alias table', () => {
  it('names only places that exist, each alias with a note', () => {
    const ids = new Set(places.map((f) => f.properties.id));
    for (const [id, aliases] of Object.entries(ALIASES)) {
      expect(ids.has(id), id).toBe(true);
      for (const a of aliases) expect(a.note.length, `${id}: ${a.name}`).toBeGreaterThan(5);
    }
  });
});

describe('browser modules', () => {
  it.each([
    'search-index.ts',
    'tokenize.ts',
    'names.ts',
    'doc.ts',
    'ui/search-box.ts',
    '../events/search.ts',
    'bench-search.ts',
  ])('%s imports neither pinyin-pro nor the build step', (file) => {
    const src = readFileSync(`src/search/${file}`, 'utf8');
    expect(src).not.toMatch(
      /from '(pinyin-pro|(\.\.?\/)+(search\/)?build-index\.ts|(\.\.?\/)+(search\/)?aliases\.ts)'/,
    );
  });
});
