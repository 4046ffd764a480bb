import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREA_IDS } from '../../../src/data/areas.ts';
import { formatError } from '../../../src/data/check.ts';
import type { PlaceCollection, PlaceProperties, WalkDefinition } from '../../../src/data/schema.ts';
import { AGE_GROUPS } from '../../../src/learning/schema.ts';
import { refText, validateLearning } from '../../../src/learning/validate.ts';

// The shipped learning material in geodata/learning/, checked against the shipped places and walks.
const places = new Map<string, PlaceProperties>();
for (const area of AREA_IDS) {
  const fc = JSON.parse(readFileSync(`geodata/layers/${area}.geojson`, 'utf8')) as PlaceCollection;
  for (const f of fc.features) places.set(f.properties.id, f.properties);
}
const walks = readdirSync('geodata/walks')
  .filter((n) => n.endsWith('.json'))
  .map((n) => JSON.parse(readFileSync(join('geodata/walks', n), 'utf8')) as WalkDefinition);
const walkStops = [...new Set(walks.flatMap((w) => w.stops.map((s) => s.place)))];
const read = (file: string) => ({ file, json: JSON.parse(readFileSync(file, 'utf8')) as unknown });
const stopDir = 'geodata/learning/stops';
const { data, errors } = validateLearning({
  stops: readdirSync(stopDir).map((n) => read(join(stopDir, n))),
  glossary: read('geodata/learning/glossary.json'),
  timeline: read('geodata/learning/timeline.json'),
  places,
  walkStops,
  stopDir,
});
const questions = Object.values(data.stops).flatMap((s) => s.questions);

describe('geodata/learning', () => {
  it('passes the validator', () => {
    expect(errors.map(formatError)).toEqual([]);
  });

  it('has a questions file for every stop of every curated walk', () => {
    expect(walkStops.filter((p) => !data.stops[p])).toEqual([]);
  });

  it('gives every stop without a note 2–3 questions for each age group', () => {
    const off = Object.values(data.stops)
      .filter((s) => !s.note_en)
      .flatMap((s) =>
        AGE_GROUPS.map((age) => ({
          place: s.place,
          age,
          n: s.questions.filter((q) => q.age === age).length,
        })),
      )
      .filter((c) => c.n < 2 || c.n > 3);
    expect(off).toEqual([]);
  });

  it('resolves every fact reference to a place field with text in both languages', () => {
    const unresolved = questions.flatMap((q) =>
      q.refs
        .filter((r) => typeof refText(r, places) === 'string')
        .map((r) => `${q.id} → ${r.place}.${r.field}`),
    );
    expect(unresolved).toEqual([]);
  });

  it('writes questions and answers with Chinese in the zh fields and Latin letters or digits in the en fields', () => {
    const han = /\p{Script=Han}/u;
    const bad = questions.filter(
      (q) =>
        !han.test(q.question_zh) ||
        !han.test(q.answer_zh) ||
        !/[A-Za-z0-9]/.test(q.question_en) ||
        !/[A-Za-z0-9]/.test(q.answer_en),
    );
    expect(bad.map((q) => q.id)).toEqual([]);
  });

  it('cites at least one http(s) source for every glossary term and timeline entry', () => {
    const cited = [...data.glossary, ...data.timeline].every((e) =>
      e.sources.some((s) => s.url?.startsWith('http')),
    );
    expect(cited).toBe(true);
  });
});
