import { describe, expect, it } from 'vitest';
import { readSavedWalks, writeSavedWalks, type SavedWalk } from '../../../src/walks/saved-walks.ts';

/** A Storage over a plain map, as the browser's localStorage behaves for these calls. */
function memoryStorage(initial?: string): Storage {
  const items = new Map<string, string>();
  if (initial !== undefined) items.set('song-heritage-map:walks', initial);
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
    key: (i) => [...items.keys()][i] ?? null,
    get length() {
      return items.size;
    },
  };
}

const walk: SavedWalk = {
  key: 'mine-1',
  name: '我的宋韵小路 <b>',
  stops: ['gulou', 'hefang-poi'],
  profile: 'step-free',
  tour: 'open',
  saved: '2026-11-28T08:00:00.000Z',
};

describe('saved walks on this device', () => {
  it('reads back what was written', () => {
    const storage = memoryStorage();
    expect(writeSavedWalks([walk], storage)).toBe(true);
    expect(readSavedWalks(storage)).toEqual([walk]);
  });

  it('drops only the damaged entries of a store and keeps the rest', () => {
    const damaged = [
      walk,
      { ...walk, profile: 'bicycle' },
      { ...walk, stops: ['../x'] },
      { ...walk, stops: Array.from({ length: 16 }, () => 'gulou') },
      { ...walk, name: 'x'.repeat(121) },
      { ...walk, tour: 'loop' },
      { ...walk, saved: 5 },
      null,
      'walk',
      { ...walk, key: 'mine-2' },
    ];
    expect(readSavedWalks(memoryStorage(JSON.stringify(damaged))).map((w) => w.key)).toEqual([
      'mine-1',
      'mine-2',
    ]);
  });

  it('keeps none of the extra fields a damaged entry may carry', () => {
    const read = readSavedWalks(memoryStorage(JSON.stringify([{ ...walk, extra: 'x' }])));
    expect(read).toEqual([walk]);
  });

  it('reads an unreadable store as no walks', () => {
    expect(readSavedWalks(memoryStorage('{not json'))).toEqual([]);
    expect(readSavedWalks(memoryStorage('{"a":1}'))).toEqual([]);
    expect(readSavedWalks(undefined)).toEqual([]);
  });
});
