import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatListingError, htmlProblem, validateEventFiles } from '../../../src/listings/validate.ts';
import { eventFiles, placeIds } from './load.ts';
import { expectGolden } from '../golden.ts';

// Known-bad fixtures, each with the part its error must contain. The full error text is kept beside each
// fixture in <name>.errors.txt; run with UPDATE=1 to rewrite those files after a deliberate change.
const DIR = 'tests/fixtures/events';
const EXPECTED: Record<string, string> = {
  'end-before-start': ':fixture-show:end: must be after the start',
  'exdate-not-occurrence': ':fixture-show:exdates.0: 2026-12-13T19:30 is not an occurrence of the rule',
  'html-description': ':fixture-show:description_en: must be plain text: no HTML tags',
  'impossible-rrule': ':fixture-show:rrule: BYMONTHDAY can never match',
  'missing-venue': ':fixture-show:venue: give a venue (place id) or a route',
  'not-a-date': ':fixture-show:start: "2026-02-30T19:30" is not a calendar date-time',
  'real-without-sources': ':fixture-show:sources: a real event needs at least one source',
  'route-out-of-bounds': ':fixture-show:route.coordinates.1: [30.242609, 120.166261] is outside',
  'sample-title-unmarked': ':fixture-show:title_en: sample data: the title must say "sample"',
  'start-not-first-occurrence': ':fixture-show:rrule: the start is not the first occurrence of the rule',
  'too-many-occurrences': ':fixture-show:rrule: has more than 400 occurrences',
  'unbounded-rrule': ':fixture-show:rrule: unbounded: add COUNT or UNTIL',
  'unknown-field': ':fixture-show:popularity: unknown field',
  'unknown-parent': ':fixture-show:parent: no event "no-such-season"',
  'unknown-venue': ':fixture-show:venue: no place "no-such-place" in geodata/layers/',
};

describe('validateEventFiles', () => {
  const ids = placeIds();

  it('accepts the sample events in geodata/samples', () => {
    const { events, errors } = validateEventFiles(eventFiles('geodata/samples'), ids);
    expect(errors.map(formatListingError)).toEqual([]);
    expect(events.length).toBeGreaterThanOrEqual(6);
  });

  it('finds every seed event marked as sample data', () => {
    const { events } = validateEventFiles(eventFiles('geodata/samples'), ids);
    expect(events.every((e) => e.sample)).toBe(true);
  });

  it('accepts the good fixture with a season and a child event', () => {
    expect(validateEventFiles(eventFiles(DIR), ids).errors).toEqual([]);
  });

  it('accepts a real event without English title or description (English is optional)', () => {
    const [show] = eventFiles(DIR)
      .flatMap((f) => f.json as { id: string }[])
      .filter((e) => e.id === 'fixture-show');
    const zhOnly: Record<string, unknown> = { ...show, sample: false, sources: [{ title: 'x' }] };
    delete zhOnly.title_en;
    delete zhOnly.description_en;
    delete zhOnly.parent;
    const { events, errors } = validateEventFiles([{ file: 'zh-only', json: [zhOnly] }], ids);
    expect(errors.map(formatListingError)).toEqual([]);
    expect(events[0].title_en).toBeUndefined();
  });

  const badFiles = readdirSync(join(DIR, 'bad')).filter((f) => f.endsWith('.json'));

  it('has an expectation for every known-bad fixture', () => {
    expect(badFiles.map((f) => basename(f, '.json')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const name of badFiles) {
    const id = basename(name, '.json');
    it(`rejects ${id} with an error naming file, event and field`, () => {
      const files = eventFiles(join(DIR, 'bad')).filter((f) => f.file.endsWith(`/${name}`));
      const lines = validateEventFiles(files, ids).errors.map(formatListingError);
      expect(lines.some((l) => l.startsWith(`${files[0].file}:`) && l.includes(EXPECTED[id]))).toBe(true);
      const golden = join(DIR, 'bad', `${id}.errors.txt`);
      const text = `${lines.join('\n')}\n`;
      expectGolden(golden, text);
    });
  }

  it('reports an id used in two files', () => {
    const [good] = eventFiles(DIR);
    const lines = validateEventFiles([good, { ...good, file: 'copy.json' }], ids).errors.map(
      formatListingError,
    );
    expect(lines).toContain(`copy.json:fixture-season:id: duplicate of an id in ${good.file}`);
  });

  it('rejects a parent that is not a festival season', () => {
    const [good] = eventFiles(DIR);
    const events = (good.json as Record<string, unknown>[]).map((e) =>
      e.id === 'fixture-season' ? { ...e, category: 'market' } : e,
    );
    const lines = validateEventFiles([{ file: 'f.json', json: events }], ids).errors.map(formatListingError);
    expect(lines).toEqual(['f.json:fixture-show:parent: "fixture-season" is not a festival season']);
  });

  it('rejects a file that is not an array', () => {
    const lines = validateEventFiles([{ file: 'f.json', json: { events: [] } }], ids).errors;
    expect(lines.map(formatListingError)).toEqual(['f.json:-:-: must be a JSON array of events']);
  });
});

describe('htmlProblem', () => {
  it('allows line breaks and bare links', () => {
    expect(htmlProblem('第一行\nhttps://example.org/a?b=1&c=2')).toBeUndefined();
  });

  it('rejects an HTML entity', () => {
    expect(htmlProblem('Tea &amp; cakes')).toMatch(/entity/);
  });

  it('allows a comparison written with < and >', () => {
    expect(htmlProblem('ages 6 < x > 3')).toBeUndefined();
  });
});
