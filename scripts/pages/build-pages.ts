/**
 * Builds every static page, the sitemap and the feed in memory from the compiled data (pure: the caller
 * writes the files). See scripts/pages.ts.
 */
import { pointOnFeature, bbox } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { AREA_IDS, type AreaId } from '../../src/data/areas.ts';
import { citation } from '../../src/places/citation.ts';
import type { Source } from '../../src/data/schema.ts';
import { hoursSpec } from '../../src/hours/opening-hours.ts';
import type { Feed, FeedEvent } from '../../src/listings/feed.ts';
import {
  PAGE_LANGS,
  HTML_LANG,
  hantVariant,
  pagePath,
  rootFrom,
  sourceLang,
  type PageKind,
  type PageLang,
} from './site.ts';
import { toHant } from './zh-hant.ts';
import { appWords, labels } from './labels.ts';
import { esc, facts, paragraphs, renderPage, type Alternate, type PageShell } from './render.ts';
import { areaLd, eventLd, placeLd, walkLd, type Geo } from './json-ld.ts';
import { checkJsonLd } from './check-structured-data.ts';
import { sitemap, type SitemapEntry } from './sitemap.ts';
import { atomFeed } from './atom.ts';
import { eventTitle } from '../../src/listings/event-text.ts';

type Props = Record<string, unknown>;

export interface PagesInput {
  site: string;
  places: FeatureCollection<Geometry, Props>;
  walks: FeatureCollection<Geometry, Props>;
  feed: Feed;
  /** When the listings last changed (epoch ms), for the feed. */
  stamp: number;
  /** Which kinds of page to build (default: all). The server renders only events, live. */
  kinds?: readonly PageKind[];
}

export interface PagesOutput {
  files: Map<string, string>;
  errors: string[];
  pageCount: number;
  counts: string;
  /** Every page: kind, id, language, path (for tests and the sitemap). */
  pages: { kind: PageKind; id: string; lang: PageLang; path: string }[];
}

/** A text field in a page language: `name` → name_en, name_zh, or name_zh converted to Traditional. */
function text(lang: PageLang, o: Props, key: string): string | undefined {
  const value = o[`${key}_${sourceLang(lang)}`];
  if (typeof value !== 'string') return undefined;
  const variant = hantVariant(lang);
  return variant ? toHant(value, variant) : value;
}

const geoOf = (f: Feature<Geometry>): Geo => {
  const [lon, lat] = pointOnFeature(f as never).geometry.coordinates;
  return { lat, lon };
};
const fmtCoord = (n: number) => n.toFixed(5);
const short = (s: string | undefined, n = 160) => {
  if (!s) return '';
  const first = s.split('\n')[0];
  return first.length > n ? `${first.slice(0, n - 1)}…` : first;
};

