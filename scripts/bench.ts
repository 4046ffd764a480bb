/** `npm run bench`: every benchmark, each writing bench/results/<name>.json. */
await import('./bench-walks.ts');
await import('./bench-search.ts');

export {};
