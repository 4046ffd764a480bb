/**
 * Field-level validation of the organizer's form with the same checks the build and the server run
 * (ListingEventSchema, then validateEventFiles' cross-field checks). Problems are keyed by form field and
 * carry a code the strings module words in zh and en; the English detail is kept for codes that need it.
 *
 * Server answers use the same dot paths and codes (`codes` of a 422), so `problemOf` reads both.
 */
import * as v from 'valibot';
import { ListingEventSchema } from '../../listings/schema.ts';
import { htmlProblem, validateEventFiles } from '../../listings/validate.ts';
import { eventFromDraft, type EventDraft } from './draft.ts';
import { parseLocal } from '../../listings/time.ts';
import { repeatProblems, type RepeatProblem } from './repeat-words.ts';
import { issue, issueOf, type FieldIssue } from '../../data/issues.ts';
import type { ApiFieldIssue } from '../../api/contract.ts';

/** The codes the form words: the validators' field codes (data/issues.ts), as the form groups them. */
export type ProblemCode =
  | 'required'
  | 'tooLong'
  | 'url'
  | 'id'
  | 'idTaken'
  | 'datetime'
  | 'endBeforeStart'
  | 'venueOrRoute'
  | 'unknownVenue'
  | 'rule'
  | 'exdate'
  | 'html'
  | 'language'
  | 'route'
  | 'routeTimes'
  | 'number'
  | 'freeWithPrice'
  | 'parent'
  | 'wholeNumber'
  | 'untilBeforeStart'
  | 'startNotOnDay'
  | 'tooManyDates'
  | 'repeatNeedsStart'
  | 'other';

export interface FieldProblem {
  code: ProblemCode;
  /** The checker's own (English) words, shown where the code alone says too little (a rule that fails). */
  detail?: string;
  max?: number;
}

/** Form field names: the draft's keys, plus `rrule` for the recurrence builder as a whole. */
export type FormField = keyof EventDraft | 'rrule' | 'form';

export type Problems = Partial<Record<FormField, FieldProblem>>;

/** Maps a schema or server dot path (`organizer.name_zh`, `route.coordinates.3`) to the form field. */
export function fieldOfPath(path: string): FormField {
  const head = path.split('.')[0];
  if (path.startsWith('organizer.')) {
    const sub = path.split('.')[1];
    return sub === 'name_zh' ? 'organizer_zh' : sub === 'name_en' ? 'organizer_en' : 'organizer_url';
  }
  if (head === 'route') return 'route';
  if (head === 'exdates') return 'exdates';
  if (head === 'languages') return 'languages';
  if (head === 'suitable_for') return 'suitable_for';
  if (head === 'price_cny') return 'price';
  if (head === 'rrule') return 'rrule';
  if (head === 'sources') return path.endsWith('.url') ? 'source_url' : 'source_title';
  const fields: readonly string[] = [
    'id',
    'title_zh',
    'title_en',
    'description_zh',
    'description_en',
    'category',
    'venue',
    'start',
    'end',
    'free',
    'booking_url',
    'accessibility_zh',
    'accessibility_en',
    'parent',
    'status',
  ];
  return fields.includes(head) ? (head as FormField) : 'form';
}

/**
 * A field issue (of the local checks, or `codes` of the server's 422) at a dot path, as the form's problem.
 * The route and the price group their issues: any problem of the route's coordinates is `route`.
 */
export function problemOf(path: string, i: ApiFieldIssue & { message?: string }): FieldProblem {
  const field = fieldOfPath(path);
  const p = (code: ProblemCode, max?: number): FieldProblem => ({ code, detail: i.message, max });
  if (path.startsWith('route.times_min') || i.code === 'routeTimes') return p('routeTimes');
  if (field === 'languages') return p('language');
  switch (i.code) {
    case 'tooLong':
      return field === 'route' ? p('route') : p('tooLong', i.limit);
    case 'required':
    case 'option':
      return p('required');
    case 'unknownParent':
      return p('parent');
    case 'sample':
    case 'sources':
    case 'organization':
    case 'immutable':
    case 'unknownField':
    case 'tooShort':
    case 'outside':
    case 'swapped':
    case 'email':
    case 'other':
      if (field === 'parent') return p('parent');
      if (field === 'rrule') return p('rule');
      if (field === 'route') return p('route');
      if (field === 'price') return p('number');
      if (i.code === 'immutable') return p('id');
      return p('other');
    default:
      return field === 'route' ? p('route') : p(i.code);
  }
}

/**
 * Every problem of the draft, keyed by form field (the first problem of each field). `placeIds` are the
 * venues the form may name.
 */
export function validateDraft(draft: EventDraft, placeIds: ReadonlySet<string>): Problems {
  const problems: Problems = {};
  const add = (path: string, i: FieldIssue) => (problems[fieldOfPath(path)] ??= problemOf(path, i));
  // A new event has no id yet (the service makes one); any well-formed id stands in for the checks.
  const candidate = { id: 'new-event', ...eventFromDraft(draft) };
  const parsed = v.safeParse(ListingEventSchema, candidate);
  if (!parsed.success) {
    for (const i of parsed.issues) add(v.getDotPath(i) ?? 'form', issueOf(i));
  }
  // The build checks plain text only once the schema passes; the form says it at once.
  for (const field of ['description_zh', 'description_en', 'accessibility_zh', 'accessibility_en'] as const) {
    const problem = htmlProblem(draft[field]);
    if (problem) add(field, issue('html', problem));
  }
  const { errors } = validateEventFiles([{ file: 'form', json: [candidate] }], placeIds);
  for (const e of errors) {
    // The parent is another listed event: only the server knows them all.
    if (e.code === 'unknownParent') continue;
    add(e.field, e);
  }
  if (draft.where === 'route' && !draft.route.trim())
    problems.route ??= problemOf('route', issue('required', 'required'));
  // The repeat builder says what is wrong with its own fields in words; the rule parser's message (about
  // the RRULE text the organizer never typed) is not shown to them.
  const repeat = repeatProblems(draft);
  if (Object.keys(repeat).length) delete problems.rrule;
  for (const [field, code] of Object.entries(repeat) as [keyof typeof repeat, RepeatProblem][])
    problems[field] = { code };
  if (problems.rrule)
    problems.rrule = { code: problems.rrule.code === 'tooManyDates' ? 'tooManyDates' : 'rule' };
  // A weekly repeat for a span of months shows none of the builder's fields: their problem is the choice's.
  if (draft.freq === 'WEEKLY' && draft.span) {
    const hidden = problems.until ?? problems.byday ?? problems.interval;
    delete problems.until;
    delete problems.byday;
    delete problems.interval;
    if (hidden)
      problems.freq ??= parseLocal(draft.start) === undefined ? { code: 'repeatNeedsStart' } : hidden;
  }
  if (!draft.free && draft.price.trim() && !Number.isFinite(Number(draft.price)))
    problems.price = problemOf('price', issue('number', 'must be a number'));
  return problems;
}