export async function buildPages(input: PagesInput): Promise<PagesOutput> {
  const { site } = input;
  const files = new Map<string, string>();
  const errors: string[] = [];
  const pages: PagesOutput['pages'] = [];
  const placeFeatures = input.places.features.filter((f) => f.properties.kind !== 'area');
  const areaFeatures = input.places.features.filter((f) => f.properties.kind === 'area');
  const byId = new Map(input.places.features.map((f) => [String(f.properties.id), f]));

  /** Languages a page exists in: HK only where its Hong Kong text differs from the Taiwan text. */
  const langsFor = (render: (lang: PageLang) => PageShell): Map<PageLang, PageShell> => {
    const out = new Map<PageLang, PageShell>();
    for (const lang of PAGE_LANGS) out.set(lang, render(lang));
    const tw = out.get('zh-Hant')!;
    const hk = out.get('zh-Hant-HK')!;
    if (hk.title === tw.title && hk.body === tw.body && hk.description === tw.description)
      out.delete('zh-Hant-HK');
    return out;
  };

  const emit = (
    kind: PageKind,
    id: string,
    render: (lang: PageLang, self: (l: PageLang) => string) => PageShell,
  ) => {
    const abs = (l: PageLang) => `${site}${pagePath(l, kind, id)}`;
    const shells = langsFor((lang) => render(lang, abs));
    const langs = [...shells.keys()];
    for (const [lang, shell] of shells) {
      const alternates: Alternate[] = langs.map((l) => ({
        lang: l,
        url: abs(l),
        href: `${rootFrom(lang)}${pagePath(l, kind, id)}`,
      }));
      const html = renderPage({ ...shell, alternates });
      const path = pagePath(lang, kind, id);
      try {
        for (const f of checkJsonLd(JSON.stringify(shell.jsonLd)))
          if (f.missingRequired.length || f.invalid.length)
            errors.push(
              `${path}: ${f.type}: missing ${f.missingRequired.join(', ')} ${f.invalid.join(', ')}`,
            );
      } catch (e) {
        errors.push(`${path}: ${(e as Error).message}`);
      }
      files.set(`${path}index.html`, html);
      pages.push({ kind, id, lang, path });
    }
  };

  const appLang = (lang: PageLang) => (lang === 'en' ? 'en' : 'zh');
  const sourcesHtml = (lang: PageLang, sources: Source[] | undefined) => {
    if (!sources?.length) return '';
    const l = labels(lang);
    const items = sources.map((s) => {
      const cite = esc(citation(s));
      return `          <li>${s.url ? `<cite>${cite}</cite> (<a href="${esc(s.url)}" rel="nofollow noopener">${esc(l.link)}</a>)` : `<cite>${cite}</cite>`}</li>`;
    });
    return `        <h2>${esc(l.sources)}</h2>\n        <ol class="sources">\n${items.join('\n')}\n        </ol>`;
  };

  const wanted = (k: PageKind) => !input.kinds || input.kinds.includes(k);

  // ── places ──────────────────────────────────────────────────────────────────────────────────────────
  for (const f of wanted('places') ? placeFeatures : []) {
    const p = f.properties;
    const id = String(p.id);
    const g = geoOf(f);
    emit('places', id, (lang, abs) => {
      const l = labels(lang);
      const w = appWords(lang);
      const name = text(lang, p, 'name') ?? id;
      const summary = text(lang, p, 'summary') ?? '';
      const kind = (w.kinds as Record<string, string>)[String(p.kind)] ?? '';
      const area = (w.areaNames as Record<string, string>)[String(p.area)];
      const body = [
        `        <p class="meta">${esc([kind, area].filter(Boolean).join(' · '))}</p>`,
        paragraphs(summary, 'lede'),
        paragraphs(text(lang, p, 'note')),
        facts([
          [l.period, text(lang, p, 'period')],
          [l.hours, text(lang, p, 'hours')],
          [l.tickets, text(lang, p, 'tickets')],
          [l.booking, text(lang, p, 'booking')],
          [l.access, text(lang, p, 'access')],
          [l.address, text(lang, p, 'address')],
          [l.position, l.coordinates(fmtCoord(g.lat), fmtCoord(g.lon))],
          [l.positionNote, text(lang, p, 'position')],
        ]),
        sourcesHtml(lang, p.sources as Source[] | undefined),
      ]
        .filter(Boolean)
        .join('\n');
      const url = abs(lang);
      const tickets = String(p.tickets_en ?? '');
      return {
        lang,
        title: name,
        description: short(summary),
        kindLabel: l.kindPlace,
        url,
        alternates: [],
        appHash: `#lang=${appLang(lang)}&place=${id}`,
        jsonLd: placeLd({
          url,
          name,
          description: summary,
          kind: String(p.kind),
          geo: g,
          address: text(lang, p, 'address'),
          hours: hoursSpec(p as { opening_hours?: string; last_entry_min?: number }),
          free: /^free\b/i.test(tickets) ? true : undefined,
          lang: HTML_LANG[lang],
          citations: ((p.sources as Source[] | undefined) ?? []).map(citation),
        }),
        body,
      };
    });
  }

  // ── walks ───────────────────────────────────────────────────────────────────────────────────────────
  for (const f of wanted('walks') ? input.walks.features : []) {
    const p = f.properties;
    const id = String(p.id);
    const stopTexts = (p.stop_texts as Props[] | undefined) ?? [];
    emit('walks', id, (lang, abs) => {
      const l = labels(lang);
      const t = sourceLang(lang) === 'en';
      const name = text(lang, p, 'name') ?? id;
      const summary = text(lang, p, 'summary') ?? '';
      const stops = (p.stops as string[]).map((sid, i) => {
        const place = byId.get(sid);
        const pname = place ? (text(lang, place.properties, 'name') ?? sid) : sid;
        const st = stopTexts[i];
        return { sid, pname, st, place };
      });
      const km = Number(p.distance_m);
      const body = [
        paragraphs(text(lang, p, 'theme'), 'meta'),
        paragraphs(summary, 'lede'),
        facts([
          [
            l.distance,
            t
              ? km < 1000
                ? `${km} m`
                : `${(km / 1000).toFixed(1)} km`
              : km < 1000
                ? `${km} 米`
                : `${(km / 1000).toFixed(1)} 公里`,
          ],
          [l.duration, t ? `${p.duration_min} min` : `${p.duration_min} 分钟`],
          [l.stepFree, p.step_free ? '✓' : undefined],
        ]),
        `        <h2>${esc(l.stops)}</h2>\n        <ol class="stops">\n${stops
          .map(
            (s) =>
              `          <li><a href="${rootFrom(lang)}${pagePath(lang, 'places', s.sid)}">${esc(s.pname)}</a>${s.st ? `<p>${esc(text(lang, s.st, 'text') ?? '')}</p>` : ''}</li>`,
          )
          .join('\n')}\n        </ol>`,
      ].join('\n');
      const url = abs(lang);
      return {
        lang,
        title: name,
        description: short(summary),
        kindLabel: l.kindWalk,
        url,
        alternates: [],
        appHash: `#lang=${appLang(lang)}&walk=${id}`,
        jsonLd: walkLd({
          url,
          name,
          description: summary,
          lang: HTML_LANG[lang],
          durationMin: Number(p.duration_min),
          stops: stops
            .filter((s) => s.place)
            .map((s) => ({
              name: s.pname,
              url: `${site}${pagePath(lang, 'places', s.sid)}`,
              geo: geoOf(s.place!),
            })),
        }),
        body: body.replace(/\n{2,}/g, '\n'),
      };
    });
  }

  // ── areas ───────────────────────────────────────────────────────────────────────────────────────────
  for (const area of wanted('areas') ? AREA_IDS : []) {
    const inArea = input.places.features.filter((f) => f.properties.area === area);
    if (!inArea.length) continue;
    const outline = areaFeatures.find((f) => f.properties.area === area);
    const [w0, s0, e0, n0] = bbox({ type: 'FeatureCollection', features: inArea } as never);
    const centre: Geo = outline ? geoOf(outline) : { lat: (s0 + n0) / 2, lon: (w0 + e0) / 2 };
    const members = inArea.filter((f) => f.properties.kind !== 'area');
    emit('areas', area, (lang, abs) => {
      const l = labels(lang);
      const w = appWords(lang);
      const name = (w.areaNames as Record<AreaId, string>)[area];
      const summary = outline ? (text(lang, outline.properties, 'summary') ?? '') : '';
      const list = members.map((f) => ({
        id: String(f.properties.id),
        name: text(lang, f.properties, 'name') ?? String(f.properties.id),
      }));
      const body = [
        paragraphs(summary, 'lede'),
        `        <h2>${esc(l.placesHere)}</h2>\n        <ul class="places">\n${list
          .map(
            (m) =>
              `          <li><a href="${rootFrom(lang)}${pagePath(lang, 'places', m.id)}">${esc(m.name)}</a></li>`,
          )
          .join('\n')}\n        </ul>`,
        outline ? sourcesHtml(lang, outline.properties.sources as Source[] | undefined) : '',
      ]
        .filter(Boolean)
        .join('\n');
      const url = abs(lang);
      return {
        lang,
        title: name,
        description:
          short(summary) ||
          list
            .map((m) => m.name)
            .slice(0, 6)
            .join(lang === 'en' ? ', ' : '、'),
        kindLabel: l.kindArea,
        url,
        alternates: [],
        appHash: `#lang=${appLang(lang)}&layers=${area}`,
        jsonLd: areaLd({
          url,
          name,
          description: summary || name,
          lang: HTML_LANG[lang],
          geo: centre,
          places: list.map((m) => ({ name: m.name, url: `${site}${pagePath(lang, 'places', m.id)}` })),
        }),
        body,
      };
    });
  }

  // ── events ──────────────────────────────────────────────────────────────────────────────────────────
  for (const e of wanted('events') ? input.feed.events : []) emitEvent(e);
  function emitEvent(e: FeedEvent) {
    const ev = e as unknown as Props & FeedEvent;
    const venue = byId.get(String(ev.venue));
    const place = (ev.place ?? {}) as Props & { position?: [number, number] };
    const position = place.position ?? (venue ? [geoOf(venue).lon, geoOf(venue).lat] : undefined);
    if (!position) {
      errors.push(`events/${e.id}: no position`);
      return;
    }
    const occurrences = (ev.occurrences as { start: string; end?: string }[]) ?? [];
    emit('events', e.id, (lang, abs) => {
      const l = labels(lang);
      const w = appWords(lang);
      const en = sourceLang(lang) === 'en';
      // English is optional for events: the Chinese title, marked as such, and the Chinese description.
      const name = text(lang, ev, 'title') ?? (en ? eventTitle(e, 'en') : e.id);
      const description = text(lang, ev, 'description') ?? (en ? e.description_zh : '');
      const venueName =
        text(lang, place, 'name') ?? (venue ? text(lang, venue.properties, 'name') : undefined) ?? '';
      const venueAddress = venue ? text(lang, venue.properties, 'address') : undefined;
      const organizer = text(lang, (ev.organizer ?? {}) as Props, 'name') ?? '';
      const price = ev.free
        ? l.free
        : typeof ev.price_cny === 'number'
          ? l.priceCny(ev.price_cny)
          : l.priceUnknown;
      const status =
        ev.status === 'cancelled' ? l.cancelled : ev.status === 'postponed' ? l.postponed : undefined;
      const when = (o: { start: string; end?: string }) => {
        const d = o.start.slice(0, 10);
        const s = o.start.slice(11, 16);
        const endDay = o.end?.slice(0, 10);
        const end = o.end ? (endDay === d ? o.end.slice(11, 16) : `${endDay} ${o.end.slice(11, 16)}`) : '';
        return `${d} ${s}${end ? `–${end}` : ''}`;
      };
      const body = [
        status ? `        <p class="status">${esc(status)}</p>` : '',
        `        <p class="meta">${esc((w.categories as Record<string, string>)[String(ev.category)] ?? '')}</p>`,
        paragraphs(description, 'lede'),
        facts([
          [l.venue, [venueName, venueAddress].filter(Boolean).join(en ? ', ' : '，')],
          [l.price, price],
          [l.organizer, organizer],
          [l.access, text(lang, ev, 'accessibility')],
          [l.position, l.coordinates(fmtCoord(position[1]), fmtCoord(position[0]))],
        ]),
        `        <h2>${esc(l.dates)}</h2>\n        <ul class="dates">\n${occurrences
          .map((o) => `          <li><time datetime="${esc(o.start)}">${esc(when(o))}</time></li>`)
          .join('\n')}\n        </ul>`,
      ]
        .filter(Boolean)
        .join('\n');
      const url = abs(lang);
      const first = occurrences[0]?.start.slice(0, 16) ?? String(ev.start);
      return {
        lang,
        title: name,
        description: short(
          description
            .split('\n')
            .slice(ev.sample ? 1 : 0)
            .join('\n') || description,
        ),
        kindLabel: l.kindEvent,
        url,
        alternates: [],
        appHash: `#lang=${appLang(lang)}&event=${e.id}@${first}`,
        occurrences: occurrences.map((o) => `${o.start}|${o.end ?? o.start}`),
        noindex: Boolean(ev.sample),
        jsonLd: eventLd({
          url,
          name,
          description,
          lang: HTML_LANG[lang],
          status: String(ev.status ?? 'scheduled'),
          free: Boolean(ev.free),
          priceCny: typeof ev.price_cny === 'number' ? ev.price_cny : undefined,
          organizer,
          venue: { name: venueName, address: venueAddress, geo: { lat: position[1], lon: position[0] } },
          occurrences,
        }),
        body,
      };
    });
  }

  // ── sitemap and feed ────────────────────────────────────────────────────────────────────────────────
  const groups = new Map<string, SitemapEntry>();
  for (const pg of pages) {
    const key = `${pg.kind}/${pg.id}`;
    const entry = groups.get(key) ?? { alternates: [] };
    entry.alternates.push({ lang: pg.lang, url: `${site}${pg.path}` });
    groups.set(key, entry);
  }
  files.set('sitemap.xml', sitemap(site, [...groups.values()]));
  files.set('events.atom', atomFeed(site, input.feed, input.stamp));
  const count = (k: PageKind) => new Set(pages.filter((p) => p.kind === k).map((p) => p.id)).size;
  return {
    files,
    errors,
    pages,
    pageCount: pages.length,
    counts: `${count('places')} places, ${count('walks')} walks, ${count('areas')} areas, ${count('events')} events`,
  };
}
