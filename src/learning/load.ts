/**
 * Loads data/learning.json (written by `npm run data` from geodata/learning/). Relative to the page, like
 * src/data/load.ts.
 */
import type { AgeGroup, LearningData, Question } from './schema.ts';

export async function loadLearning(signal?: AbortSignal): Promise<LearningData> {
  const res = await fetch(new URL('data/learning.json', document.baseURI), { signal });
  if (!res.ok) throw new Error(`data/learning.json: HTTP ${res.status}`);
  const data = (await res.json()) as LearningData;
  if (data.version !== 1) throw new Error('data/learning.json: unknown version');
  return data;
}

/** The questions for one stop and age group, in data order; empty when the stop has none. */
export function questionsFor(data: LearningData, place: string, age: AgeGroup): Question[] {
  return data.stops[place]?.questions.filter((q) => q.age === age) ?? [];
}
