import { describe, expect, test } from 'vitest';
import { draftFromEvent, emptyDraft } from '../../../../src/organizer/model/draft.ts';
import { previewOf } from '../../../../src/organizer/model/preview-event.ts';
import { occurrenceStarts } from '../../../../src/listings/occurrences.ts';
import { goodEvents } from '../../listings/load.ts';

const venue = {
  id: 'gulou',
  name_zh: '鼓楼',
  name_en: 'Drum Tower',
  position: [120.17, 30.24] as [number, number],
  area: 'qinghefang',
};

describe('previewOf', () => {
  test('gives nothing until start and end parse and are in order', () => {
    expect(previewOf(emptyDraft(), [])).toBeUndefined();
    const d = { ...emptyDraft(), start: '2026-12-05T19:30', end: '2026-12-05T19:00' };
    expect(previewOf(d, [])).toBeUndefined();
  });

  test('a recurring event previews the same occurrences the feed would publish', () => {
    const show = goodEvents().find((e) => e.id === 'fixture-show')!;
    const p = previewOf(draftFromEvent(show), [])!;
    expect(p.occurrences.map((o) => o.start)).toEqual(occurrenceStarts(show));
    expect(p.occurrences[0].key).toBe(`fixture-show@${show.start}`);
  });

  test('an invalid rule still previews the first date', () => {
    const d = {
      ...emptyDraft(),
      start: '2026-12-05T19:30',
      end: '2026-12-05T21:00',
      freq: 'custom' as const,
      rruleCustom: 'FREQ=WEEKLY',
    };
    expect(previewOf(d, [])!.occurrences).toHaveLength(1);
  });

  test('the chosen venue is placed on the event as the feed does', () => {
    const d = { ...emptyDraft(), venue: 'gulou', start: '2026-12-05T19:30', end: '2026-12-05T21:00' };
    expect(previewOf(d, [venue])!.event.place).toEqual({
      name_zh: '鼓楼',
      name_en: 'Drum Tower',
      position: [120.17, 30.24],
      area: 'qinghefang',
    });
  });
});
