/**
 * Search timing for the benchmark script: runs each query several times against a built index and reports
 * percentiles. The budget from the issue is p95 ≤ 2 ms on the real data (~100 documents).
 */
import type { SearchIndex } from './search-index.ts';

export interface SearchTiming {
  p50_ms: number;
  p95_ms: number;
  /** How many searches were timed. */
  runs: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

/** Times `rounds` passes over `queries` after one untimed warm-up pass. */
export function measureSearch(index: SearchIndex, queries: readonly string[], rounds = 20): SearchTiming {
  for (const q of queries) index.search(q);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t0 = performance.now();
      index.search(q);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const round3 = (n: number) => Math.round(n * 1000) / 1000;
  return {
    p50_ms: round3(percentile(times, 0.5)),
    p95_ms: round3(percentile(times, 0.95)),
    runs: times.length,
  };
}
