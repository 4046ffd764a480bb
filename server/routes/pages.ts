/**
 * Event pages rendered live: /events/<id>/ (and /en/…, /zh-Hant/…, /zh-Hant-HK/…) from the service's current
 * feed, so an event approved after the build has its page at once and a cancelled one says so. The same
 * renderer as the static build (scripts/pages/). An id the feed does not know falls through to the built
 * files (and from there to the app). Places, walks and areas are the build's pages (dist/), served as files.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { FeatureCollection, Geometry } from 'geojson';
import { buildPages } from '../../scripts/pages/build-pages.ts';
import { PAGE_LANGS, pagePath, siteUrl, type PageLang } from '../../scripts/pages/site.ts';
import type { Service } from './http.ts';

type Props = Record<string, unknown>;

export const pageRoutes: FastifyPluginAsync<Service> = async (app, { feed, geodata }) => {
  const places = { type: 'FeatureCollection', features: geodata.places } as unknown as FeatureCollection<
    Geometry,
    Props
  >;
  const walks: FeatureCollection<Geometry, Props> = { type: 'FeatureCollection', features: [] };
  // Rendered pages of the current feed version; emptied when the feed changes.
  let cache: { etag: string; pages: Map<string, string> } = { etag: '', pages: new Map() };

  const handler = (lang: PageLang) => async (req: FastifyRequest, reply: FastifyReply) => {
    const { id } = req.params as { id: string };
    const c = await feed.get();
    if (cache.etag !== c.etag) cache = { etag: c.etag, pages: new Map() };
    const path = `${pagePath(lang, 'events', id)}index.html`;
    let html = cache.pages.get(path);
    if (html === undefined) {
      const event = c.feed.events.find((e) => e.id === id);
      if (!event) return reply.callNotFound();
      const site = process.env.SITE_URL ? siteUrl() : `${req.protocol}://${req.host}/`;
      const out = await buildPages({
        site,
        places,
        walks,
        feed: { ...c.feed, events: [event] },
        stamp: c.generated,
        kinds: ['events'],
      });
      for (const [p, body] of out.files) if (p.endsWith('index.html')) cache.pages.set(p, body);
      html = cache.pages.get(path);
      // A Hong Kong page exists only where it reads differently from the Taiwan one.
      if (html === undefined) return reply.callNotFound();
    }
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
  };

  for (const lang of PAGE_LANGS) {
    const prefix = lang === 'zh' ? '' : `/${lang}`;
    app.get(`${prefix}/events/:id`, handler(lang));
    app.get(`${prefix}/events/:id/`, handler(lang));
  }
};
