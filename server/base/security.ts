/**
 * Response headers for every page and API answer, and the cookie helpers. The policy allows only this
 * origin: no inline script or style, no eval. `img-src data: blob:` is for the printed map snapshot
 * (canvas → data URL) and MapLibre's image decoding; `worker-src blob:` is MapLibre's fallback when no
 * worker URL is set (the app sets one, src/map/map-engine.ts).
 */
import { createHash } from 'node:crypto';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'geolocation=(self), camera=(), microphone=()',
};

export const SESSION_COOKIE = 'shm_session';
export const CSRF_COOKIE = 'shm_csrf';

export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i < 1) continue;
    const name = part.slice(0, i).trim();
    // Only our own token alphabet (base64url) is accepted; anything else is ignored, not decoded.
    const value = part.slice(i + 1).trim();
    if (/^[A-Za-z0-9_-]{1,100}$/.test(value) && !out.has(name)) out.set(name, value);
  }
  return out;
}

export function cookie(name: string, value: string, options: { secure: boolean; maxAgeS?: number }): string {
  const parts = [`${name}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict'];
  if (options.secure) parts.push('Secure');
  if (options.maxAgeS !== undefined) parts.push(`Max-Age=${options.maxAgeS}`);
  return parts.join('; ');
}

/** A strong ETag of a body: 27 characters of its SHA-256. */
export const etagOf = (body: string | Buffer) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** The path of a request URL, percent-decoded as the router decodes it (undecodable: as sent). */
export function requestPath(url: string): string {
  const path = url.split('?')[0];
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * A URL as the request log may show it: an invitation's token (`/api/invitations/<token>` and
 * `…/accept`) is a password until it is used, so it is replaced, also when the path was percent-encoded.
 */
export function redactUrl(url: string): string {
  const token = /(\/invitations\/)[^/?#]+/gi;
  if (token.test(url)) return url.replace(token, '$1[redacted]');
  const path = requestPath(url);
  return token.test(path) ? path.replace(token, '$1[redacted]') : url;
}

/** The one path that other sites may frame (routes/embed.ts): an organizer's listing for their own website. */
export const EMBED_PATH = '/embed/events';

/**
 * The headers of an embed answer, in place of SECURITY_HEADERS: any http(s) site may frame it, and it may load
 * nothing at all except its one inline style sheet, allowed by its hash. No X-Frame-Options (DENY would win
 * over frame-ancestors in old browsers), and a cross-origin resource policy so an embedder with COEP can
 * load it. Everything else stays as strict as the rest of the service.
 */
export function embedHeaders(css: string): Record<string, string> {
  const hash = createHash('sha256').update(css, 'utf8').digest('base64');
  const rest = Object.entries(SECURITY_HEADERS).filter(([k]) => k !== 'x-frame-options');
  return {
    ...Object.fromEntries(rest),
    'content-security-policy': [
      "default-src 'none'",
      `style-src 'sha256-${hash}'`,
      "base-uri 'none'",
      "form-action 'none'",
      'frame-ancestors http: https:',
    ].join('; '),
    'cross-origin-resource-policy': 'cross-origin',
  };
}
