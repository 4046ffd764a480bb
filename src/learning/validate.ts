/**
 * Validates geodata/learning/ against the places. Pure: takes parsed JSON and the place properties and returns
 * the compiled LearningData and errors in the project's `file:item:field: message` shape, so the CLI
 * (scripts/data.ts) and the unit tests run the same checks.
 *
 * Beyond the schema it checks that every fact reference resolves (the place exists, and so does the field —
 * both languages — or the dated event of that year), that each question's key term appears in the text it
 * cites, that every stop has 2–3 questions per age group (fewer only with a note saying why), that the
 * walk stops are covered, and that timeline era dates name their year.
 */
import * as v from 'valibot';
import type { PlaceProperties } from '../data/schema.ts';
import type { DataError } from '../data/check.ts';
import { eraForYear, eraMatchesYear } from '../history/era.ts';
import {
  AGE_GROUPS,
  GlossarySchema,
  StopQuestionsSchema,
  TimelineSchema,
  type FactRef,
  type GlossaryTerm,
  type LearningData,
  type Question,
  type StopQuestions,
  type TimelineEntry,
} from './schema.ts';

export interface LearningFile {
  /** Path as shown in errors, e.g. geodata/learning/stops/gulou.json. */
  file: string;
  json: unknown;
}

export interface LearningInput {
  stops: LearningFile[];
  glossary: LearningFile;
  timeline: LearningFile;
  places: ReadonlyMap<string, PlaceProperties>;
  /** Place ids of the curated walks' stops; each needs a questions file. */
  walkStops: readonly string[];
  /** Folder of the stop files, for the "missing file" error. */
  stopDir: string;
}

/** A file that is absent (json undefined) or did not parse (`{ parseError }`, as scripts/data.ts reads it). */
function unreadable(f: LearningFile): DataError | undefined {
  if (f.json === undefined) return { file: f.file, feature: '-', field: '-', message: 'missing file' };
  const parseError = (f.json as { parseError?: unknown } | null)?.parseError;
  if (typeof parseError === 'string')
    return { file: f.file, feature: '-', field: '-', message: `not valid JSON: ${parseError}` };
  return undefined;
}

export const MIN_PER_AGE = 2;
export const MAX_PER_AGE = 3;

function schemaErrors(file: string, item: (path: string) => string, issues: v.BaseIssue<unknown>[]) {
  return issues.map((issue) => {
    const path = v.getDotPath(issue) ?? '-';
    const message =
      issue.kind === 'schema' && issue.received === 'undefined'
        ? 'required'
        : issue.type === 'strict_object' && issue.expected === 'never'
          ? 'unknown field'
          : issue.message;
    return { file, feature: item(path), field: path, message };
  });
}

/** The zh and en text a reference points at, or a message saying why it does not resolve. */
export function refText(
  ref: FactRef,
  places: ReadonlyMap<string, PlaceProperties>,
): { zh: string; en: string } | string {
  const p = places.get(ref.place);
  if (!p) return `no place "${ref.place}" in geodata/layers/`;
  if (ref.field === 'dates') {
    if (ref.year === undefined) return 'a "dates" reference needs the year of the dated event';
    const events = (p.dates ?? []).filter((d) => d.year === ref.year);
    if (!events.length) return `place "${ref.place}" has no dated event in ${ref.year}`;
    return {
      zh: events.map((d) => `${d.year} ${d.era_zh ?? ''} ${d.event_zh}`).join(' '),
      en: events.map((d) => `${d.year} ${d.event_en}`).join(' '),
    };
  }
  if (ref.year !== undefined) return `"year" belongs only to a "dates" reference, not "${ref.field}"`;
  const props = p as unknown as Record<string, string | undefined>;
  const zh = props[`${ref.field}_zh`];
  const en = props[`${ref.field}_en`];
  if (!zh || !en) return `place "${ref.place}" has no ${ref.field}_zh and ${ref.field}_en`;
  return { zh, en };
}

function checkQuestion(
  q: Question,
  i: number,
  places: ReadonlyMap<string, PlaceProperties>,
  err: (field: string, message: string) => void,
) {
  const texts: { zh: string; en: string }[] = [];
  q.refs.forEach((ref, j) => {
    const t = refText(ref, places);
    if (typeof t === 'string') err(`questions.${i}.refs.${j}`, t);
    else texts.push(t);
  });
  if (texts.length !== q.refs.length) return;
  if (!texts.some((t) => t.zh.includes(q.key_zh)))
    err(`questions.${i}.key_zh`, `"${q.key_zh}" does not appear in the cited text`);
  const keyEn = q.key_en.toLowerCase();
  if (!texts.some((t) => t.en.toLowerCase().includes(keyEn)))
    err(`questions.${i}.key_en`, `"${q.key_en}" does not appear in the cited text`);
  if (!q.answer_zh.includes(q.key_zh))
    err(`questions.${i}.answer_zh`, `does not contain its key "${q.key_zh}"`);
  if (!q.answer_en.toLowerCase().includes(keyEn))
    err(`questions.${i}.answer_en`, `does not contain its key "${q.key_en}"`);
}

