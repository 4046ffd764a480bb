import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { questionsFor } from '../../../src/learning/load.ts';
import type { LearningData, StopQuestions } from '../../../src/learning/schema.ts';

const stop = JSON.parse(
  readFileSync('tests/fixtures/learning/good/stops/fixture-museum.json', 'utf8'),
) as StopQuestions;
const data: LearningData = { version: 1, stops: { [stop.place]: stop }, glossary: [], timeline: [] };

describe('questionsFor', () => {
  it('returns one age group’s questions for a stop, in file order', () => {
    expect(questionsFor(data, 'fixture-museum', 'junior').map((q) => q.id)).toEqual([
      'fixture-museum-j1',
      'fixture-museum-j2',
    ]);
  });

  it('returns no questions for a stop without a questions file', () => {
    expect(questionsFor(data, 'fixture-lane', 'primary')).toEqual([]);
  });
});
