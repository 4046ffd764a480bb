/** `npm run bench`: every benchmark, each writing bench/results/<name>.json. Run it on a quiet machine. */
import { readFileSync, writeFileSync } from 'node:fs';

await import('./bench-walks.ts');
await import('./bench-search.ts');
await import('./bench-load.ts');
await import('./bench-lighthouse.ts');

// load.json also carries the search p95 measured in this same run, so one file answers "is it fast".
const search = JSON.parse(readFileSync('bench/results/search.json', 'utf8')) as { search_p95_ms: number };
const load = JSON.parse(readFileSync('bench/results/load.json', 'utf8')) as Record<string, unknown>;
writeFileSync(
  'bench/results/load.json',
  `${JSON.stringify({ ...load, search_p95_ms: search.search_p95_ms }, null, 2)}\n`,
);

// Last: the events server under a fixed request rate (writes bench/results/server.json).
await import('./bench-server.ts');

// The events service with a district's calendar: 10,000 events seeded through the API, a 7-day window
// under load, health while approvals and an import run (writes bench/results/events-scale.json).
await import('./bench-events-scale.ts');
