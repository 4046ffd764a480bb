import { describe, expect, it } from 'vitest';
import { indexTerms, normalize, queryTerms } from '../../../src/search/tokenize.ts';

describe('normalize', () => {
  it.each([
    ['hé fāng jiē', 'he fang jie'],
    ['he2 fang1 jie1', 'he fang jie'],
    ['HE2FANG1JIE1', 'hefangjie'],
    ['lǜ', 'lu'],
    ['ＨｅＦａｎｇ', 'hefang'],
    ['凤凰文创小镇1138园区', '凤凰文创小镇1138园区'],
  ])('%s → %s', (input, output) => {
    expect(normalize(input)).toBe(output);
  });
});

describe('indexTerms', () => {
  it('splits Han text into characters and bigrams', () => {
    expect(indexTerms('河坊街')).toEqual(['河', '坊', '街', '河坊', '坊街']);
  });

  it('lowercases Latin words and drops English stopwords', () => {
    expect(indexTerms('Drum Tower (site of the Song Chaotian Gate)')).toEqual([
      'drum',
      'tower',
      'site',
      'song',
      'chaotian',
      'gate',
    ]);
  });
});

describe('queryTerms', () => {
  it('queries Han text by bigrams only, and a single character by itself', () => {
    expect(queryTerms('德寿宫')).toEqual({ han: ['德寿', '寿宫'], latin: [] });
    expect(queryTerms('宫')).toEqual({ han: ['宫'], latin: [] });
  });

  it('separates Han and Latin parts of a mixed query', () => {
    expect(queryTerms('CBD公园')).toEqual({ han: ['公园'], latin: ['cbd'] });
  });
});