function checkStop(stop: StopQuestions, file: string, input: LearningInput): DataError[] {
  const errors: DataError[] = [];
  const err = (field: string, message: string) => errors.push({ file, feature: stop.place, field, message });
  const name = file.split('/').pop();
  if (name !== `${stop.place}.json`) err('place', 'must match the file name');
  if (!input.places.has(stop.place)) err('place', `no place "${stop.place}" in geodata/layers/`);
  if (Boolean(stop.note_zh) !== Boolean(stop.note_en)) err('note_en', 'a note needs both zh and en');

  let lastAge = 0;
  stop.questions.forEach((q, i) => {
    if (!q.id.startsWith(`${stop.place}-`)) err(`questions.${i}.id`, `must start with "${stop.place}-"`);
    const age = AGE_GROUPS.indexOf(q.age);
    if (age < lastAge) err(`questions.${i}.age`, 'questions must be in the order primary, junior, senior');
    lastAge = Math.max(lastAge, age);
    checkQuestion(q, i, input.places, err);
  });
  for (const age of AGE_GROUPS) {
    const n = stop.questions.filter((q) => q.age === age).length;
    if (n > MAX_PER_AGE) err('questions', `${n} ${age} questions; at most ${MAX_PER_AGE}`);
    else if (n < MIN_PER_AGE && !stop.note_en)
      err('questions', `${n} ${age} questions; at least ${MIN_PER_AGE}, or a note saying why not`);
  }
  return errors;
}

function checkPlaces(
  ids: readonly string[] | undefined,
  places: ReadonlyMap<string, PlaceProperties>,
  err: (field: string, message: string) => void,
) {
  (ids ?? []).forEach((id, j) => {
    if (!places.has(id)) err(`places.${j}`, `no place "${id}" in geodata/layers/`);
  });
}

export function validateLearning(input: LearningInput): { data: LearningData; errors: DataError[] } {
  const errors: DataError[] = [];
  const stops: Record<string, StopQuestions> = {};
  const questionIds = new Map<string, string>();

  for (const f of input.stops) {
    const problem = unreadable(f);
    if (problem) {
      errors.push(problem);
      continue;
    }
    const r = v.safeParse(StopQuestionsSchema, f.json);
    if (!r.success) {
      const place = (f.json as { place?: unknown } | null)?.place;
      errors.push(...schemaErrors(f.file, () => (typeof place === 'string' ? place : '-'), r.issues));
      continue;
    }
    const stop = r.output;
    errors.push(...checkStop(stop, f.file, input));
    stop.questions.forEach((q, i) => {
      const seen = questionIds.get(q.id);
      if (seen)
        errors.push({
          file: f.file,
          feature: stop.place,
          field: `questions.${i}.id`,
          message: seen === f.file ? `duplicate id "${q.id}"` : `"${q.id}" is also in ${seen}`,
        });
      else questionIds.set(q.id, f.file);
    });
    stops[stop.place] = stop;
  }
  for (const place of new Set(input.walkStops)) {
    if (!stops[place] && !input.stops.some((f) => f.file.endsWith(`/${place}.json`)))
      errors.push({
        file: `${input.stopDir}/${place}.json`,
        feature: place,
        field: '-',
        message: 'missing: every stop of a curated walk needs a questions file',
      });
  }

  let glossary: GlossaryTerm[] = [];
  const g = v.safeParse(GlossarySchema, input.glossary.json);
  const glossaryProblem = unreadable(input.glossary);
  if (glossaryProblem) {
    errors.push(glossaryProblem);
  } else if (!g.success) {
    const items = input.glossary.json as { id?: unknown }[];
    errors.push(
      ...schemaErrors(
        input.glossary.file,
        (path) => {
          const id = Array.isArray(items) ? items[Number(path.split('.')[0])]?.id : undefined;
          return typeof id === 'string' ? id : '-';
        },
        g.issues,
      ),
    );
  } else {
    glossary = g.output;
    const seen = new Set<string>();
    glossary.forEach((t, i) => {
      const err = (field: string, message: string) =>
        errors.push({ file: input.glossary.file, feature: t.id, field: `${i}.${field}`, message });
      if (seen.has(t.id)) err('id', 'duplicate term id');
      seen.add(t.id);
      checkPlaces(t.places, input.places, err);
    });
  }

  let timeline: TimelineEntry[] = [];
  const t = v.safeParse(TimelineSchema, input.timeline.json);
  const timelineProblem = unreadable(input.timeline);
  if (timelineProblem) {
    errors.push(timelineProblem);
  } else if (!t.success) {
    const items = input.timeline.json as { year?: unknown }[];
    errors.push(
      ...schemaErrors(
        input.timeline.file,
        (path) => {
          const year = Array.isArray(items) ? items[Number(path.split('.')[0])]?.year : undefined;
          return typeof year === 'number' ? String(year) : '-';
        },
        t.issues,
      ),
    );
  } else {
    timeline = t.output.map((e) => ({ ...e, era_zh: e.era_zh ?? eraForYear(e.year) }));
    t.output.forEach((e, i) => {
      const err = (field: string, message: string) =>
        errors.push({ file: input.timeline.file, feature: String(e.year), field: `${i}.${field}`, message });
      if (i > 0 && e.year < t.output[i - 1].year) err('year', 'entries must be in chronological order');
      if (e.era_zh && !eraMatchesYear(e.era_zh, e.year))
        err('era_zh', `"${e.era_zh}" is not the year ${e.year}`);
      checkPlaces(e.places, input.places, err);
    });
  }

  return { data: { version: 1, stops, glossary, timeline }, errors };
}
