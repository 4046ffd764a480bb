import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../../src/data/check.ts';
import type { PlaceCollection, PlaceProperties } from '../../../src/data/schema.ts';
import { validateLearning, type LearningFile, type LearningInput } from '../../../src/learning/validate.ts';
import { expectGolden } from '../golden.ts';

// Known-bad cases are folders under tests/fixtures/learning/bad/ holding only the file(s) that differ from
// good/; each has the error its case must produce and the full text in <case>/errors.txt (UPDATE=1 rewrites).
const DIR = 'tests/fixtures/learning';
const EXPECTED: Record<string, string> = {
  'ages-out-of-order': ':questions.4.age: questions must be in the order primary, junior, senior',
  'answer-without-key': ':questions.0.answer_en: does not contain its key "Test place"',
  'bad-id-prefix': ':questions.0.id: must start with "fixture-museum-"',
  'dates-without-year': ':questions.2.refs.0: a "dates" reference needs the year',
  'duplicate-id': ':questions.1.id: duplicate id "fixture-museum-p1"',
  'glossary-missing-english': 'glossary.json:nianhao:0.definition_en: required',
  'glossary-unknown-place': 'glossary.json:nianhao:0.places.0: no place "no-such-place"',
  'glossary-without-source': 'glossary.json:nianhao:0.sources: needs at least one source',
  'key-not-in-cited-text': ':questions.1.key_zh: "博物馆" does not appear in the cited text',
  'missing-english': ':questions.4.question_en: required',
  'missing-field': ':questions.1.refs.0: place "fixture-museum" has no beneath_zh and beneath_en',
  'no-refs': ':questions.0.refs: needs at least one fact reference',
  'note-without-english': ':note_en: a note needs both zh and en',
  'timeline-bad-url': 'timeline.json:1138:0.sources.0.url: must be http(s)',
  'timeline-era-mismatch': 'timeline.json:1138:0.era_zh: "绍兴九年" is not the year 1138',
  'timeline-out-of-order': 'timeline.json:1138:1.year: entries must be in chronological order',
  'too-few-for-age': ':questions: 1 junior questions; at least 2, or a note saying why not',
  'too-many-for-age': ':questions: 4 primary questions; at most 3',
  'unknown-age': ':questions.0.age:',
  'unknown-place-ref': ':questions.0.refs.0: no place "no-such-place"',
  'year-not-in-dates': ':questions.3.refs.0: place "fixture-museum" has no dated event in 1999',
  'year-on-text-field': ':questions.1.refs.0: "year" belongs only to a "dates" reference',
};

function placesOf(...layerFiles: string[]): Map<string, PlaceProperties> {
  const places = new Map<string, PlaceProperties>();
  for (const f of layerFiles) {
    const fc = JSON.parse(readFileSync(f, 'utf8')) as PlaceCollection;
    for (const feature of fc.features) places.set(feature.properties.id, feature.properties);
  }
  return places;
}

const readJson = (file: string): LearningFile => ({ file, json: JSON.parse(readFileSync(file, 'utf8')) });

/** The learning folder `dir`, with any file missing there taken from `fallback`. */
function input(dir: string, fallback: string, places: Map<string, PlaceProperties>, walkStops: string[]) {
  const pick = (rel: string) => (existsSync(join(dir, rel)) ? join(dir, rel) : join(fallback, rel));
  const stopDir = existsSync(join(dir, 'stops')) ? join(dir, 'stops') : join(fallback, 'stops');
  return {
    stops: readdirSync(stopDir)
      .filter((n) => n.endsWith('.json'))
      .sort()
      .map((n) => readJson(join(stopDir, n))),
    glossary: readJson(pick('glossary.json')),
    timeline: readJson(pick('timeline.json')),
    places,
    walkStops,
    stopDir,
  } satisfies LearningInput;
}

const fixturePlaces = placesOf('tests/fixtures/layers/good.geojson');
const good = join(DIR, 'good');

describe('validateLearning on fixtures', () => {
  it('accepts the good fixture: six questions, one term, two timeline entries', () => {
    const { data, errors } = validateLearning(input(good, good, fixturePlaces, ['fixture-museum']));
    expect(errors.map(formatError)).toEqual([]);
    expect(data.stops['fixture-museum'].questions).toHaveLength(6);
    expect(data.glossary).toHaveLength(1);
    expect(data.timeline).toHaveLength(2);
  });

  it('fills a missing era_zh in the published timeline from the era table', () => {
    const { data } = validateLearning(input(good, good, fixturePlaces, []));
    expect(data.timeline[1]).toMatchObject({ year: 1162, era_zh: '绍兴三十二年' });
  });

  it('reports a walk stop that has no questions file', () => {
    const { errors } = validateLearning(input(good, good, fixturePlaces, ['fixture-museum', 'fixture-lane']));
    expect(errors.map(formatError)).toEqual([
      `${good}/stops/fixture-lane.json:fixture-lane:-: missing: every stop of a curated walk needs a questions file`,
    ]);
  });

  it('reports a missing timeline file as such rather than as a schema error', () => {
    const base = input(good, good, fixturePlaces, ['fixture-museum']);
    const { errors } = validateLearning({ ...base, timeline: { file: 'x/timeline.json', json: undefined } });
    expect(errors.map(formatError)).toEqual(['x/timeline.json:-:-: missing file']);
  });

  const cases = readdirSync(join(DIR, 'bad')).sort();

  it('has an expectation for every known-bad case', () => {
    expect(cases).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const name of cases) {
    it(`rejects ${name} with an error naming file, item and field`, () => {
      const dir = join(DIR, 'bad', name);
      const lines = validateLearning(input(dir, good, fixturePlaces, ['fixture-museum'])).errors.map(
        formatError,
      );
      expect(lines.some((l) => l.startsWith(`${dir}/`) && l.includes(EXPECTED[name]))).toBe(true);
      const golden = join(dir, 'errors.txt');
      const text = `${lines.join('\n')}\n`;
      expectGolden(golden, text);
    });
  }
});
