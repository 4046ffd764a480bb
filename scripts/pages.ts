/**
 * `npm run build`, after vite: a static HTML page per place, walk, area and event in every page language
 * (scripts/pages/site.ts), with schema.org JSON-LD checked as it is written, plus sitemap.xml with hreflang
 * alternates and an Atom feed of the events. Reads the compiled data in dist/data/, writes into dist/.
 * Exits 1 if a page's structured data misses a required property.
 *
 *   tsx scripts/pages.ts [dist-dir]        SITE_URL=https://… sets the absolute addresses
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPages } from './pages/build-pages.ts';
import { siteUrl } from './pages/site.ts';
import { listingsStamp } from './listings-stamp.ts';

const dist = process.argv[2] ?? 'dist';
const read = (name: string) => JSON.parse(readFileSync(join(dist, 'data', name), 'utf8'));
const started = performance.now();
const out = await buildPages({
  site: siteUrl(),
  places: read('heritage.geojson'),
  walks: read('walks.geojson'),
  feed: read('events.json'),
  stamp: listingsStamp('geodata', process.env.SAMPLES === '1' || process.env.SAMPLES === 'true'),
});
if (out.errors.length) {
  for (const e of out.errors) console.error(e);
  process.exit(1);
}
for (const [path, body] of out.files) {
  const file = join(dist, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, body);
}
console.log(
  `pages: ${out.pageCount} pages (${out.counts}) + sitemap.xml + events.atom in ${Math.round(performance.now() - started)} ms`,
);
