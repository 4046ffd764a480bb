import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlaceCollection, PlaceFeature } from '../../../src/data/schema.ts';
import { hoursSpec, type HoursSpec } from '../../../src/hours/opening-hours.ts';
import { buildGraph, type NetworkCollection } from '../../../src/walks/graph.ts';
import { visitPoint } from '../../../src/walks/compile.ts';
import { distanceMatrix, SPEED_M_PER_MIN } from '../../../src/walks/plan.ts';
import { planTimebox, type Candidate, type TimeboxRequest } from '../../../src/walks/timebox.ts';

const h = (hh: number, mm = 0) => hh * 60 + mm;

/** A seeded pseudo-random generator, so property tests are repeatable. */
function random(seed: number) {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

describe('planTimebox on a small made-up town', () => {
  // Four places on a line, 750 m apart (10 minutes at 75 m/min).
  const line = (n: number) =>
    Array.from({ length: n }, (_, a) => Float64Array.from({ length: n }, (_, b) => Math.abs(a - b) * 750));
  const MUSEUM: HoursSpec = { opening_hours: 'Tu-Su 09:30-17:00; Mo off', last_entry_min: 30 };
  const base = (over: Partial<TimeboxRequest>): TimeboxRequest => ({
    places: [
      { id: 'start', visit: [5, 10] },
      { id: 'lane', visit: [10, 15] },
      { id: 'museum', visit: [60, 90], hours: MUSEUM },
      { id: 'shop', visit: [15, 20] },
    ],
    distances: line(4),
    speed: 75,
    date: '2026-12-05',
    startAt: h(14),
    budget: 120,
    ...over,
  });

  it('gives every stop its arrival and leave, in walking order, within the budget', () => {
    const p = planTimebox(base({ wanted: [2] }));
    expect(p.stops.map((s) => s.id)).toEqual(['start', 'lane', 'museum', 'shop']);
    expect(p.stops.map((s) => [s.arrive, s.leave])).toEqual([
      [h(14), h(14, 5)],
      [h(14, 15), h(14, 25)],
      [h(14, 35), h(15, 35)],
      [h(15, 45), h(16)],
    ]);
    expect(p.minutes).toBeLessThanOrEqual(120);
    expect(p.warnings).toEqual([]);
  });

  it('the museum-closing case: a late start leaves the museum out and offers skip or start earlier', () => {
    const p = planTimebox(base({ startAt: h(16), wanted: [2] }));
    expect(p.stops.some((s) => s.id === 'museum')).toBe(false);
    expect(p.warnings).toEqual([
      {
        index: 2,
        id: 'museum',
        reason: 'closes-during',
        fixes: [{ kind: 'skip' }, { kind: 'start-earlier', minutes: 30 }],
      },
    ]);
  });

  it('after last entry is said as such', () => {
    const p = planTimebox(base({ startAt: h(16, 25), budget: 30, wanted: [2], fill: false }));
    expect(p.warnings[0]).toMatchObject({ id: 'museum', reason: 'after-last-entry' });
  });

  it('a closed day offers only to skip', () => {
    const p = planTimebox(base({ date: '2026-12-07', wanted: [2] }));
    expect(p.warnings).toEqual([{ index: 2, id: 'museum', reason: 'closed-day', fixes: [{ kind: 'skip' }] }]);
  });

  it('reorders so the museum is reached before last entry, and says it did', () => {
    // From 15:25: lane then museum would arrive 15:45 and leave 16:45 — fine; the shop first would not.
    const places: Candidate[] = [
      { id: 'start', visit: [0, 0] },
      { id: 'shop', visit: [40, 60] },
      { id: 'museum', visit: [60, 90], hours: MUSEUM },
    ];
    const d = [
      Float64Array.from([0, 750, 1500]),
      Float64Array.from([750, 0, 750]),
      Float64Array.from([1500, 750, 0]),
    ];
    const p = planTimebox(base({ places, distances: d, startAt: h(15, 20), budget: 180, wanted: [1, 2] }));
    expect(p.stops.map((s) => s.id)).toEqual(['start', 'museum', 'shop']);
    expect(p.warnings).toEqual([
      { index: 2, id: 'museum', reason: 'closes-during', fixes: [{ kind: 'reorder' }] },
    ]);
  });

  it('property: a plan never exceeds its budget, every stop is open or has unknown hours, times add up', () => {
    const rnd = random(19);
    for (let run = 0; run < 300; run++) {
      const n = 2 + Math.floor(rnd() * 9);
      const pts = Array.from({ length: n }, () => [rnd() * 2000, rnd() * 2000]);
      const d = pts.map(([x, y]) => Float64Array.from(pts, ([u, w]) => Math.hypot(x - u, y - w) * 1.3));
      const places: Candidate[] = pts.map((_, i) => {
        const lo = Math.floor(rnd() * 60);
        const hours: HoursSpec | undefined =
          rnd() < 0.4
            ? {
                opening_hours: `Tu-Su ${8 + Math.floor(rnd() * 4)}:00-${15 + Math.floor(rnd() * 4)}:30; Mo off`,
                last_entry_min: 30,
              }
            : undefined;
        return { id: `p${i}`, visit: [lo, lo + 30], hours };
      });
      const budget = 30 + Math.floor(rnd() * 210);
      const r: TimeboxRequest = {
        places,
        distances: d,
        speed: 75,
        date: rnd() < 0.15 ? '2026-12-07' : '2026-12-05',
        startAt: h(8) + Math.floor(rnd() * 600),
        budget,
        wanted: Array.from({ length: Math.floor(rnd() * 4) }, () => 1 + Math.floor(rnd() * (n - 1))),
      };
      const p = planTimebox(r);
      expect(p.minutes).toBeLessThanOrEqual(budget + 1e-9);
      let t = r.startAt;
      for (const s of p.stops) {
        expect(['open', 'unknown']).toContain(s.status);
        expect(s.arrive).toBeCloseTo(t + s.walk, 9);
        t = s.leave;
      }
      expect(p.stops[0].id).toBe('p0');
      // A wanted stop is in the plan or warned about, never silently dropped.
      for (const w of r.wanted ?? [])
        expect(p.stops.some((s) => s.index === w) || p.warnings.some((x) => x.index === w)).toBe(true);
    }
  });
});

describe('planTimebox on the real network: 2 hours from 鼓楼 at 14:00 on a Saturday', () => {
  const network = JSON.parse(readFileSync('geodata/network.geojson', 'utf8')) as NetworkCollection;
  const g = buildGraph(network);
  const features = new Map<string, PlaceFeature>(
    ['qinghefang', 'deshou', 'fangxiang'].flatMap((l) =>
      (JSON.parse(readFileSync(`geodata/layers/${l}.geojson`, 'utf8')) as PlaceCollection).features.map(
        (f) => [f.properties.id, f] as const,
      ),
    ),
  );
  const times = JSON.parse(readFileSync('geodata/visit-times.json', 'utf8')) as {
    kinds: Record<string, { visit_min: [number, number] }>;
  };
  const ids = [
    'gulou',
    'hefang-street-pedestrian',
    'deshou-museum',
    'hu-xueyan',
    'huqingyutang',
    'fangxiang-lane-shiwukui',
  ];
  const places: Candidate[] = ids.map((id) => {
    const p = features.get(id)!.properties;
    return { id, visit: p.visit_min ?? times.kinds[p.kind].visit_min, hours: hoursSpec(p) };
  });
  const stops = ids.map((id) => ({ id, lonLat: visitPoint(features.get(id)!) }));
  const distances = distanceMatrix(g, stops, 'standard');

  it('fits 清河坊 and 德寿宫 in two hours, the museum open on arrival and left before closing', () => {
    const p = planTimebox({
      places,
      distances,
      speed: SPEED_M_PER_MIN.standard,
      date: '2026-12-05',
      startAt: h(14),
      budget: 120,
      wanted: [1, 2],
    });
    expect(p.minutes).toBeLessThanOrEqual(120);
    const museum = p.stops.find((s) => s.id === 'deshou-museum')!;
    expect(museum.status).toBe('open');
    expect(museum.arrive).toBeLessThanOrEqual(h(16, 30));
    expect(museum.leave).toBeLessThanOrEqual(h(17));
    expect(p.stops.some((s) => s.id === 'hefang-street-pedestrian')).toBe(true);
    expect(p.warnings).toEqual([]);
  });

  it('from 16:10 the museum cannot be seen for its hour before 17:00: it warns and offers to start earlier', () => {
    const p = planTimebox({
      places,
      distances,
      speed: SPEED_M_PER_MIN.standard,
      date: '2026-12-05',
      startAt: h(16, 10),
      budget: 120,
      wanted: [2],
    });
    expect(p.stops.some((s) => s.id === 'deshou-museum')).toBe(false);
    expect(p.warnings[0].id).toBe('deshou-museum');
    expect(p.warnings[0].fixes.map((f) => f.kind)).toEqual(['skip', 'start-earlier']);
  });
});
