import { describe, expect, it } from 'vitest';
import { listOccurrences, presetWindow } from '../../../src/listings/filters.ts';
import type { Occurrence } from '../../../src/listings/occurrences.ts';
import type { ListingEvent } from '../../../src/listings/schema.ts';
import { formatLocal } from '../../../src/listings/time.ts';
import { at, goodEvents } from './load.ts';

const base = goodEvents().find((e) => e.id === 'fixture-show')!;
function occ(id: string, start: string, end: string, changes: Partial<ListingEvent> = {}): Occurrence {
  return {
    event: { ...base, id, ...changes },
    key: `${id}@${start}`,
    start: at(`${start}+08:00`),
    end: at(`${end}+08:00`),
    cancelled: changes.status === 'cancelled',
  };
}
const keys = (list: { key: string }[]) => list.map((o) => o.key.split('@')[0]);
// Saturday 5 December 2026, 18:45 in Hangzhou.
const now = at('2026-12-05T18:45+08:00');

describe('presetWindow', () => {
  it('takes today as the Hangzhou day even when UTC is still on the previous day', () => {
    const w = presetWindow({ kind: 'today' }, at('2026-12-04T17:00Z'));
    expect([formatLocal(w.from), formatLocal(w.to)]).toEqual(['2026-12-05T00:00', '2026-12-06T00:00']);
  });

  it('takes the coming Saturday and Sunday on a weekday', () => {
    const w = presetWindow({ kind: 'weekend' }, at('2026-12-02T12:00+08:00'));
    expect([formatLocal(w.from), formatLocal(w.to)]).toEqual(['2026-12-05T00:00', '2026-12-07T00:00']);
  });

  it('takes the current weekend on a Sunday', () => {
    const w = presetWindow({ kind: 'weekend' }, at('2026-12-06T12:00+08:00'));
    expect(formatLocal(w.from)).toBe('2026-12-05T00:00');
  });

  it('includes both ends of a date range', () => {
    const w = presetWindow({ kind: 'range', from: '2026-12-10', to: '2026-12-11' }, now);
    expect([formatLocal(w.from), formatLocal(w.to)]).toEqual(['2026-12-10T00:00', '2026-12-12T00:00']);
  });
});

describe('listOccurrences', () => {
  const exhibition = occ('exhibition', '2026-11-20T09:00', '2027-01-24T17:00', {
    category: 'exhibition',
    title_zh: '甲展',
  });
  const show = occ('show', '2026-12-05T19:30', '2026-12-05T20:30');
  const tomorrow = occ('tomorrow', '2026-12-06T10:00', '2026-12-06T11:00');
  const past = occ('past', '2026-12-05T09:00', '2026-12-05T10:00');
  const market = occ('market', '2026-12-05T18:00', '2026-12-05T21:00', {
    category: 'market',
    free: true,
    venue: 'qinghefang-block',
  });
  const all = [exhibition, tomorrow, show, past, market];

  it('puts today’s short events before a long-running exhibition, and tomorrow after it', () => {
    expect(keys(listOccurrences(all, { when: { kind: 'all' } }, now))).toEqual([
      'market',
      'show',
      'exhibition',
      'tomorrow',
    ]);
  });

  it('hides occurrences that have ended', () => {
    expect(keys(listOccurrences(all, { when: { kind: 'today' } }, now))).not.toContain('past');
  });

  it('flags a short event in progress as on now and a long one as running', () => {
    const list = listOccurrences(all, { when: { kind: 'today' } }, now);
    const flags = Object.fromEntries(list.map((o) => [o.event.id, [o.onNow, o.running]]));
    expect(flags).toMatchObject({ market: [true, false], exhibition: [false, true] });
  });

  it('flags an event starting within 60 minutes as starting soon', () => {
    const list = listOccurrences(all, { when: { kind: 'today' } }, now);
    expect(list.filter((o) => o.startingSoon).map((o) => o.event.id)).toEqual(['show']);
  });

  it('does not flag a cancelled event as starting soon, and lists it after the others', () => {
    const cancelled = occ('cancelled', '2026-12-05T19:00', '2026-12-05T20:00', { status: 'cancelled' });
    const list = listOccurrences([show, cancelled], { when: { kind: 'today' } }, now);
    expect(list.map((o) => [o.event.id, o.startingSoon])).toEqual([
      ['show', true],
      ['cancelled', false],
    ]);
  });

  it('filters by area through the function it is given', () => {
    const areaOf = (venue: string) => (venue === 'qinghefang-block' ? 'qinghefang' : 'elsewhere');
    expect(keys(listOccurrences(all, { when: { kind: 'all' }, areas: ['qinghefang'], areaOf }, now))).toEqual(
      ['market'],
    );
  });

  it('filters by category and by free entry', () => {
    expect(keys(listOccurrences(all, { when: { kind: 'all' }, categories: ['exhibition'] }, now))).toEqual([
      'exhibition',
    ]);
    const paid = occ('paid', '2026-12-05T20:00', '2026-12-05T21:00', { free: false, price_cny: 80 });
    expect(keys(listOccurrences([paid, market], { when: { kind: 'all' }, freeOnly: true }, now))).toEqual([
      'market',
    ]);
  });

  it('filters by audience and by language', () => {
    const family = occ('family', '2026-12-06T10:00', '2026-12-06T11:00', {
      suitable_for: ['family'],
      languages: ['zh'],
    });
    const english = occ('english', '2026-12-06T12:00', '2026-12-06T13:00', { languages: ['en-GB'] });
    expect(
      keys(listOccurrences([family, english], { when: { kind: 'all' }, suitableFor: 'family' }, now)),
    ).toEqual(['family']);
    expect(keys(listOccurrences([family, english], { when: { kind: 'all' }, language: 'en' }, now))).toEqual([
      'english',
    ]);
  });

  it('lists an exhibition under way at the start of a later date range', () => {
    const later = { when: { kind: 'range', from: '2026-12-10', to: '2026-12-10' } } as const;
    const dated = occ('dated', '2026-12-10T10:00', '2026-12-10T11:00');
    expect(keys(listOccurrences([exhibition, dated, show], later, now))).toEqual(['dated', 'exhibition']);
  });
});
