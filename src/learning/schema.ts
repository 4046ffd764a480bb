/**
 * The schemas of geodata/learning/: questions per stop and age group, a glossary and a Song timeline. The
 * validator (src/learning/validate.ts, run by scripts/data.ts) checks the files with these schemas, and the
 * published types below are inferred from them.
 *
 * Contract of a question: its answer comes from the place data. `refs` names the place and the property (or
 * dated event) the answer is taken from; the validator checks that the place and the field exist and that
 * `key_zh` / `key_en` (the answer's key term or year) appear in that field's text.
 */
import { AGE_GROUPS, type AgeGroup } from './age-groups.ts';
import * as v from 'valibot';
import { SourceSchema } from '../data/schema.ts';
import { IdSchema } from '../data/ids.ts';

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const id = IdSchema;
const year = v.pipe(v.number(), v.integer('must be a whole year'), v.minValue(900), v.maxValue(2100));
const sources = v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source'));

export { AGE_GROUPS, type AgeGroup };

/**
 * Place properties a question may draw on. Each names a zh/en pair in the place data (`summary` →
 * `summary_zh` + `summary_en`; `name` → `name_zh` + `name_en`; `note` → `note_zh` + `note_en`), except `dates`,
 * which names one dated event and then needs `year`.
 */
export const REF_FIELDS = [
  'summary',
  'name',
  'period',
  'beneath',
  'note',
  'how',
  'position',
  'access',
  'dates',
] as const;
export type RefField = (typeof REF_FIELDS)[number];

export const FactRefSchema = v.strictObject({
  /** A place id from geodata/layers/. */
  place: id,
  field: v.picklist(REF_FIELDS),
  /** With `field: "dates"`: the year of the dated event the answer uses. */
  year: v.optional(year),
});
export type FactRef = v.InferOutput<typeof FactRefSchema>;

export const QuestionSchema = v.strictObject({
  /** Stable id, `<place>-<p|j|s><n>`, so a worksheet and its answer key number the same questions. */
  id,
  age: v.picklist(AGE_GROUPS),
  question_zh: text,
  question_en: text,
  answer_zh: text,
  answer_en: text,
  /** Where the answer comes from; a compare question names each place it compares. */
  refs: v.pipe(v.array(FactRefSchema), v.minLength(1, 'needs at least one fact reference')),
  /** A term or year of the answer that must appear in the text of one of `refs` (zh side / en side). */
  key_zh: text,
  key_en: text,
});
export type Question = v.InferOutput<typeof QuestionSchema>;

/** geodata/learning/stops/<place>.json: the questions for one stop. */
export const StopQuestionsSchema = v.strictObject({
  /** The place id; must match the file name. */
  place: id,
  questions: v.array(QuestionSchema),
  /** Why a stop has fewer questions than usual (e.g. the place data carries too few facts). */
  note_zh: v.optional(text),
  note_en: v.optional(text),
});
export type StopQuestions = v.InferOutput<typeof StopQuestionsSchema>;

/** geodata/learning/glossary.json: terms written by us, each with at least one source. */
export const GlossaryTermSchema = v.strictObject({
  id,
  term_zh: text,
  /** Pinyin with tone marks, e.g. niánhào. */
  pinyin: text,
  term_en: text,
  definition_zh: text,
  definition_en: text,
  /** Places on the map where the term can be seen or applies. */
  places: v.optional(v.array(id)),
  sources,
});
export type GlossaryTerm = v.InferOutput<typeof GlossaryTermSchema>;
export const GlossarySchema = v.pipe(v.array(GlossaryTermSchema), v.minLength(1, 'needs at least one term'));

/** geodata/learning/timeline.json: Song dates that matter for the sites, in chronological order. */
export const TimelineEntrySchema = v.strictObject({
  year,
  /** Reign-era date, e.g. 绍兴八年; checked against `year` (src/history/era.ts). */
  era_zh: v.optional(text),
  event_zh: text,
  event_en: text,
  /** Places the event concerns. */
  places: v.optional(v.array(id)),
  sources,
});
export type TimelineEntry = v.InferOutput<typeof TimelineEntrySchema>;
export const TimelineSchema = v.pipe(
  v.array(TimelineEntrySchema),
  v.minLength(1, 'needs at least one entry'),
);

/**
 * What the build publishes at public/data/learning.json (served as data/learning.json beside index.html).
 * `stops` is keyed by place id; each stop's questions are in file order (primary, then junior, then senior).
 * In `timeline`, `era_zh` is always filled where the year is in the era table: the build computes it
 * (src/history/era.ts, the first era of that year) when the data gives none.
 */
export interface LearningData {
  version: 1;
  stops: Record<string, StopQuestions>;
  glossary: GlossaryTerm[];
  timeline: TimelineEntry[];
}
