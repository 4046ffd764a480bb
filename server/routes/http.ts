/**
 * What every route module shares: the service's context (stores, feed, geodata), body parsing into the
 * API's `validation` error, role checks, and the conditional GET of the public feed.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyCompressOptions } from '@fastify/compress';
import { constants as zlibConstants } from 'node:zlib';
import * as v from 'valibot';
import type { Config } from '../base/config.ts';
import type { Db } from '../db/db.ts';
import type { FeedCache } from '../feed/feed-cache.ts';
import type { Encoding, ResponseCache, Response as KeptResponse } from '../feed/response-cache.ts';
import type { Geodata } from '../base/geodata.ts';
import type { Stores } from '../store/index.ts';
import type { Clock } from '../../src/data/clock.ts';
import { etagOf } from '../base/security.ts';
import { ApiError, invalid, notFound } from '../base/errors.ts';
import { issuesOf } from '../../src/data/issues.ts';
import { CSRF_COOKIE, SESSION_COOKIE, cookie } from '../base/security.ts';
import type { Role, User } from '../../src/api/contract.ts';
import { ID_PATTERN, MAX_ID_LENGTH } from '../../src/data/ids.ts';

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null;
    csrf: string | null;
  }
}

/** Handed to every route plugin by app.ts. */
export interface Service {
  config: Pick<Config, 'cookieSecure' | 'trustProxy' | 'samples' | 'log' | 'distDir'>;
  db: Db;
  geodata: Geodata;
  stores: Stores;
  feed: FeedCache;
  clock: Clock;
  /** Waits `ms` (the sign-in delay); tests pass one that only records. */
  sleep: (ms: number) => Promise<void>;
}

export const IdParam = v.pipe(v.string(), v.regex(ID_PATTERN), v.maxLength(MAX_ID_LENGTH));

/** The body as the schema's output, or a 422 `validation` error with one message per field path. */
export function parse<S extends v.GenericSchema>(schema: S, body: unknown): v.InferOutput<S> {
  const r = v.safeParse(schema, body);
  if (r.success) return r.output;
  throw invalid(issuesOf(r.issues));
}

export const numericId = (s: string) => {
  if (!/^\d{1,9}$/.test(s)) throw notFound();
  return Number(s);
};

/** The signed-in user when their role is one of `roles`; else 401 or 403. */
export function need(req: FastifyRequest, ...roles: Role[]): User {
  if (!req.user) throw new ApiError(401, 'unauthenticated', 'Sign in first.');
  if (!roles.includes(req.user.role)) throw new ApiError(403, 'forbidden', 'Your role may not do this.');
  return req.user;
}

const secure = (service: Service, req: FastifyRequest) =>
  service.config.cookieSecure || (service.config.trustProxy !== false && req.protocol === 'https');

/** Sets the session cookie (`null` clears it); with `csrf`, the signed-out CSRF cookie too. */
export function sessionCookies(
  service: Service,
  reply: FastifyReply,
  req: FastifyRequest,
  token: string | null,
  csrf?: string,
) {
  const s = secure(service, req);
  reply.header('set-cookie', [
    token === null
      ? cookie(SESSION_COOKIE, '', { secure: s, maxAgeS: 0 })
      : cookie(SESSION_COOKIE, token, { secure: s }),
    ...(csrf === undefined ? [] : [cookie(CSRF_COOKIE, csrf, { secure: s })]),
  ]);
}

/** Sets only the CSRF cookie of a visitor without a session. */
export function csrfCookie(service: Service, reply: FastifyReply, req: FastifyRequest, csrf: string) {
  reply.header('set-cookie', [cookie(CSRF_COOKIE, csrf, { secure: secure(service, req) })]);
}

/**
 * The validator a feed response carries: weak (`W/"…"`), because the same body goes out gzip-, brotli- or
 * un-encoded (`Vary: Accept-Encoding`), and a strong ETag would have to differ per encoding. The tag is the
 * hash of the uncompressed body, so every encoding of one body shares it.
 */
export const weakEtag = (etag: string) => (etag.startsWith('W/') ? etag : `W/${etag}`);

/** If-None-Match by weak comparison (RFC 9110 §8.8.3.2): `W/"x"` and `"x"` both match `W/"x"`. */
const matches = (header: string, etag: string) =>
  header.split(',').some((x) => {
    const t = x.trim();
    return t === '*' || weakEtag(t) === etag;
  });

function conditional(req: FastifyRequest, reply: FastifyReply, etag: string, modified: number): boolean {
  reply
    .header('etag', etag)
    .header('last-modified', new Date(modified).toUTCString())
    .header('cache-control', 'no-cache')
    .header('vary', 'accept-encoding');
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) return matches(inm, etag);
  const ims = req.headers['if-modified-since'];
  return ims !== undefined && Date.parse(ims) >= modified;
}

/**
 * A body with a weak ETag and Last-Modified, or 304 when the client's copy is current. The route compresses
 * the body when the client accepts it (FEED_COMPRESSION).
 */
export function sendCached(
  req: FastifyRequest,
  reply: FastifyReply,
  body: string,
  type: string,
  modified: number,
  etag?: string,
) {
  const tag = weakEtag(etag ?? etagOf(body));
  if (conditional(req, reply, tag, modified)) return reply.code(304).send();
  return reply.type(type).send(body);
}

/** The encoding a kept feed response goes out in: brotli, else gzip, by the client's Accept-Encoding (q > 0). */
export function acceptedEncoding(header: string | undefined): Encoding | undefined {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const qv = params.map((x) => x.trim()).find((x) => x.startsWith('q='));
    q.set(name, qv ? Number(qv.slice(2)) || 0 : 1);
  }
  const ok = (e: string) => (q.get(e) ?? q.get('*') ?? 0) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : undefined;
}

/**
 * A kept response (feed/response-cache.ts) with its weak ETag and Last-Modified, or 304; compressed once per
 * body and encoding, so @fastify/compress (which leaves an encoded body alone) does no work per request.
 */
export async function sendKept(
  req: FastifyRequest,
  reply: FastifyReply,
  cache: ResponseCache,
  key: string,
  r: KeptResponse,
  type: string,
) {
  if (conditional(req, reply, weakEtag(r.etag), r.modified)) return reply.code(304).send();
  const encoding =
    r.bytes < FEED_COMPRESSION.threshold ? undefined : acceptedEncoding(req.headers['accept-encoding']);
  if (!encoding) return reply.type(type).send(r.body);
  const body = await cache.encoded(key, r, encoding);
  return reply.type(type).header('content-encoding', encoding).send(body);
}

/**
 * How the feed routes compress (@fastify/compress): brotli or gzip by the client's Accept-Encoding, bodies
 * from 1 KiB. Brotli at quality 4, not the library's 11, which costs about 10× the CPU for a few per cent.
 */
export const FEED_COMPRESSION = {
  encodings: ['br', 'gzip'],
  threshold: 1024,
  brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
} satisfies FastifyCompressOptions;
