import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiClient, ApiError } from '../../../src/api/client.ts';

const BASE = 'http://127.0.0.1:1/';
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

afterEach(() => vi.unstubAllGlobals());

describe('ApiClient', () => {
  test('sends the CSRF token of the last session answer on writes, and none on reads', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const answers = [
      json(200, { user: null, csrf: 'tok-1' }),
      json(200, { user: { id: 1 }, csrf: 'tok-2' }),
      json(200, []),
    ];
    vi.stubGlobal('fetch', async (url: URL, init: RequestInit) => {
      calls.push({ url: String(url), init });
      return answers.shift()!;
    });
    const api = new ApiClient(BASE);
    await api.session();
    await api.login('a@example.org', 'pw');
    await api.myEvents();
    const headers = calls.map((c) => (c.init.headers as Record<string, string>)['X-CSRF-Token']);
    expect(headers).toEqual([undefined, 'tok-1', undefined]);
    expect(calls[1].url).toBe(`${BASE}api/auth/login`);
    expect(JSON.parse(String(calls[1].init.body))).toEqual({ email: 'a@example.org', password: 'pw' });
  });

  test('a refusal becomes an ApiError with the server’s code, field codes and Retry-After', async () => {
    vi.stubGlobal('fetch', async () =>
      json(429, { error: 'rate_limited', message: 'Too many attempts' }, { 'Retry-After': '30' }),
    );
    const e = await new ApiClient(BASE).login('a@example.org', 'x').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ code: 'rate_limited', status: 429, retryAfter: 30 });
    vi.stubGlobal('fetch', async () =>
      json(422, {
        error: 'validation',
        message: '1 problem',
        fields: { title_en: 'at most 160 characters' },
        codes: { title_en: { code: 'tooLong', limit: 160 } },
      }),
    );
    const v = await new ApiClient(BASE).createEvent({}, false).catch((x: unknown) => x);
    expect(v).toMatchObject({ code: 'validation', fields: { title_en: { code: 'tooLong', limit: 160 } } });
  });

  test('no answer at all is a network error; a 5xx without a body is a server error', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(new ApiClient(BASE).queue()).rejects.toMatchObject({ code: 'network', status: 0 });
    vi.stubGlobal('fetch', async () => new Response('oops', { status: 502 }));
    await expect(new ApiClient(BASE).queue()).rejects.toMatchObject({ code: 'server', status: 502 });
  });

  test('ids in paths are encoded', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: URL) => {
      urls.push(String(url));
      return json(200, {});
    });
    await new ApiClient(BASE).approve('a/../b', 3, 'h'.repeat(43));
    expect(urls).toEqual([`${BASE}api/moderation/events/a%2F..%2Fb/approve`]);
  });

  test('discarding a never-approved draft answers 204, which reads as no record', async () => {
    const calls: { url: string; method?: string }[] = [];
    vi.stubGlobal('fetch', async (url: URL, init: RequestInit) => {
      calls.push({ url: String(url), method: init.method });
      return new Response(null, { status: 204 });
    });
    await expect(new ApiClient(BASE).discardDraft('song-tea')).resolves.toBeUndefined();
    expect(calls).toEqual([{ url: `${BASE}api/my/events/song-tea/draft`, method: 'DELETE' }]);
  });

  test('the audit log is asked for by page size and, for older pages, the last id shown', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: URL) => {
      urls.push(String(url));
      return json(200, []);
    });
    const api = new ApiClient(BASE);
    await api.audit(50);
    await api.audit(50, 120);
    expect(urls).toEqual([`${BASE}api/admin/audit?limit=50`, `${BASE}api/admin/audit?limit=50&before=120`]);
  });

  test('an invitation names an organization only when one is given', async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal('fetch', async (_url: URL, init: RequestInit) => {
      bodies.push(JSON.parse(String(init.body)));
      return json(201, { invitation: {}, token: 't' });
    });
    const api = new ApiClient(BASE);
    await api.createInvitation('m@example.org', 'moderator');
    await api.createInvitation('o@example.org', 'organizer', 4);
    expect(bodies).toEqual([
      { email: 'm@example.org', role: 'moderator' },
      { email: 'o@example.org', role: 'organizer', organization_id: 4 },
    ]);
  });
});
