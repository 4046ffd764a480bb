/**
 * The public feed's kept responses (server/feed/response-cache.ts): made once per feed and window, emptied by
 * a new feed, bounded in bytes, never keeping a failure; and the encoding a client gets.
 */
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../../server/feed/response-cache.ts';
import { acceptedEncoding } from '../../server/routes/http.ts';

const made = () => {
  let count = 0;
  const make = async () => ({ body: `body ${++count}`, modified: 1 });
  return { make, count: () => count };
};

describe('kept feed responses', () => {
  it('makes a window once however many ask at the same time', async () => {
    const cache = new ResponseCache();
    const m = made();
    const all = await Promise.all(Array.from({ length: 20 }, () => cache.get('feed-1', 'week', m.make)));
    expect(m.count()).toBe(1);
    expect(new Set(all.map((r) => r.body))).toEqual(new Set(['body 1']));
  });

  it('makes it again once the feed has changed', async () => {
    const cache = new ResponseCache();
    const m = made();
    await cache.get('feed-1', 'week', m.make);
    await cache.get('feed-1', 'week', m.make);
    const after = await cache.get('feed-2', 'week', m.make);
    expect(after.body).toBe('body 2');
    expect(cache.size).toBe(1);
  });

  it('lets the least recently used go when over its byte budget', async () => {
    // Each 1,000-character body is counted as 2,000 bytes: room for two.
    const cache = new ResponseCache(4500);
    const body = (c: string) => async () => ({ body: c.repeat(1000), modified: 1 });
    await cache.get('f', 'a', body('a'));
    await cache.get('f', 'b', body('b'));
    await cache.get('f', 'a', body('x')); // a is used again: b is now the oldest
    await cache.get('f', 'c', body('c'));
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBeLessThanOrEqual(4500);
    expect((await cache.get('f', 'a', body('y'))).body[0]).toBe('a');
    expect((await cache.get('f', 'b', body('z'))).body[0]).toBe('z');
  });

  it('does not keep a failure: the next request makes the window again', async () => {
    const cache = new ResponseCache();
    await expect(cache.get('f', 'w', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    const r = await cache.get('f', 'w', async () => ({ body: 'ok', modified: 1 }));
    expect(r.body).toBe('ok');
  });

  it('compresses a body once per encoding, to bytes that decode to it', async () => {
    const cache = new ResponseCache();
    const r = await cache.get('f', 'w', async () => ({ body: '雅集 '.repeat(500), modified: 1 }));
    const gz = await cache.encoded('w', r, 'gzip');
    expect(await cache.encoded('w', r, 'gzip')).toBe(gz);
    expect(gunzipSync(gz).toString('utf8')).toBe(r.body);
    expect(brotliDecompressSync(await cache.encoded('w', r, 'br')).toString('utf8')).toBe(r.body);
  });
});

describe('the encoding a client accepts', () => {
  it('prefers brotli, then gzip, and honours q=0 and the wildcard', () => {
    expect(acceptedEncoding('gzip, deflate, br')).toBe('br');
    expect(acceptedEncoding('gzip')).toBe('gzip');
    expect(acceptedEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(acceptedEncoding('*')).toBe('br');
    expect(acceptedEncoding('*, br;q=0')).toBe('gzip');
    expect(acceptedEncoding('identity')).toBeUndefined();
    expect(acceptedEncoding(undefined)).toBeUndefined();
  });
});
