/**
 * Search benchmark: the browser index over the compiled documents (public/data/search.json, written by
 * `npm run data`), typical queries in every form a visitor types. Writes bench/results/search.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createSearchIndex } from '../src/search/search-index.ts';
import { measureSearch } from '../src/search/bench-search.ts';
import type { SearchDoc } from '../src/search/doc.ts';

if (!existsSync('public/data/search.json'))
  execFileSync('npx', ['tsx', 'scripts/data.ts'], { stdio: 'inherit' });
const docs = JSON.parse(readFileSync('public/data/search.json', 'utf8')) as SearchDoc[];
const t = performance.now();
const index = createSearchIndex(docs);
const buildMs = performance.now() - t;
const queries = [
  '河坊街',
  'hefangjie',
  'he fang jie',
  'hfj',
  'hé fāng jiē',
  'he2 fang1 jie1',
  'Hefang Street',
  'Hefnag',
  '御街',
  '朝天门',
  '鼓楼',
  'Drum Tower',
  '德寿宫',
  'dsg',
  'deshou',
  '胡庆余堂',
  'hqyt',
  '太庙',
  'taimiao',
  '城隍阁',
  'wushan',
  'imperial street',
  'gate',
  '凤凰山',
];
const timing = measureSearch(index, queries, 50);
const result = {
  documents: docs.length,
  index_build_ms: Math.round(buildMs * 10) / 10,
  queries: queries.length,
  search_p50_ms: Math.round(timing.p50_ms * 1000) / 1000,
  search_p95_ms: Math.round(timing.p95_ms * 1000) / 1000,
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/search.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
