/**
 * The best order to visit stops, given a matrix of walking distances (metres; d[i][j] from stop i to j).
 * Exact by dynamic programming over subsets (Held–Karp, O(2ⁿ·n²)) up to EXACT_LIMIT stops; above that, nearest
 * neighbour followed by 2-opt and Or-opt improvement, which the tests hold within 5 % of the optimum.
 */

export const EXACT_LIMIT = 12;

export type Tour = 'round' | 'open';

export interface OrderOptions {
  /** `round`: come back to the first stop; `open`: end at the last stop given (fixed start and end). */
  tour: Tour;
}

export interface Ordering {
  order: number[];
  distance: number;
  exact: boolean;
}

/** Total distance of visiting stops in this order (closing the loop for a round tour). */
export function tourLength(d: ArrayLike<number>[], order: number[], tour: Tour): number {
  let sum = 0;
  for (let i = 1; i < order.length; i++) sum += d[order[i - 1]][order[i]];
  if (tour === 'round' && order.length > 1) sum += d[order[order.length - 1]][order[0]];
  return sum;
}

/**
 * Orders stops 0..n-1. Stop 0 always comes first; for an open tour stop n-1 comes last.
 */
export function bestOrder(d: ArrayLike<number>[], options: OrderOptions): Ordering {
  const n = d.length;
  if (n <= 3) {
    const order = [...Array(n).keys()];
    if (n === 3 && options.tour === 'round') {
      // Both directions of a triangle have the same length only when the matrix is symmetric.
      const alt = [0, 2, 1];
      if (tourLength(d, alt, 'round') < tourLength(d, order, 'round'))
        return { order: alt, distance: tourLength(d, alt, 'round'), exact: true };
    }
    return { order, distance: tourLength(d, order, options.tour), exact: true };
  }
  return n <= EXACT_LIMIT ? heldKarp(d, options.tour) : improve(d, options.tour);
}

function heldKarp(d: ArrayLike<number>[], tour: Tour): Ordering {
  const n = d.length;
  // Free stops are 1..n-1 for a round tour, 1..n-2 for an open one (n-1 is the fixed end).
  const free = tour === 'round' ? n - 1 : n - 2;
  const full = (1 << free) - 1;
  const size = (full + 1) * free;
  const cost = new Float64Array(size).fill(Infinity);
  const parent = new Int8Array(size).fill(-1);
  // cost[mask * free + j]: shortest path from stop 0 through the set `mask`, ending at free stop j (in mask).
  for (let j = 0; j < free; j++) cost[(1 << j) * free + j] = d[0][j + 1];
  for (let mask = 1; mask <= full; mask++) {
    for (let j = 0; j < free; j++) {
      if (!(mask & (1 << j))) continue;
      const c = cost[mask * free + j];
      if (c === Infinity) continue;
      for (let k = 0; k < free; k++) {
        if (mask & (1 << k)) continue;
        const next = mask | (1 << k);
        const v = c + d[j + 1][k + 1];
        if (v < cost[next * free + k]) {
          cost[next * free + k] = v;
          parent[next * free + k] = j;
        }
      }
    }
  }
  const end = tour === 'round' ? 0 : n - 1;
  let best = Infinity;
  let last = -1;
  for (let j = 0; j < free; j++) {
    const v = cost[full * free + j] + d[j + 1][end];
    if (v < best) {
      best = v;
      last = j;
    }
  }
  const order: number[] = [];
  let mask = full;
  while (last >= 0) {
    order.push(last + 1);
    const p = parent[mask * free + last];
    mask &= ~(1 << last);
    last = p;
  }
  order.push(0);
  order.reverse();
  if (tour === 'open') order.push(n - 1);
  return { order, distance: tourLength(d, order, tour), exact: true };
}

/**
 * Local search from several starts: nearest-neighbour tours seeded with each possible first move, each
 * improved by 2-opt and Or-opt until neither helps; the shortest wins.
 */
function improve(d: ArrayLike<number>[], tour: Tour): Ordering {
  const n = d.length;
  const fixedEnd = tour === 'open';
  const movable = [...Array(n).keys()].slice(1, fixedEnd ? n - 1 : n);
  let best: number[] | undefined;
  let bestLength = Infinity;
  for (const first of movable) {
    const order = localSearch(d, nearestNeighbour(d, first, movable, fixedEnd), tour);
    const len = tourLength(d, order, tour);
    if (len < bestLength) {
      best = order;
      bestLength = len;
    }
  }
  return { order: best!, distance: bestLength, exact: false };
}

function nearestNeighbour(
  d: ArrayLike<number>[],
  first: number,
  movable: number[],
  fixedEnd: boolean,
): number[] {
  const left = new Set(movable);
  left.delete(first);
  const order = [0, first];
  while (left.size) {
    const here = order[order.length - 1];
    let pick = -1;
    for (const j of left) if (pick < 0 || d[here][j] < d[here][pick]) pick = j;
    order.push(pick);
    left.delete(pick);
  }
  if (fixedEnd) order.push(d.length - 1);
  return order;
}

function localSearch(d: ArrayLike<number>[], start: number[], tour: Tour): number[] {
  const order = [...start];
  const fixedEnd = tour === 'open';
  const lastMovable = fixedEnd ? order.length - 2 : order.length - 1;
  let length = tourLength(d, order, tour);
  const tryCandidate = (candidate: number[]) => {
    const len = tourLength(d, candidate, tour);
    if (len < length - 1e-9) {
      order.splice(0, order.length, ...candidate);
      length = len;
      return true;
    }
    return false;
  };
  let improved = true;
  while (improved) {
    improved = false;
    // 2-opt: reverse order[i..j].
    for (let i = 1; i < lastMovable; i++) {
      for (let j = i + 1; j <= lastMovable; j++) {
        const reversed = [...order.slice(0, i), ...order.slice(i, j + 1).reverse(), ...order.slice(j + 1)];
        if (tryCandidate(reversed)) improved = true;
      }
    }
    // Or-opt: move a run of 1–3 stops elsewhere, either way round.
    for (let run = 1; run <= 3; run++) {
      for (let i = 1; i + run - 1 <= lastMovable; i++) {
        const segment = order.slice(i, i + run);
        const rest = [...order.slice(0, i), ...order.slice(i + run)];
        for (let at = 1; at <= rest.length - (fixedEnd ? 1 : 0); at++) {
          if (at === i) continue;
          for (const piece of [segment, [...segment].reverse()]) {
            if (tryCandidate([...rest.slice(0, at), ...piece, ...rest.slice(at)])) {
              improved = true;
              break;
            }
          }
          if (improved) break;
        }
        if (improved) break;
      }
    }
  }
  return order;
}
