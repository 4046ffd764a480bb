/**
 * The HTTP service: the API of API.md and the built front end, on Fastify. Order of checks on a request:
 * body size and JSON (Fastify's parser, limits below) → session from the cookie → CSRF for every non-GET
 * → role → body schema (field-level errors) → the store.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import * as v from 'valibot';
import type { Config } from './config.ts';
import type { Db } from './db/db.ts';
import { Store, ROLES, type Role, type User } from './store.ts';
import { FeedCache, etagOf as etagOfBody } from './feed-cache.ts';
import { filterFeed, parseFilter, withDefaultWindow } from './feed-filter.ts';
import { systemClock, type Clock } from '../src/data/clock.ts';
import type { Geodata } from './geodata.ts';
import { checkEvent } from './validate-event.ts';
import { ApiError, invalid, notFound } from './errors.ts';
import { DUMMY_HASH, hashPassword, randomToken, verifyPassword } from './passwords.ts';
import { FailureLimiter } from './rate-limit.ts';
import { CSRF_COOKIE, SECURITY_HEADERS, SESSION_COOKIE, cookie, parseCookies } from './security.ts';
import { loadStatic } from './static-files.ts';
import { eventsToIcs } from '../src/listings/ical.ts';
import { importIcs } from '../src/listings/ical-import.ts';
import { CATEGORIES, type ListingEvent } from '../src/listings/schema.ts';
import { venuesFromPlaces } from '../src/listings/venues.ts';
import { VenueStore } from './venue-store.ts';
import { venueRoutes } from './venue-routes.ts';

export const BODY_LIMIT = 64 * 1024;
export const ICS_BODY_LIMIT = 1.5 * 1024 * 1024;

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null;
    csrf: string | null;
  }
}

export interface AppOptions {
  config: Pick<Config, 'cookieSecure' | 'trustProxy' | 'samples' | 'log' | 'distDir'>;
  db: Db;
  geodata: Geodata;
  /** The service's one clock (sessions, invitations, rate limits, the feed's default window, audit). */
  clock?: Clock;
}

// ── body schemas ───────────────────────────────────────────────────────────────────────────────────────

