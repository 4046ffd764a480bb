/**
 * Serves the built front end (dist/) from memory: files are read once at start, so a request can only ever
 * name a file that exists there (no path is joined from user input). Hashed assets are cached for a year;
 * everything else is revalidated by ETag. Text files are also kept gzipped.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { etagOf } from '../base/security.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  // The vector basemap (public/tiles); gzipped like the text files, as it compresses well.
  '.pbf': 'application/x-protobuf',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  gzip?: Buffer;
  type: string;
  etag: string;
  immutable: boolean;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export function loadStatic(dir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!existsSync(dir)) return files;
  for (const path of walk(dir)) {
    const type = TYPES[extname(path)];
    if (!type) continue;
    const body = readFileSync(path);
    const url = `/${relative(dir, path).split(sep).join('/')}`;
    const text = !type.startsWith('image/png') && !type.startsWith('font/');
    files.set(url, {
      body,
      gzip: text && body.length > 1024 ? gzipSync(body) : undefined,
      type,
      etag: etagOf(body),
      immutable: url.startsWith('/assets/'),
    });
  }
  return files;
}
