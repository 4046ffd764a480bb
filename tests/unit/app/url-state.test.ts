import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState, type UrlState } from '../../../src/app/url-state.ts';
import { AREA_IDS } from '../../../src/data/areas.ts';

describe('url state', () => {
  it('round-trips language, view, place and layers', () => {
    const state: UrlState = {
      lang: 'en',
      view: { center: [120.16673, 30.24035], zoom: 15.5 },
      place: 'gulou',
      layers: ['fangxiang', 'qinghefang'],
    };
    const hash = serializeUrlState(state);
    expect(hash).toBe('#lang=en&map=15.50/30.24035/120.16673&place=gulou&layers=fangxiang,qinghefang');
    expect(parseUrlState(hash)).toEqual(state);
  });

  it('round-trips a year and a then/now fade', () => {
    expect(serializeUrlState({ year: 1200 })).toBe('#year=1200');
    expect(parseUrlState('#year=1200&fade=40')).toEqual({ year: 1200, fade: 0.4 });
    expect(serializeUrlState({ year: 1200, fade: 0.4 })).toBe('#year=1200&fade=40');
  });

  it('rejects years outside the slider and fades outside 0–100', () => {
    expect(parseUrlState('#year=1000&fade=101')).toEqual({});
    expect(parseUrlState('#year=3000')).toEqual({});
    expect(parseUrlState('#year=12e2&fade=-5')).toEqual({});
  });

  it("round-trips the visitor's own walk", () => {
    const state: UrlState = {
      walk: 'mine',
      stops: ['gulou', 'hu-xueyan', 'deshou-museum'],
      profile: 'step-free',
      tour: 'round',
    };
    const hash = serializeUrlState(state);
    expect(hash).toBe('#walk=mine&stops=gulou,hu-xueyan,deshou-museum&profile=step-free&tour=round');
    expect(parseUrlState(hash)).toEqual(state);
  });

  it('drops a stop list that is too long or holds a bad id', () => {
    expect(parseUrlState(`#stops=${Array(16).fill('gulou').join(',')}`)).toEqual({});
    expect(parseUrlState('#stops=gulou,<b>,hu-xueyan&profile=fly&tour=sideways')).toEqual({});
  });

  it('omits layers when every layer is visible', () => {
    expect(serializeUrlState({ layers: [...AREA_IDS] })).toBe('');
  });

  it('keeps an empty layer list (every area hidden) apart from no list', () => {
    expect(parseUrlState('#layers=')).toEqual({ layers: [] });
    expect(parseUrlState('#lang=zh')).toEqual({ lang: 'zh' });
  });

  it('puts layers in the canonical order', () => {
    expect(parseUrlState('#layers=qinghefang,imperial-city').layers).toEqual(['imperial-city', 'qinghefang']);
  });

  it.each([
    ['', {}],
    ['#', {}],
    ['#%E0%A4%A', {}],
    ['#lang=fr', {}],
    ['#map=15/abc/120.16', {}],
    ['#map=15/90/180', {}],
    ['#map=30/30.24/120.16', {}],
    ['#map=15/30.24', {}],
    ['#map=1e3/30.24/120.16', {}],
    ['#place=<script>alert(1)</script>', {}],
    ['#place=../../etc/passwd', {}],
    ['#layers=deshou,evil', {}],
    ['#lang=en&lang=zh', { lang: 'en' }],
    [`#place=${'a'.repeat(2000)}`, {}],
  ])('falls back to defaults for garbled hash %s', (hash, expected) => {
    expect(parseUrlState(hash)).toEqual(expected);
  });

  it('keeps the good parts of a partly garbled hash', () => {
    expect(parseUrlState('#lang=en&map=nonsense&place=hu-xueyan&layers=x')).toEqual({
      lang: 'en',
      place: 'hu-xueyan',
    });
  });
});

describe("What's on in the URL", () => {
  it('keeps the view, the date preset and the filters, and drops what it does not know', () => {
    const hash = '#lang=en&ev=week:weekend&evday=2026-12-07&cat=exhibition&area=deshou&free=1&aud=nobody';
    const state = parseUrlState(hash);
    expect(state.listing).toEqual({
      view: 'week',
      when: 'weekend',
      anchor: '2026-12-07',
      category: 'exhibition',
      area: 'deshou',
      freeOnly: true,
    });
    expect(serializeUrlState(state)).toBe(
      '#lang=en&ev=week:weekend&evday=2026-12-07&cat=exhibition&area=deshou&free=1',
    );
  });

  it('writes nothing for the default list', () => {
    expect(serializeUrlState({ lang: 'zh', listing: { view: 'list', when: 'all' } })).toBe('#lang=zh');
  });
});
