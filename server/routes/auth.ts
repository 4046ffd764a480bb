/**
 * Signing in and out, the session answer (which also hands a visitor their CSRF token), and accepting an
 * invitation (which creates the account and signs it in). Sign-ins are limited per client address and per
 * e-mail and client, and slowed per e-mail (base/rate-limit.ts); every attempt is audited.
 */
import type { FastifyPluginAsync } from 'fastify';
import { AcceptBody, LoginBody, type User } from '../../src/api/contract.ts';
import { ApiError, notFound } from '../base/errors.ts';
import { DUMMY_HASH, hashPassword, randomToken, verifyPassword } from '../base/passwords.ts';
import { SIGN_IN_LIMITS, SignInLimiter } from '../base/rate-limit.ts';
import { SESSION_COOKIE, parseCookies } from '../base/security.ts';
import { csrfCookie, parse, sessionCookies, type Service } from './http.ts';

const INVITATION_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export const authRoutes: FastifyPluginAsync<Service> = async (app, service) => {
  const { people, sessions, signIns, audit } = service.stores;
  const limiter = new SignInLimiter(service.clock);

  app.get('/api/auth/session', async (req, reply) => {
    if (!req.user && !req.csrf) {
      req.csrf = randomToken();
      csrfCookie(service, reply, req, req.csrf);
    }
    return { user: req.user, csrf: req.csrf };
  });

  app.post('/api/auth/login', async (req, reply) => {
    const body = parse(LoginBody, req.body);
    const key = body.email.trim().toLowerCase();
    // Reserved before the first await: concurrent attempts each see the ones before them (rate-limit.ts).
    const attempt = limiter.reserve(key, req.ip);
    const refuse = (retryAfterS: number) => {
      reply.header('retry-after', String(retryAfterS));
      return new ApiError(429, 'rate_limited', 'Too many failed sign-ins; try again later.');
    };
    if (!attempt.ok) throw refuse(attempt.retryAfterS);
    // The same hard limits counted across every instance on this database (store/sign-ins.ts).
    const pairKey = `pair ${req.ip} ${key}`;
    const shared = await signIns.reserve(
      [
        { key: `client ${req.ip}`, max: SIGN_IN_LIMITS.perClient },
        { key: pairKey, max: SIGN_IN_LIMITS.perPair },
      ],
      service.clock(),
    );
    if (!shared.ok) {
      attempt.cancel();
      throw refuse(shared.retryAfterS);
    }
    if (attempt.delayMs > 0) await service.sleep(attempt.delayMs);
    const found = await people.userByEmail(key);
    const ok = await verifyPassword(body.password, found?.password_hash ?? DUMMY_HASH);
    if (!found || !ok || found.disabled) {
      await audit.log(found?.id ?? null, 'user.login_failed', ['user', found?.id ?? null], {
        email: key,
        ip: req.ip,
      });
      throw new ApiError(401, 'invalid_credentials', 'Wrong e-mail or password.');
    }
    attempt.succeeded();
    await signIns.release(shared.ids);
    await signIns.clear(pairKey);
    const session = await sessions.create(found.id);
    await audit.log(found.id, 'user.login', ['user', found.id], { ip: req.ip });
    sessionCookies(service, reply, req, session.token);
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
    if (token) await sessions.delete(token);
    if (req.user) await audit.log(req.user.id, 'user.logout', ['user', req.user.id]);
    const csrf = randomToken();
    sessionCookies(service, reply, req, null, csrf);
    return { user: null, csrf };
  });

  app.get<{ Params: { token: string } }>('/api/invitations/:token', async (req) => {
    const inv = INVITATION_TOKEN.test(req.params.token)
      ? await people.invitationByToken(req.params.token)
      : undefined;
    if (!inv) throw notFound();
    return { email: inv.email, role: inv.role, organization: inv.organization, expires_at: inv.expires_at };
  });

  app.post<{ Params: { token: string } }>('/api/invitations/:token/accept', async (req, reply) => {
    if (!INVITATION_TOKEN.test(req.params.token)) throw notFound();
    const body = parse(AcceptBody, req.body);
    if (!(await people.invitationByToken(req.params.token))) throw notFound();
    const r = await people.acceptInvitation(req.params.token, body.name, await hashPassword(body.password));
    sessionCookies(service, reply, req, r.token);
    return reply.code(201).send({ user: r.user, csrf: r.csrf });
  });
};
