/**
 * The HTTP service: the API of API.md and the built front end, on Fastify. Order of checks on a request:
 * body size and JSON (Fastify's parser, limits in the API contract) → session from the cookie → CSRF for
 * every non-GET → role → body schema (field-level errors) → the store. The routes live in routes/, one
 * Fastify plugin per resource; this file holds what applies to all of them.
 */
import Fastify, {
  type FastifyHttpOptions,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { Server } from 'node:http';
import compress from '@fastify/compress';
import type { Db } from './db/db.ts';
import { openStores } from './store/index.ts';
import { systemClock, type Clock } from '../src/data/clock.ts';
import { FeedCache } from './feed/feed-cache.ts';
import type { Geodata } from './base/geodata.ts';
import { ApiError, storageFullMessage } from './base/errors.ts';
import {
  CSRF_COOKIE,
  EMBED_PATH,
  SECURITY_HEADERS,
  SESSION_COOKIE,
  parseCookies,
  redactUrl,
  requestPath,
} from './base/security.ts';
import { loadStatic } from './base/static-files.ts';
import { BODY_LIMIT, type ErrorBody } from '../src/api/contract.ts';
import type { FieldIssues } from '../src/data/issues.ts';
import type { Service } from './routes/http.ts';
import { adminRoutes } from './routes/admin.ts';
import { authRoutes } from './routes/auth.ts';
import { eventRoutes } from './routes/events.ts';
import { feedRoutes } from './routes/feed.ts';
import { moderationRoutes } from './routes/moderation.ts';
import { venueRoutes } from './routes/venues.ts';
import { pageRoutes } from './routes/pages.ts';
import { embedRoutes } from './routes/embed.ts';

export interface AppOptions {
  config: Service['config'];
  db: Db;
  geodata: Geodata;
  /** The service's one clock (sessions, invitations, rate limits, the feed's default window, audit). */
  clock?: Clock;
  /** Where the request log goes when `config.log` is on (default: standard output). */
  logStream?: NodeJS.WritableStream;
  /** How the sign-in delay waits (default: a timer). */
  sleep?: (ms: number) => Promise<void>;
}

/** A 422's `fields` (English, for people reading the raw answer) and `codes` (for programs). */
function fieldsBody(fields: FieldIssues): Pick<ErrorBody, 'fields' | 'codes'> {
  const entries = Object.entries(fields);
  return {
    fields: Object.fromEntries(entries.map(([k, i]) => [k, i.message])),
    codes: Object.fromEntries(
      entries.map(([k, i]) => [
        k,
        i.limit === undefined ? { code: i.code } : { code: i.code, limit: i.limit },
      ]),
    ),
  };
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, db, geodata } = options;
  const clock = options.clock ?? systemClock;
  const stores = openStores(db, clock);
  // Backfill: approved events without stored occurrences (a database from before migration 004) get them.
  await stores.events.syncOccurrences();
  const feed = new FeedCache(stores.events, geodata, {
    samples: config.samples,
    clock,
    venues: stores.venues,
  });
  const files = loadStatic(config.distDir);

  const fastifyOptions: FastifyHttpOptions<Server> = {
    logger: config.log
      ? {
          level: 'info',
          ...(options.logStream ? { stream: options.logStream } : {}),
          // The default serializer logs the URL as sent; invitation tokens must not reach the log.
          serializers: {
            req: (req: FastifyRequest) => ({ method: req.method, url: redactUrl(req.url), ip: req.ip }),
          },
        }
      : false,
    bodyLimit: BODY_LIMIT,
    // false, a hop count or proxy addresses (config.ts); never `true`, which believes any X-Forwarded-For.
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (
            (hops: number) => (_address: string, hop: number) =>
              hop < hops
          )(config.trustProxy)
        : config.trustProxy,
    // Event ids are kebab-case; nothing else needs long URLs.
    routerOptions: { maxParamLength: 200 },
    // A URL the router cannot decode (malformed percent-encoding): a 400 in the API's shape, with the
    // security headers (this answer does not pass the onSend hook).
    frameworkErrors: (error, _req, raw) => {
      const reply = raw as FastifyReply;
      for (const [k, val] of Object.entries(SECURITY_HEADERS)) reply.header(k, val);
      const status = error.statusCode ?? 400;
      void reply
        .code(status)
        .header('cache-control', 'no-store')
        .send({ error: status === 400 ? 'bad_request' : 'internal', message: 'Malformed request URL.' });
    },
  };
  const app = Fastify(fastifyOptions);

  /**
   * Whether a request is for the API, judged by the route it matched or else its decoded path. Trap: the
   * router decodes percent-encoding, so `/%61pi/auth/login` runs the `/api/auth/login` route while
   * `req.url` does not start with `/api/`; a check on the raw URL would skip session and CSRF.
   */
  const isApi = (req: FastifyRequest) => (req.routeOptions.url ?? requestPath(req.url)).startsWith('/api/');
  app.decorateRequest('user', null);
  app.decorateRequest('csrf', null);

  app.addHook('onSend', async (req, reply, payload) => {
    // The one exception: an answer of the embed route that set its own frameable headers (embedHeaders);
    // anything else on that route (an error thrown past it) gets the usual ones and cannot be framed.
    const embed = req.routeOptions.url === EMBED_PATH && reply.hasHeader('content-security-policy');
    if (!embed) for (const [k, val] of Object.entries(SECURITY_HEADERS)) reply.header(k, val);
    if (isApi(req) && !reply.getHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, req, reply) => {
    if (error instanceof ApiError)
      return reply.code(error.status).send({
        error: error.code,
        message: error.message,
        ...(error.fields ? fieldsBody(error.fields) : {}),
        ...error.extra,
      });
    const status = error.statusCode ?? 500;
    if (status === 413)
      return reply.code(413).send({ error: 'payload_too_large', message: 'The request body is too large.' });
    if (status === 415)
      return reply.code(415).send({ error: 'unsupported_media_type', message: 'Send application/json.' });
    if (status === 400 && error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
      return reply.code(400).send({ error: 'bad_request', message: 'The JSON body is empty.' });
    if (
      status === 400 &&
      (error instanceof SyntaxError || /JSON/i.test(error.code ?? '') || /JSON/.test(error.message))
    )
      return reply.code(400).send({ error: 'invalid_json', message: 'The body is not valid JSON.' });
    if (status >= 400 && status < 500)
      return reply.code(status).send({ error: 'bad_request', message: error.message });
    const full = storageFullMessage(error);
    if (full) {
      req.log.error({ code: error.code }, full);
      return reply.code(503).header('retry-after', '300').send({
        error: 'storage_full',
        message: 'The server’s storage is full; nothing was saved. Try again later.',
      });
    }
    req.log.error(error);
    return reply.code(500).send({ error: 'internal', message: 'Something went wrong on the server.' });
  });

  app.setNotFoundHandler((req, reply) => {
    if (isApi(req) || (req.method !== 'GET' && req.method !== 'HEAD'))
      return reply.code(404).send({ error: 'not_found', message: 'Not found.' });
    return serveFile(req, reply);
  });

  // ── session and CSRF, for every /api request ────────────────────────────────────────────────────────
  app.addHook('preHandler', async (req) => {
    if (!isApi(req)) return;
    const cookies = parseCookies(req.headers.cookie);
    const token = cookies.get(SESSION_COOKIE);
    const session = token ? await stores.sessions.get(token) : undefined;
    req.user = session?.user ?? null;
    req.csrf = session?.csrf ?? cookies.get(CSRF_COOKIE) ?? null;
    if (req.method === 'GET' || req.method === 'HEAD') return;
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `${req.protocol}://${req.host}`)
      throw new ApiError(403, 'csrf', 'Cross-origin request refused.');
    const sent = req.headers['x-csrf-token'];
    if (!req.csrf || typeof sent !== 'string' || sent !== req.csrf)
      throw new ApiError(403, 'csrf', 'Missing or wrong X-CSRF-Token.');
  });

  const service: Service = {
    config,
    db,
    geodata,
    stores,
    feed,
    clock,
    sleep: options.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms))),
  };
  // Compression is opt-in per route (the feed routes, routes/feed.ts): the front end's files are served
  // pre-compressed by serveFile, and no request body is ever decompressed (bodies stay under BODY_LIMIT as
  // sent).
  await app.register(compress, { global: false, globalDecompression: false });
  app.get('/api/health', async () => ({ ok: true, db: db.kind }));
  await app.register(feedRoutes, service);
  await app.register(authRoutes, service);
  await app.register(eventRoutes, service);
  await app.register(moderationRoutes, service);
  await app.register(adminRoutes, service);
  await app.register(venueRoutes, service);
  await app.register(pageRoutes, service);
  await app.register(embedRoutes, service);

  // ── the front end ────────────────────────────────────────────────────────────────────────────────────

  function serveFile(req: FastifyRequest, reply: FastifyReply) {
    const path = req.url.split('?')[0];
    // A static page (/places/gulou or /places/gulou/) is its folder's index.html.
    let file =
      files.get(path === '/' ? '/index.html' : path) ??
      files.get(path.endsWith('/') ? `${path}index.html` : `${path}/index.html`);
    // A navigation to an app path without a file (no extension) gets the app, like vite preview.
    if (!file && !/\.[a-z0-9]+$/i.test(path) && (req.headers.accept ?? '').includes('text/html'))
      file = files.get('/index.html');
    if (!file) {
      if (!files.size)
        return reply
          .code(503)
          .type('text/plain; charset=utf-8')
          .send('The front end is not built: run npm run build.');
      return reply.code(404).type('text/plain; charset=utf-8').send('Not found.');
    }
    reply.header('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    reply.header('etag', file.etag).header('vary', 'accept-encoding');
    if (req.headers['if-none-match'] === file.etag) return reply.code(304).send();
    reply.type(file.type);
    if (file.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')))
      return reply.header('content-encoding', 'gzip').send(file.gzip);
    return reply.send(file.body);
  }

  return app;
}
