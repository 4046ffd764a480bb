/**
 * Finished responses of the public feed's windows, each with its gzip and brotli encodings, kept for the
 * compiled feed they were cut from. The same week is asked for by every phone that opens What's on: cutting
 * the feed and compressing a 7-day window of a district's calendar (about 1.5 MB of JSON for 10,000 events)
 * took the service to about 150 requests/s; served from here, a request costs a lookup and a write.
 *
 * Contracts:
 * - A key names everything the body depends on but the compiled feed; the feed's etag is checked on every
 *   get, and a new feed empties the cache. Per instance: a body is a pure function of the feed and the key,
 *   so instances never disagree about what they send.
 * - Entries are shared by concurrent requests while they are being made (one cut and one compression each).
 * - Bounded by the bytes held (bodies and encodings); the least recently used go first. A body larger than
 *   the whole budget is made and sent but not kept.
 * - Compression runs on libuv's thread pool (zlib's async API), not on the event loop.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { etagOf } from '../base/security.ts';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export type Encoding = 'br' | 'gzip';

export interface Response {
  body: string;
  /** The body's UTF-8 length, measured once (the send path asks on every request). */
  bytes: number;
  etag: string;
  modified: number;
  /** The body in each encoding, made on first demand. */
  encoded: Partial<Record<Encoding, Promise<Buffer>>>;
}

/** Brotli at quality 4, as FEED_COMPRESSION (server/routes/http.ts): 11 costs about 10× the CPU. */
const BROTLI = { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } };

export function encode(r: Response, encoding: Encoding): Promise<Buffer> {
  return (r.encoded[encoding] ??= encoding === 'br' ? brotli(r.body, BROTLI) : gz(r.body));
}

/** 48 MB: a few dozen windows of a 10,000-event calendar with both encodings. */
const DEFAULT_BUDGET = 48 * 1024 * 1024;

interface Entry {
  response: Promise<Response>;
  bytes: number;
}

export class ResponseCache {
  private feedEtag = '';
  private readonly entries = new Map<string, Entry>();
  private held = 0;

  constructor(private readonly budget = DEFAULT_BUDGET) {}

  /** Bytes held now (bodies counted once made, encodings once made). */
  get bytes(): number {
    return this.held;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The response for `key` cut from the feed with etag `feedEtag`: kept, or made by `make` (once, however many
   * ask at the same time) with its modification time.
   */
  async get(feedEtag: string, key: string, make: () => Promise<{ body: string; modified: number }>) {
    if (feedEtag !== this.feedEtag) {
      this.entries.clear();
      this.held = 0;
      this.feedEtag = feedEtag;
    }
    const kept = this.entries.get(key);
    if (kept) {
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept.response;
    }
    const entry: Entry = { bytes: 0, response: Promise.resolve(undefined as never) };
    entry.response = make().then(({ body, modified }) => {
      const bytes = Buffer.byteLength(body);
      const response: Response = { body, bytes, modified, etag: etagOf(body), encoded: {} };
      this.account(key, entry, body.length * 2);
      return response;
    });
    this.entries.set(key, entry);
    // A failed make is not kept: the next request tries again.
    entry.response.catch(() => this.drop(key, entry));
    return entry.response;
  }

  /** The body of `r` in `encoding`, counted against the budget of the entry it belongs to. */
  async encoded(key: string, r: Response, encoding: Encoding): Promise<Buffer> {
    const had = r.encoded[encoding] !== undefined;
    const buf = await encode(r, encoding);
    const entry = this.entries.get(key);
    if (!had && entry) this.account(key, entry, buf.length);
    return buf;
  }

  private account(key: string, entry: Entry, bytes: number) {
    if (this.entries.get(key) !== entry) return;
    entry.bytes += bytes;
    this.held += bytes;
    for (const [k, e] of this.entries) {
      if (this.held <= this.budget) break;
      this.drop(k, e);
    }
  }

  private drop(key: string, entry: Entry) {
    if (this.entries.get(key) !== entry) return;
    this.entries.delete(key);
    this.held -= entry.bytes;
  }
}
