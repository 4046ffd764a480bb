import { describe, expect, it } from 'vitest';
import { nearbyOccurrences } from '../../../src/listings/near.ts';
import type { Occurrence } from '../../../src/listings/occurrences.ts';
import { at, goodEvents } from './load.ts';

const base = goodEvents().find((e) => e.id === 'fixture-show')!;
const occ = (
  id: string,
  venue: string | undefined,
  start: string,
  end: string,
  cancelled = false,
): Occurrence => ({
  event: { ...base, id, venue },
  key: `${id}@${start}`,
  start: at(`${start}+08:00`),
  end: at(`${end}+08:00`),
  cancelled,
});
const now = at('2026-12-05T19:40+08:00');
const distances = new Map([
  ['near', 300],
  ['far', 1200],
  ['next-door', 80],
]);

describe('nearbyOccurrences', () => {
  it('keeps what is on now or starting soon within the walk, nearest first', () => {
    const list = nearbyOccurrences(
      [
        occ('show', 'near', '2026-12-05T19:30', '2026-12-05T20:15'),
        occ('talk', 'next-door', '2026-12-05T20:00', '2026-12-05T21:00'),
        occ('late', 'near', '2026-12-05T21:00', '2026-12-05T22:00'),
        occ('away', 'far', '2026-12-05T19:00', '2026-12-05T21:00'),
        occ('over', 'near', '2026-12-05T18:00', '2026-12-05T19:00'),
      ],
      distances,
      now,
      750,
    );
    expect(list.map((n) => [n.occurrence.event.id, n.onNow])).toEqual([
      ['talk', false],
      ['show', true],
    ]);
  });

  it('leaves out cancelled occurrences and events without a known venue distance', () => {
    const list = nearbyOccurrences(
      [
        occ('called-off', 'near', '2026-12-05T19:30', '2026-12-05T20:15', true),
        occ('roaming', undefined, '2026-12-05T19:30', '2026-12-05T20:15'),
        occ('unknown', 'nowhere', '2026-12-05T19:30', '2026-12-05T20:15'),
      ],
      distances,
      now,
      750,
    );
    expect(list).toEqual([]);
  });

  it('lists an event once, for the occurrence under way', () => {
    const list = nearbyOccurrences(
      [
        occ('show', 'near', '2026-12-05T19:30', '2026-12-05T20:15'),
        occ('show', 'near', '2026-12-05T20:05', '2026-12-05T20:50'),
      ],
      distances,
      now,
      750,
    );
    expect(list.map((n) => n.occurrence.key)).toEqual(['show@2026-12-05T19:30']);
  });
});
