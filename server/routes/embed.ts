/**
 * GET /embed/events?organization=<id>&lang=zh|en&limit=N&accent=RRGGBB: an organization's upcoming approved
 * occurrences as a page any website may put in an <iframe> (feed/embed-page.ts renders it). The window starts
 * at the service's clock. No session is read and no cookie is set (the route is not under /api/, so the
 * session hook skips it); its answers carry `embedHeaders` instead of the service's unframeable ones, the
 * only route that does (app.ts, onSend). A wrong address is a 400 page, an unknown organization a 404 page,
 * both framed like the listing so the organizer sees the problem where the listing would be.
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { EMBED_PATH, embedHeaders } from '../base/security.ts';
import { filterFeed, withDefaultWindow } from '../feed/feed-filter.ts';
import { renderEmbed, renderEmbedProblem, type EmbedItem, type EmbedPage } from '../feed/embed-page.ts';
import type { TextLang as Lang } from '../../src/i18n/lang.ts';
import { siteUrl } from '../../scripts/pages/site.ts';
import type { Service } from './http.ts';

/** Occurrences listed when the address gives no `limit`, and the most it may ask for. */
export const EMBED_DEFAULT_LIMIT = 10;
export const EMBED_MAX_LIMIT = 50;

const KNOWN = new Set(['organization', 'lang', 'limit', 'accent']);

type Parsed =
  | { ok: true; lang: Lang; organization: number; limit: number; accent?: string }
  | { ok: false; lang: Lang; bad: string };

function parse(query: Record<string, unknown>): Parsed {
  const lang: Lang = query.lang === 'en' ? 'en' : 'zh';
  const bad = (m: string): Parsed => ({ ok: false, lang, bad: m });
  const unknown = Object.keys(query).filter((k) => !KNOWN.has(k));
  if (unknown.length) return bad(`unknown parameter ${unknown.join(', ')}`);
  if (query.lang !== undefined && query.lang !== 'zh' && query.lang !== 'en') return bad('lang: zh or en');
  const { organization, limit, accent } = query;
  if (typeof organization !== 'string' || !/^\d{1,9}$/.test(organization))
    return bad('organization: the number in your embed code');
  if (
    limit !== undefined &&
    (typeof limit !== 'string' || !/^\d{1,3}$/.test(limit) || +limit < 1 || +limit > EMBED_MAX_LIMIT)
  )
    return bad(`limit: a whole number from 1 to ${EMBED_MAX_LIMIT}`);
  if (
    accent !== undefined &&
    (typeof accent !== 'string' || !/^(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(accent))
  )
    return bad('accent: a colour as 3 or 6 hex digits, without #');
  return {
    ok: true,
    lang,
    organization: Number(organization),
    limit: limit === undefined ? EMBED_DEFAULT_LIMIT : Number(limit),
    ...(accent === undefined ? {} : { accent: accent.toLowerCase() }),
  };
}

export const embedRoutes: FastifyPluginAsync<Service> = async (app, { feed, stores }) => {
  const send = (reply: FastifyReply, status: number, p: EmbedPage) => {
    for (const [k, v] of Object.entries(embedHeaders(p.css))) reply.header(k, v);
    return reply
      .code(status)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(p.html);
  };

  app.get(EMBED_PATH, async (req, reply) => {
    const q = parse(req.query as Record<string, unknown>);
    if (!q.ok) return send(reply, 400, renderEmbedProblem(q.lang, { bad: q.bad }));
    const organization = await stores.people.organization(q.organization);
    if (!organization) return send(reply, 404, renderEmbedProblem(q.lang, 'not_found'));
    const ids = new Set(await stores.events.publishedIdsOf(organization.id));
    const c = await feed.get();
    const now = feed.now();
    const window = filterFeed(c.feed, withDefaultWindow(undefined, now));
    const items: EmbedItem[] = window.events
      .filter((e) => ids.has(e.id))
      .flatMap((event) => event.occurrences.map((occurrence) => ({ event, occurrence })))
      .sort(
        (a, b) =>
          Date.parse(a.occurrence.start) - Date.parse(b.occurrence.start) ||
          a.event.id.localeCompare(b.event.id),
      )
      .slice(0, q.limit);
    const site = process.env.SITE_URL ? siteUrl() : `${req.protocol}://${req.host}/`;
    return send(
      reply,
      200,
      renderEmbed({
        lang: q.lang,
        organization,
        items,
        now,
        site,
        ...(q.accent ? { accent: q.accent } : {}),
      }),
    );
  });
};