const email = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(254),
  v.email('must be an e-mail address'),
);
const LoginBody = v.strictObject({
  email: v.pipe(v.string(), v.maxLength(254)),
  password: v.pipe(v.string(), v.maxLength(200)),
});
const AcceptBody = v.strictObject({
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(80, 'at most 80 characters')),
  password: v.pipe(
    v.string(),
    v.minLength(10, 'at least 10 characters'),
    v.maxLength(200, 'at most 200 characters'),
  ),
});
const EventBody = v.strictObject({
  event: v.unknown(),
  submit: v.optional(v.boolean()),
  revision: v.optional(v.pipe(v.number(), v.integer())),
});
const RevisionBody = v.strictObject({ revision: v.pipe(v.number(), v.integer()) });
const ModeratorEditBody = v.strictObject({ revision: v.pipe(v.number(), v.integer()), event: v.unknown() });
const RejectBody = v.strictObject({
  revision: v.pipe(v.number(), v.integer()),
  reason: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'give a reason'),
    v.maxLength(2000, 'at most 2000 characters'),
  ),
});
const EmptyBody = v.optional(v.strictObject({}));
const ImportBody = v.strictObject({
  ics: v.pipe(v.string(), v.minLength(1, 'required')),
  filename: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))),
  default_category: v.optional(v.picklist(CATEGORIES)),
  languages: v.optional(
    v.pipe(
      v.array(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag'))),
      v.minLength(1),
    ),
  ),
});
const text = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(max, `at most ${max} characters`));
const OrganizationBody = v.strictObject({
  name_zh: text(120),
  name_en: text(160),
  url: v.optional(v.pipe(v.string(), v.url('must be a URL'), v.regex(/^https?:\/\//, 'must be http(s)'))),
});
const InvitationBody = v.strictObject({
  email,
  role: v.picklist(ROLES),
  organization_id: v.optional(v.pipe(v.number(), v.integer())),
});
const UserPatchBody = v.strictObject({
  role: v.optional(v.picklist(ROLES)),
  disabled: v.optional(v.boolean()),
});
const IdParam = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(200));

function parse<S extends v.GenericSchema>(schema: S, body: unknown): v.InferOutput<S> {
  const r = v.safeParse(schema, body);
  if (r.success) return r.output;
  const fields: Record<string, string> = {};
  for (const issue of r.issues) {
    const path = v.getDotPath(issue) ?? 'body';
    fields[path] ??=
      issue.kind === 'schema' && issue.received === 'undefined'
        ? 'required'
        : issue.type === 'strict_object' && issue.expected === 'never'
          ? 'unknown field'
          : issue.message;
  }
  throw invalid(fields);
}

const numericId = (s: string) => {
  if (!/^\d{1,9}$/.test(s)) throw notFound();
  return Number(s);
};

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, db, geodata } = options;
  const clock = options.clock ?? systemClock;
  const store = new Store(db, clock);
  const venueStore = new VenueStore(db, clock);
  const feed = new FeedCache(store, geodata, {
    samples: config.samples,
    clock,
    venues: venueStore,
  });
  const files = loadStatic(config.distDir);
  const venues = venuesFromPlaces(geodata.places);
  const byEmail = new FailureLimiter(5, 15 * 60_000, clock);
  const byIp = new FailureLimiter(20, 15 * 60_000, clock);

  const app = Fastify({
    logger: config.log ? { level: 'info' } : false,
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    // Event ids are kebab-case; nothing else needs long URLs.
    routerOptions: { maxParamLength: 200 },
  });
  app.decorateRequest('user', null);
  app.decorateRequest('csrf', null);

  const secure = (req: FastifyRequest) =>
    config.cookieSecure || (config.trustProxy && req.protocol === 'https');

  app.addHook('onSend', async (req, reply, payload) => {
    for (const [k, val] of Object.entries(SECURITY_HEADERS)) reply.header(k, val);
    if (req.url.startsWith('/api/') && !reply.getHeader('cache-control'))
      reply.header('cache-control', 'no-store');
    return payload;
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, req, reply) => {
    if (error instanceof ApiError)
      return reply.code(error.status).send({
        error: error.code,
        message: error.message,
        ...(error.fields ? { fields: error.fields } : {}),
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
    req.log.error(error);
    return reply.code(500).send({ error: 'internal', message: 'Something went wrong on the server.' });
  });

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || (req.method !== 'GET' && req.method !== 'HEAD'))
      return reply.code(404).send({ error: 'not_found', message: 'Not found.' });
    return serveFile(req, reply);
  });

  // ── session and CSRF, for every /api request ────────────────────────────────────────────────────────
  app.addHook('preHandler', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const cookies = parseCookies(req.headers.cookie);
    const token = cookies.get(SESSION_COOKIE);
    const session = token ? await store.session(token) : undefined;
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

  function need(req: FastifyRequest, ...roles: Role[]): User {
    if (!req.user) throw new ApiError(401, 'unauthenticated', 'Sign in first.');
    if (!roles.includes(req.user.role)) throw new ApiError(403, 'forbidden', 'Your role may not do this.');
    return req.user;
  }

  /** An organizer's own event, or 404 (other organizations' events are not revealed). */
  async function ownEvent(user: User, id: string) {
    if (!v.is(IdParam, id) || (await store.eventOrganization(id)) !== user.organization?.id) throw notFound();
  }

  async function validEvent(json: unknown, id?: string): Promise<ListingEvent> {
    const known = new Map<string, ListingEvent>();
    const parentId =
      typeof json === 'object' && json && 'parent' in json ? (json as { parent: unknown }).parent : undefined;
    if (typeof parentId === 'string') {
      const p = await feed.known(parentId);
      if (p) known.set(p.id, p);
    }
    const venueIds = new Set([...geodata.placeIds, ...(await venueStore.active()).map((x) => x.id)]);
    const r = checkEvent(json, venueIds, (x) => known.get(x));
    if (!r.ok)
      throw invalid(
        Object.fromEntries(Object.entries(r.fields).map(([k, m]) => [k === '-' ? 'event' : k, m])),
      );
    if (id !== undefined && r.event.id !== id) throw invalid({ id: 'the id of an event cannot change' });
    return r.event;
  }

  function sessionCookies(reply: FastifyReply, req: FastifyRequest, token: string | null) {
    reply.header('set-cookie', [
      token === null
        ? cookie(SESSION_COOKIE, '', { secure: secure(req), maxAgeS: 0 })
        : cookie(SESSION_COOKIE, token, { secure: secure(req) }),
    ]);
  }

  // ── public ───────────────────────────────────────────────────────────────────────────────────────────

  app.get('/api/health', async () => ({ ok: true, db: db.kind }));
  app.get('/api/venues', async () => [
    ...venues.map((x) => ({ ...x, source: 'geodata' })),
    ...(await venueStore.active()).map((x) => ({ ...x, source: 'admin' })),
  ]);

  function conditional(req: FastifyRequest, reply: FastifyReply, etag: string, modified: number): boolean {
    reply
      .header('etag', etag)
      .header('last-modified', new Date(modified).toUTCString())
      .header('cache-control', 'no-cache');
    const inm = req.headers['if-none-match'];
    if (inm !== undefined) return inm.split(',').some((x) => x.trim() === etag || x.trim() === '*');
    const ims = req.headers['if-modified-since'];
    return ims !== undefined && Date.parse(ims) >= modified;
  }

  const JSON_TYPE = 'application/json; charset=utf-8';

  function sendCached(
    req: FastifyRequest,
    reply: FastifyReply,
    body: string,
    type: string,
    modified: number,
    etag?: string,
  ) {
    const tag = etag ?? etagOfBody(body);
    if (conditional(req, reply, tag, modified)) return reply.code(304).send();
    return reply.type(type).send(body);
  }

  // The default window (no `from`) starts at the service's clock and moves each minute: its body is cached
  // per minute, so a burst of readers costs one cut of the compiled feed.
  let windowCache: { key: string; body: string; etag: string; modified: number } | undefined;
  async function windowed(query: unknown) {
    const c = await feed.get();
    const asked = parseFilter(query as Record<string, unknown>);
    const minute = Math.floor(feed.now() / 60_000) * 60_000;
    const filter = withDefaultWindow(asked, minute);
    const modified = asked?.from === undefined ? Math.max(c.generated, minute) : c.generated;
    return { c, filter, modified, shared: !asked, key: `${c.etag}|${minute}` };
  }

  app.get('/api/events', async (req, reply) => {
    const { c, filter, modified, shared, key } = await windowed(req.query);
    if (shared && windowCache?.key === key)
      return sendCached(req, reply, windowCache.body, JSON_TYPE, windowCache.modified, windowCache.etag);
    const body = JSON.stringify(filterFeed(c.feed, filter));
    const etag = etagOfBody(body);
    if (shared) windowCache = { key, body, etag, modified };
    return sendCached(req, reply, body, JSON_TYPE, modified, etag);
  });

  app.get('/api/events.ics', async (req, reply) => {
    const { c, filter, modified } = await windowed(req.query);
    const body = eventsToIcs(
      filterFeed(c.feed, filter).events.map((e) => c.events.get(e.id)!),
      new Map([...venues, ...c.venues].map((x) => [x.id, x])),
      { now: c.generated },
    );
    return sendCached(req, reply, body, 'text/calendar; charset=utf-8', modified);
  });

  app.get<{ Params: { id: string } }>('/api/events/:id', async (req, reply) => {
    const c = await feed.get();
    const ics = req.params.id.endsWith('.ics');
    const id = ics ? req.params.id.slice(0, -4) : req.params.id;
    const event = c.feed.events.find((e) => e.id === id);
    if (!event) throw notFound();
    if (ics) return sendCached(req, reply, c.perEvent.get(id)!, 'text/calendar; charset=utf-8', c.generated);
    return sendCached(req, reply, JSON.stringify(event), 'application/json; charset=utf-8', c.generated);
  });

  // ── auth ─────────────────────────────────────────────────────────────────────────────────────────────

  app.get('/api/auth/session', async (req, reply) => {
    if (!req.user && !req.csrf) {
      req.csrf = randomToken();
      reply.header('set-cookie', [cookie(CSRF_COOKIE, req.csrf, { secure: secure(req) })]);
    }
    return { user: req.user, csrf: req.csrf };
  });

  app.post('/api/auth/login', async (req, reply) => {
    const body = parse(LoginBody, req.body);
    const key = body.email.trim().toLowerCase();
    const wait = Math.max(byEmail.retryAfter(key), byIp.retryAfter(req.ip));
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      throw new ApiError(429, 'rate_limited', 'Too many failed sign-ins; try again later.');
    }
    const found = await store.userByEmail(key);
    const ok = await verifyPassword(body.password, found?.password_hash ?? DUMMY_HASH);
    if (!found || !ok || found.disabled) {
      byEmail.fail(key);
      byIp.fail(req.ip);
      await store.logAudit(found?.id ?? null, 'user.login_failed', ['user', found?.id ?? null], {
        email: key,
        ip: req.ip,
      });
      throw new ApiError(401, 'invalid_credentials', 'Wrong e-mail or password.');
    }
    byEmail.clear(key);
    const session = await store.createSession(found.id);
    await store.logAudit(found.id, 'user.login', ['user', found.id], { ip: req.ip });
    sessionCookies(reply, req, session.token);
    const user: User = {
      id: found.id,
      email: found.email,
      name: found.name,
      role: found.role,
      organization: found.organization,
    };
    return { user, csrf: session.csrf };
  });

  app.post('/api/auth/logout', async (req, reply) => {
    const token = parseCookies(req.headers.cookie).get(SESSION_COOKIE);
    if (token) await store.deleteSession(token);
    if (req.user) await store.logAudit(req.user.id, 'user.logout', ['user', req.user.id]);
    const csrf = randomToken();
    reply.header('set-cookie', [
      cookie(SESSION_COOKIE, '', { secure: secure(req), maxAgeS: 0 }),
      cookie(CSRF_COOKIE, csrf, { secure: secure(req) }),
    ]);
    return { user: null, csrf };
  });

  // ── invitations ──────────────────────────────────────────────────────────────────────────────────────

  app.get<{ Params: { token: string } }>('/api/invitations/:token', async (req) => {
    const inv = /^[A-Za-z0-9_-]{20,100}$/.test(req.params.token)
      ? await store.invitationByToken(req.params.token)
      : undefined;
    if (!inv) throw notFound();
    return { email: inv.email, role: inv.role, organization: inv.organization, expires_at: inv.expires_at };
  });

  app.post<{ Params: { token: string } }>('/api/invitations/:token/accept', async (req, reply) => {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(req.params.token)) throw notFound();
    const body = parse(AcceptBody, req.body);
    if (!(await store.invitationByToken(req.params.token))) throw notFound();
    const r = await store.acceptInvitation(req.params.token, body.name, await hashPassword(body.password));
    sessionCookies(reply, req, r.token);
    return reply.code(201).send({ user: r.user, csrf: r.csrf });
  });

  // ── organizer ────────────────────────────────────────────────────────────────────────────────────────

  app.get('/api/my/events', async (req) => {
    const user = need(req, 'organizer');
    return store.eventRecords(user.organization!.id);
  });

  app.get<{ Params: { id: string } }>('/api/my/events/:id', async (req) => {
    const user = need(req, 'organizer');
    await ownEvent(user, req.params.id);
    return store.eventRecord(req.params.id);
  });

  app.post('/api/my/events', async (req, reply) => {
    const user = need(req, 'organizer');
    const body = parse(EventBody, req.body);
    const event = await validEvent(body.event);
    if (feed.reserved(event.id)) throw new ApiError(409, 'conflict', 'This id is taken.');
    return reply.code(201).send(await store.createEvent(user, event, body.submit ?? false));
  });

  app.put<{ Params: { id: string } }>('/api/my/events/:id', async (req) => {
    const user = need(req, 'organizer');
    await ownEvent(user, req.params.id);
    const body = parse(EventBody, req.body);
    const event = await validEvent(body.event, req.params.id);
    return store.saveEvent(user, event, { submit: body.submit ?? false, revision: body.revision });
  });

  app.post<{ Params: { id: string } }>('/api/my/events/:id/submit', async (req) => {
    const user = need(req, 'organizer');
    await ownEvent(user, req.params.id);
    parse(EmptyBody, req.body);
    return store.submitEvent(user, req.params.id);
  });

  app.delete<{ Params: { id: string } }>('/api/my/events/:id/draft', async (req, reply) => {
    const user = need(req, 'organizer');
    await ownEvent(user, req.params.id);
    const rec = await store.discardDraft(user, req.params.id);
    return rec ? rec : reply.code(204).send();
  });

  app.post('/api/my/import-ics', { bodyLimit: ICS_BODY_LIMIT }, async (req) => {
    const user = need(req, 'organizer');
    const body = parse(ImportBody, req.body);
    const o = user.organization!;
    return importIcs(body.ics, {
      venues: [...venues, ...(await venueStore.active())],
      organizer: { name_zh: o.name_zh, name_en: o.name_en, ...(o.url ? { url: o.url } : {}) },
      defaultCategory: body.default_category,
      languages: body.languages,
      source: { title: body.filename ?? 'iCalendar file from the organizer' },
    });
  });

  // ── moderation ───────────────────────────────────────────────────────────────────────────────────────

  app.get('/api/moderation/queue', async (req) => {
    need(req, 'moderator', 'admin');
    return store.queue();
  });

  app.get('/api/moderation/events', async (req) => {
    need(req, 'moderator', 'admin');
    return store.eventRecords();
  });

  app.get<{ Params: { id: string } }>('/api/moderation/events/:id', async (req) => {
    need(req, 'moderator', 'admin');
    const rec = v.is(IdParam, req.params.id) ? await store.eventRecord(req.params.id) : undefined;
    if (!rec) throw notFound();
    return rec;
  });

  app.put<{ Params: { id: string } }>('/api/moderation/events/:id', async (req) => {
    const user = need(req, 'moderator', 'admin');
    if (!v.is(IdParam, req.params.id)) throw notFound();
    const body = parse(ModeratorEditBody, req.body);
    const event = await validEvent(body.event, req.params.id);
    return store.saveEvent(user, event, { submit: false, revision: body.revision, asModerator: true });
  });

  app.post<{ Params: { id: string } }>('/api/moderation/events/:id/approve', async (req) => {
    const user = need(req, 'moderator', 'admin');
    if (!v.is(IdParam, req.params.id)) throw notFound();
    const body = parse(RevisionBody, req.body);
    const rec = await store.eventRecord(req.params.id);
    if (!rec) throw notFound();
    // Re-checked at approval: a parent or venue may have changed since submission.
    if (rec.working?.state === 'pending' && rec.working.revision === body.revision)
      await validEvent(rec.working.event);
    const out = await store.review(user, req.params.id, body.revision, { approve: true });
    feed.invalidate();
    return out;
  });

  app.post<{ Params: { id: string } }>('/api/moderation/events/:id/reject', async (req) => {
    const user = need(req, 'moderator', 'admin');
    if (!v.is(IdParam, req.params.id)) throw notFound();
    const body = parse(RejectBody, req.body);
    return store.review(user, req.params.id, body.revision, { approve: false, reason: body.reason });
  });

  // ── admin ────────────────────────────────────────────────────────────────────────────────────────────

  app.get('/api/admin/organizations', async (req) => {
    need(req, 'admin');
    return store.organizations();
  });

  app.post('/api/admin/organizations', async (req, reply) => {
    const user = need(req, 'admin');
    const body = parse(OrganizationBody, req.body);
    return reply.code(201).send(await store.createOrganization(user.id, body));
  });

  app.get('/api/admin/invitations', async (req) => {
    need(req, 'admin');
    return store.invitations();
  });

  app.post('/api/admin/invitations', async (req, reply) => {
    const user = need(req, 'admin');
    const body = parse(InvitationBody, req.body);
    if (body.role === 'organizer') {
      if (body.organization_id === undefined)
        throw invalid({ organization_id: 'an organizer belongs to an organization' });
      if (!(await store.organization(body.organization_id)))
        throw invalid({ organization_id: 'no such organization' });
    } else if (body.organization_id !== undefined)
      throw invalid({ organization_id: 'only organizers belong to an organization' });
    const r = await store.createInvitation(user.id, {
      email: body.email,
      role: body.role,
      organizationId: body.organization_id ?? null,
    });
    return reply.code(201).send(r);
  });

  app.delete<{ Params: { id: string } }>('/api/admin/invitations/:id', async (req, reply) => {
    const user = need(req, 'admin');
    await store.revokeInvitation(user.id, numericId(req.params.id));
    return reply.code(204).send();
  });

  app.get('/api/admin/users', async (req) => {
    need(req, 'admin');
    return store.users();
  });

  app.patch<{ Params: { id: string } }>('/api/admin/users/:id', async (req) => {
    const user = need(req, 'admin');
    const body = parse(UserPatchBody, req.body);
    return store.updateUser(user.id, numericId(req.params.id), body);
  });

  app.get('/api/admin/audit', async (req) => {
    need(req, 'admin');
    const q = req.query as { limit?: string; before?: string };
    const limit = q.limit === undefined ? 100 : Number(q.limit);
    const before = q.before === undefined ? undefined : Number(q.before);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500)
      throw new ApiError(400, 'bad_request', 'limit: 1–500');
    if (before !== undefined && (!Number.isInteger(before) || before < 1))
      throw new ApiError(400, 'bad_request', 'before: an entry id');
    return store.auditLog(limit, before);
  });

  venueRoutes(app, { need, venues: venueStore, geodata, feed });

  // ── the front end ────────────────────────────────────────────────────────────────────────────────────

  function serveFile(req: FastifyRequest, reply: FastifyReply) {
    const path = req.url.split('?')[0];
    let file = files.get(path === '/' ? '/index.html' : path);
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
