/**
 * Issue #16: the feed went out uncompressed. It is now brotli- or gzip-encoded by the client's
 * Accept-Encoding, with one weak ETag shared by every encoding of a body, so a 304 still works whatever
 * encoding the client's copy came in.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { describeBackends } from './harness.ts';

describeBackends('feed compression', (get) => {
  const fetch = (url: string, headers: Record<string, string> = {}) =>
    get().app.inject({ method: 'GET', url, headers });

  it('gzips the JSON feed for a client that accepts gzip, to the same body as the plain answer', async () => {
    const plain = await fetch('/api/events');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const gz = await fetch('/api/events', { 'accept-encoding': 'gzip' });
    expect(gz.statusCode).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toContain('accept-encoding');
    expect(gunzipSync(gz.rawPayload).toString('utf8')).toBe(plain.body);
    expect(gz.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
  });

  it('prefers brotli when the client accepts it, for the JSON and the iCalendar feed', async () => {
    for (const url of ['/api/events', '/api/events.ics']) {
      const plain = await fetch(url);
      const br = await fetch(url, { 'accept-encoding': 'gzip, deflate, br' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
    }
  });

  it('gives every encoding of a body the same weak ETag, and a 304 to it under any encoding', async () => {
    const plain = await fetch('/api/events');
    const br = await fetch('/api/events', { 'accept-encoding': 'br' });
    const etag = String(plain.headers.etag);
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(br.headers.etag).toBe(etag);
    const again = await fetch('/api/events', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    expect(again.headers.vary).toContain('accept-encoding');
    // A proxy that strips the weak marker still gets its 304.
    const strong = etag.slice(2);
    expect((await fetch('/api/events', { 'if-none-match': strong })).statusCode).toBe(304);
    expect((await fetch('/api/events', { 'if-none-match': 'W/"other"' })).statusCode).toBe(200);
  });

  it('does not compress the rest of the API', async () => {
    const r = await fetch('/api/venues', { 'accept-encoding': 'gzip, br' });
    expect(r.statusCode).toBe(200);
    expect(r.rawPayload.length).toBeGreaterThan(1024);
    expect(r.headers['content-encoding']).toBeUndefined();
  });
});
