/**
 * Field-level validation of the organizer's form with the same checks the build and the server run
 * (ListingEventSchema, then validateEventFiles' cross-field checks). Problems are keyed by form field and
 * carry a code the strings module words in zh and en; the English detail is kept for codes that need it.
 *
 * Server answers use the same dot paths and messages, so `problemFromMessage` reads both.
 */
import * as v from 'valibot';
import { ListingEventSchema } from '../../listings/schema.ts';
import { htmlProblem, validateEventFiles } from '../../listings/validate.ts';
import { eventFromDraft, type EventDraft } from './draft.ts';

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
  | 'other';

export interface FieldProblem {
  code: ProblemCode;
  /** The checker's own (English) words, shown where the code alone says too little. */
  detail: string;
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

/** Classifies a checker's message (ours or the server's, both in English) into a code. */
export function problemFromMessage(field: FormField, message: string): FieldProblem {
  const p = (code: ProblemCode, max?: number): FieldProblem => ({ code, detail: message, max });
  const long = /at most (\d+) characters|Invalid length: Expected <=(\d+)/.exec(message);
  if (long) return p('tooLong', Number(long[1] ?? long[2]));
  if (/required|must not be empty|Invalid type: Expected string but received ""/.test(message))
    return p('required');
  if (/no HTML|HTML entity|plain text/.test(message)) return p('html');
  if (/give a venue.*or a route/.test(message)) return p('venueOrRoute');
  if (/^no place/.test(message)) return p('unknownVenue');
  if (/must be after the start/.test(message)) return p('endBeforeStart');
  if (/local date-time|not a calendar date-time/.test(message)) return p('datetime');
  if (/is not an occurrence of the rule|only for an event with an rrule/.test(message)) return p('exdate');
  if (/kebab-case/.test(message)) return p('id');
  if (/id taken|already (used|taken|exists)|duplicate of an id/.test(message)) return p('idTaken');
  if (/BCP 47|name at least one language/.test(message)) return p('language');
  if (/URL|http\(s\)/.test(message)) return p('url');
  if (/a free event has no price/.test(message)) return p('freeWithPrice');
  if (field === 'parent') return p('parent');
  if (field === 'rrule') return p('rule');
  if (
    field === 'route' &&
    /times_min|must not decrease|after the event ends|one entry per position/.test(message)
  )
    return p('routeTimes');
  if (field === 'route') return p('route');
  if (field === 'price') return p('number');
  return p('other');
}

/** Picklists and empty strings: valibot says "Invalid type" or "Invalid option"; say "required" instead. */
function schemaMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && (issue.received === 'undefined' || issue.received === '""'))
    return 'required';
  return issue.message;
}

/**
 * Every problem of the draft, keyed by form field (the first problem of each field). `placeIds` are the
 * venues the form may name.
 */
export function validateDraft(draft: EventDraft, placeIds: ReadonlySet<string>): Problems {
  const problems: Problems = {};
  const add = (path: string, message: string) => {
    const field = fieldOfPath(path);
    problems[field] ??= path.startsWith('route.times_min')
      ? { code: 'routeTimes', detail: message }
      : problemFromMessage(field, message);
  };
  const candidate = eventFromDraft(draft);
  const parsed = v.safeParse(ListingEventSchema, candidate);
  if (!parsed.success) {
    for (const issue of parsed.issues) add(v.getDotPath(issue) ?? 'form', schemaMessage(issue));
  }
  // The build checks plain text only once the schema passes; the form says it at once.
  for (const field of ['description_zh', 'description_en', 'accessibility_zh', 'accessibility_en'] as const) {
    const problem = htmlProblem(draft[field]);
    if (problem) add(field, problem);
  }
  const { errors } = validateEventFiles([{ file: 'form', json: [candidate] }], placeIds);
  for (const e of errors) {
    // The parent is another listed event: only the server knows them all.
    if (e.field === 'parent' && /^no event/.test(e.message)) continue;
    add(e.field, e.message);
  }
  if (draft.where === 'route' && !draft.route.trim())
    problems.route ??= problemFromMessage('route', 'required');
  if (draft.freq !== 'none' && draft.freq !== 'custom') {
    if (draft.ends === 'count' && !/^\d+$/.test(draft.count.trim()))
      problems.count ??= problemFromMessage('count', 'required');
    if (draft.ends === 'until' && !draft.until) problems.until ??= problemFromMessage('until', 'required');
  }
  if (!draft.free && draft.price.trim() && !Number.isFinite(Number(draft.price)))
    problems.price = problemFromMessage('price', 'must be a number');
  return problems;
}
