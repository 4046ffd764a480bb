import { describe, expect, it } from 'vitest';
import { validateListingFolders } from '../../../src/listings/listing-files.ts';
import { formatListingError } from '../../../src/listings/validate.ts';
import { eventFiles, placeIds } from './load.ts';

const good = eventFiles('tests/fixtures/events').filter((f) => f.file.endsWith('good.json'));
/** The good fixture as if it lay in `folder`, its events marked as samples or not. */
const inFolder = (folder: 'events' | 'samples', sample: boolean) =>
  good.map((f) => ({
    file: f.file.replace('tests/fixtures/events', `geodata/${folder}`),
    json: (f.json as Record<string, unknown>[]).map((e) => ({
      ...e,
      sample,
      ...(sample ? {} : { sources: [{ title: 'The organizer’s own listing' }] }),
    })),
  }));

describe('validateListingFolders', () => {
  it('sorts real listings and samples apart', () => {
    const r = validateListingFolders(inFolder('events', false), [], placeIds());
    expect([r.events.length > 0, r.samples.length, r.errors]).toEqual([true, 0, []]);
    const s = validateListingFolders([], inFolder('samples', true), placeIds());
    expect([s.events.length, s.samples.length > 0, s.errors]).toEqual([0, true, []]);
  });

  it('refuses an invented event among the real listings, and a sample that does not say it is one', () => {
    const r = validateListingFolders(inFolder('events', true), [], placeIds());
    expect(r.errors.map(formatListingError)[0]).toMatch(
      /^geodata\/events\/good\.json:fixture-[a-z-]+:sample: an invented event belongs in geodata\/samples\//,
    );
    const s = validateListingFolders([], inFolder('samples', false), placeIds());
    expect(s.errors.map(formatListingError)[0]).toMatch(/:sample: a sample event must say `"sample": true`$/);
    expect([...r.events, ...s.samples]).toEqual([]);
  });
});
