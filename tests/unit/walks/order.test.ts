import { describe, expect, it } from 'vitest';
import { EXACT_LIMIT, bestOrder, tourLength, type Tour } from '../../../src/walks/order.ts';

function random(seed: number) {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Euclidean distances between random points, scaled to metres in a 2 km square. */
function matrix(n: number, seed: number): number[][] {
  const rnd = random(seed);
  const pts = Array.from({ length: n }, () => [rnd() * 2000, rnd() * 2000]);
  return pts.map((a) => pts.map((b) => Math.hypot(a[0] - b[0], a[1] - b[1])));
}

function permutations(xs: number[]): number[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

/** The optimum by trying every order (small n only). */
function bruteForce(d: number[][], tour: Tour): number {
  const n = d.length;
  const middle = [...Array(n).keys()].slice(1, tour === 'open' ? n - 1 : n);
  let best = Infinity;
  for (const p of permutations(middle)) {
    const order = tour === 'open' ? [0, ...p, n - 1] : [0, ...p];
    best = Math.min(best, tourLength(d, order, tour));
  }
  return best;
}

// Exact orders by brute force for up to 8 stops and Held–Karp up to 15: seconds of CPU on a busy machine.
describe('bestOrder', { timeout: 60_000 }, () => {
  for (const tour of ['round', 'open'] as const) {
    it(`is optimal against brute force for ${tour} tours of 4–8 stops`, () => {
      for (let n = 4; n <= 8; n++) {
        for (let seed = 1; seed <= 4; seed++) {
          const d = matrix(n, seed * 31 + n);
          const got = bestOrder(d, { tour });
          expect(got.exact).toBe(true);
          expect(got.distance).toBeCloseTo(bruteForce(d, tour), 6);
          expect([...got.order].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
          expect(got.order[0]).toBe(0);
          if (tour === 'open') expect(got.order[n - 1]).toBe(n - 1);
        }
      }
    });
  }

  it(`stays within 5 % of the exact optimum above ${EXACT_LIMIT} stops`, () => {
    for (const n of [13, 14, 15]) {
      for (let seed = 1; seed <= 3; seed++) {
        const d = matrix(n, seed * 101 + n);
        const heuristic = bestOrder(d, { tour: 'round' });
        expect(heuristic.exact).toBe(false);
        const exact = exactReference(d);
        expect(heuristic.distance / exact).toBeLessThanOrEqual(1.05);
      }
    }
  });
});

/** Held–Karp written out plainly, as an independent reference for the heuristic test. */
function exactReference(d: number[][]): number {
  const n = d.length;
  const memo = new Map<string, number>();
  const go = (mask: number, last: number): number => {
    if (mask === (1 << n) - 1) return d[last][0];
    const k = `${mask},${last}`;
    const hit = memo.get(k);
    if (hit !== undefined) return hit;
    let best = Infinity;
    for (let j = 1; j < n; j++)
      if (!(mask & (1 << j))) best = Math.min(best, d[last][j] + go(mask | (1 << j), j));
    memo.set(k, best);
    return best;
  };
  return go(1, 0);
}
