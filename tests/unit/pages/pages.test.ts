/**
 * The static pages (scripts/pages/): one per place, walk, area and event in Simplified, English and
 * Traditional Chinese; structured data that parses and carries the required properties; a sitemap listing
 * every page with its language alternates; the events feed.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPages, type PagesOutput } from '../../../scripts/pages/build-pages.ts';
import { checkJsonLd, jsonLdBlocks } from '../../../scripts/pages/check-structured-data.ts';
import { AREA_IDS } from '../../../src/data/areas.ts';
import { compileFeed, type Feed } from '../../../src/listings/feed.ts';
import { validateEventFiles } from '../../../src/listings/validate.ts';
import { at, eventFiles, placeIds, places as placeList } from '../listings/load.ts';

const read = (name: string) => JSON.parse(readFileSync(`public/data/${name}`, 'utf8'));
const SITE = 'https://heritage.test/';
const places = read('heritage.geojson');
const walks = read('walks.geojson');
// The demo samples, compiled here: the built feed holds them only after `SAMPLES=1 npm run data`.
const feed: Feed = JSON.parse(
  compileFeed(validateEventFiles(eventFiles('geodata/samples'), placeIds()).events, placeList(), {
    stamp: at('2026-11-01T00:00+08:00'),
  }).json,
);

let out: PagesOutput;
beforeAll(async () => {
  out = await buildPages({ site: SITE, places, walks, feed, stamp: Date.parse('2026-11-01T00:00:00Z') });
}, 60_000);

const page = (path: string) => {
  const html = out.files.get(`${path}index.html`);
  if (!html) throw new Error(`no page ${path}`);
  return html;
};

describe('the static pages', () => {
  it('builds with no structured-data error', () => {
    expect(out.errors).toEqual([]);
  });

  it('has a page for every place, walk, area and event in zh, en and zh-Hant', () => {
    const ids = {
      places: places.features.filter((f: { properties: { kind: string } }) => f.properties.kind !== 'area'),
      walks: walks.features,
      events: feed.events.map((e: { id: string }) => ({ properties: { id: e.id } })),
    };
    for (const [kind, list] of Object.entries(ids))
      for (const f of list as { properties: { id: string } }[])
        for (const prefix of ['', 'en/', 'zh-Hant/']) page(`${prefix}${kind}/${f.properties.id}/`);
    for (const area of AREA_IDS) page(`areas/${area}/`);
    expect(feed.events.length).toBeGreaterThan(0);
  });

  it('carries the required (and for events the recommended) schema.org properties on every page', () => {
    const allowedGaps: Record<string, string[]> = {
      // No share image yet; a place's hours are structured only when the text has a shape we parse; an
      // event that is not free without a published price has no offers.price.
      Event: ['image', 'offers.price', 'offers.priceCurrency'],
      TouristAttraction: ['image', 'openingHoursSpecification', 'address'],
      SubwayStation: ['address'],
      TouristTrip: ['image'],
      TouristDestination: ['image'],
    };
    let checked = 0;
    for (const [path, html] of out.files) {
      if (!path.endsWith('index.html')) continue;
      const blocks = jsonLdBlocks(html);
      expect(blocks, path).toHaveLength(1);
      for (const f of checkJsonLd(blocks[0])) {
        expect(f.missingRequired, `${path} ${f.type}`).toEqual([]);
        expect(f.invalid, `${path} ${f.type}`).toEqual([]);
        expect(
          f.missingRecommended.filter((p) => !allowedGaps[f.type]?.includes(p)),
          `${path} ${f.type}`,
        ).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('gives an event with a price its offer, and a free one price 0', () => {
    const ld = (id: string) => JSON.parse(jsonLdBlocks(page(`en/events/${id}/`))[0])['@graph'];
    const paid = ld('huqingyutang-diancha-yaji');
    expect(paid[0].offers).toMatchObject({ price: 60, priceCurrency: 'CNY' });
    expect(paid.length).toBe(5);
    const cancelled = ld('gulou-guqin-yaji');
    expect(cancelled[0].eventStatus).toBe('https://schema.org/EventCancelled');
    expect(cancelled[0].offers.price).toBe(0);
    expect(cancelled[0].location.address.addressLocality).toBe('Hangzhou');
  });

  it('structures opening hours it can read, and geo for every place', () => {
    const ld = JSON.parse(jsonLdBlocks(page('en/places/imperial-city-guanyao-museum/'))[0]);
    expect(ld['@type']).toContain('Museum');
    expect(ld.openingHoursSpecification[0]).toMatchObject({ opens: '09:00', closes: '16:30' });
    expect(ld.openingHoursSpecification[0].dayOfWeek).not.toContain('https://schema.org/Monday');
    expect(ld.geo.latitude).toBeCloseTo(30.21239, 4);
  });

  it('lists a walk’s stops in order as the trip’s itinerary', () => {
    const ld = JSON.parse(jsonLdBlocks(page('walks/deshou-fangxiang/'))[0]);
    expect(ld['@type']).toBe('TouristTrip');
    expect(ld.itinerary.itemListElement.map((i: { item: { url: string } }) => i.item.url)).toEqual(
      ['gulou', 'fangxiang-lane-shiwukui', 'fangxiang-taimiao-site', 'hu-xueyan', 'deshou-museum'].map(
        (id) => `${SITE}places/${id}/`,
      ),
    );
  });

  it('shows the content as HTML: title, text, hours, readable citations, position and the map link', () => {
    const html = page('en/places/imperial-city-guanyao-museum/');
    expect(html).toContain('<h1>Hangzhou Southern Song Guan Kiln Museum (Jiaotanxia kiln site)</h1>');
    expect(html).toContain('<dt>Opening hours</dt>');
    expect(html).toMatch(/<cite>新浪博客 · 南宋官窑博物馆[^<]*· 2007<\/cite>/);
    expect(html).toContain('30.21239° N, 120.14916° E');
    expect(html).toContain('href="../../../#lang=en&amp;place=imperial-city-guanyao-museum"');
    expect(html).toContain('<html lang="en">');
    expect(html).not.toMatch(/<script(?![^>]*(type="application\/ld\+json"|src=))/);
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('writes Traditional text with the reviewed historical names, and HK pages only where they differ', () => {
    const tw = page('zh-Hant/places/deshou-museum/');
    expect(tw).toContain('<html lang="zh-Hant-TW">');
    // Cited titles stay as published; everything the page itself says is Traditional.
    const own = tw.replace(/<cite>[^<]*<\/cite>/g, '').replace(/"citation":\[[^\]]*\]/, '');
    expect(own).toContain('德壽宮');
    expect(own).not.toMatch(/德寿宫|遗址|北纬/);
    expect(own).toContain('北緯');
    expect(page('zh-Hant/places/gulou/')).toContain('清河坊');
    const hasHk = [...out.files.keys()].filter((p) => p.startsWith('zh-Hant-HK/'));
    const hasTw = [...out.files.keys()].filter((p) => p.startsWith('zh-Hant/'));
    expect(hasHk.length).toBeGreaterThan(0);
    expect(hasHk.length).toBeLessThan(hasTw.length);
    for (const p of hasHk)
      expect(out.files.get(p)).not.toBe(out.files.get(p.replace('zh-Hant-HK/', 'zh-Hant/')));
  });

  it('lists every page in the sitemap with every language version as an alternate', () => {
    const xml = out.files.get('sitemap.xml')!;
    for (const p of out.pages) {
      const url = `${SITE}${p.path}`;
      expect(xml).toContain(`<loc>${url}</loc>`);
    }
    const entry = xml.split('<url>').find((u) => u.includes(`<loc>${SITE}en/places/gulou/</loc>`))!;
    for (const lang of ['zh-Hans', 'en', 'zh-Hant', 'x-default'])
      expect(entry).toContain(`hreflang="${lang}"`);
    expect(xml.match(/<url>/g)!.length).toBe(out.pages.length + 1);
  });

  it('feeds every event into the Atom feed', () => {
    const atom = out.files.get('events.atom')!;
    expect(atom.match(/<entry>/g)!.length).toBe(feed.events.length);
    expect(atom).toContain('<updated>2026-11-01T00:00:00.000Z</updated>');
    expect(atom).toContain(`<id>${SITE}events/dongpo-five-flavours/</id>`);
  });
});

describe('the structured-data checker', () => {
  it('names a missing required property and a bad enumeration value', () => {
    const [f] = checkJsonLd(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'Event',
        name: 'x',
        eventStatus: 'Scheduled',
        location: { '@type': 'Place', name: 'y' },
      }),
    );
    expect(f.missingRequired).toEqual(['startDate', 'location.address']);
    expect(f.invalid).toEqual(['eventStatus: Scheduled']);
  });

  it('refuses bad JSON, another context and an untyped block', () => {
    expect(() => checkJsonLd('{')).toThrow();
    expect(() => checkJsonLd('{"@context":"http://example.org","@type":"Event"}')).toThrow();
    expect(() => checkJsonLd('{"@context":"https://schema.org","@type":"Thing"}')).toThrow();
  });
});
