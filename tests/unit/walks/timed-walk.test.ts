import { describe, expect, it } from 'vitest';
import { timeWalk } from '../../../src/walks/timed-walk.ts';
import { visitStatus, type HoursSpec } from '../../../src/hours/opening-hours.ts';
import type { WalkView } from '../../../src/walks/walk-view.ts';

const h = (hh: number, mm = 0) => hh * 60 + mm;
const MUSEUM: HoursSpec = { opening_hours: 'Tu-Su 09:30-17:00; Mo off', last_entry_min: 30 };
const stop = (id: string, dwell_min: number) => ({
  id,
  name_zh: id,
  name_en: id,
  lonLat: [120.16, 30.24] as [number, number],
  dwell_min,
});
/** Lane (15 min) → 20 min walk → museum (60 min). */
const WALK: WalkView = {
  name_zh: '步道',
  name_en: 'Walk',
  profile: 'standard',
  tour: 'open',
  stops: [stop('lane', 15), stop('museum', 60)],
  legs: [{ distance_m: 1500, minutes: 20, directions: [] }],
  distance_m: 1500,
  walk_min: 20,
  duration_min: 95,
  stepped_sections: 0,
  step_free: true,
  unreachable: [],
  line: [],
};
const hoursOf = (id: string) => (id === 'museum' ? MUSEUM : undefined);
// 2026-12-08 is a Tuesday, 2026-12-07 a Monday.
const TUESDAY = '2026-12-08';

describe('a walk set off at a time', () => {
  it('arrives at each stop after the previous visit and the walk, and ends after the last visit', () => {
    const t = timeWalk(WALK, h(14), TUESDAY, hoursOf, visitStatus);
    expect(t.stops.map((s) => [s.arrive, s.leave])).toEqual([
      [h(14), h(14, 15)],
      [h(14, 35), h(15, 35)],
    ]);
    expect(t.end).toBe(h(15, 35));
    expect(t.stops.map((s) => s.status.status)).toEqual(['unknown', 'open']);
    expect(t.stops.map((s) => s.fix)).toEqual([undefined, undefined]);
  });

  it('reaching the museum after its last entry offers to set off that much earlier', () => {
    const t = timeWalk(WALK, h(16), TUESDAY, hoursOf, visitStatus);
    // 16:35 at the museum, last entry 16:30.
    expect(t.stops[1].status).toEqual({ status: 'after-last-entry', lastEntry: h(16, 30) });
    expect(t.stops[1].fix).toEqual({ kind: 'earlier', minutes: 5 });
    // The fix works: set off 5 minutes earlier and the museum is reached at its last entry, but the visit
    // runs past closing, which the next check says.
    const again = timeWalk(WALK, h(16) - 5, TUESDAY, hoursOf, visitStatus);
    expect(again.stops[1].status.status).toBe('closes-during');
    expect(again.stops[1].fix).toEqual({ kind: 'earlier', minutes: 30 });
    expect(timeWalk(WALK, h(16) - 35, TUESDAY, hoursOf, visitStatus).stops[1].fix).toBeUndefined();
  });

  it('arriving before opening offers to set off later', () => {
    // 08:30 → the museum at 09:05, 25 minutes before it opens.
    const t = timeWalk(WALK, h(8, 30), TUESDAY, hoursOf, visitStatus);
    expect(t.stops[1].status).toEqual({ status: 'before-opening', opensAt: h(9, 30) });
    expect(t.stops[1].fix).toEqual({ kind: 'later', minutes: 25 });
  });

  it('a museum closed all day can only be skipped', () => {
    const t = timeWalk(WALK, h(10), '2026-12-07', hoursOf, visitStatus);
    expect(t.stops[1].status).toEqual({ status: 'closed-day' });
    expect(t.stops[1].fix).toEqual({ kind: 'skip' });
  });
});
