/**
 * Field problems as codes. Every validator of the project (geodata's events, the API's bodies, admin
 * venues) reports a problem as a `FieldIssue`: a stable `code` the interfaces word in zh and en, an
 * optional `limit` (the maximum or minimum it broke), and an English `message` for logs, the build's
 * output and curl. The API sends the codes (`codes` of a 422); nothing reads the English back.
 */
import * as v from 'valibot';

export const FIELD_CODES = [
  'required',
  'tooLong',
  'tooShort',
  'number',
  'option',
  'unknownField',
  'id',
  'idTaken',
  'url',
  'email',
  'language',
  'html',
  'datetime',
  'endBeforeStart',
  'venueOrRoute',
  'unknownVenue',
  'rule',
  'exdate',
  'route',
  'routeTimes',
  'freeWithPrice',
  'parent',
  'unknownParent',
  'organization',
  'outside',
  'swapped',
  'sources',
  'sample',
  'immutable',
  'other',
] as const;
export type FieldCode = (typeof FIELD_CODES)[number];

export interface FieldIssue {
  code: FieldCode;
  message: string;
  /** The maximum (tooLong) or minimum (tooShort) that was broken. */
  limit?: number;
}

/** Dot path (`name_en`, `sources.0.url`, `route.times_min`) → the first issue at that path. */
export type FieldIssues = Record<string, FieldIssue>;

export const issue = (code: FieldCode, message: string, limit?: number): FieldIssue =>
  limit === undefined ? { code, message } : { code, message, limit };

const PATTERN_CODES = new WeakMap<RegExp, FieldCode>();

/** `v.regex` whose failure reads as `code`: the pattern itself names the problem, not its message. */
export function codedRegex(pattern: RegExp, code: FieldCode, message: string) {
  PATTERN_CODES.set(pattern, code);
  return v.regex(pattern, message);
}

/** A valibot issue as a field issue, read from its type and requirement (never from its words). */
export function issueOf(i: v.BaseIssue<unknown>): FieldIssue {
  const requirement = (i as { requirement?: unknown }).requirement;
  const n = typeof requirement === 'number' ? requirement : undefined;
  if (i.kind === 'schema' && (i.received === 'undefined' || i.received === '""'))
    return issue('required', 'required');
  if (i.type === 'strict_object' && i.expected === 'never') return issue('unknownField', 'unknown field');
  switch (i.type) {
    case 'non_empty':
      return issue('required', i.message);
    case 'min_length':
      return n === 1 ? issue('required', i.message) : issue('tooShort', i.message, n);
    case 'max_length':
      return issue('tooLong', i.message, n);
    case 'email':
      return issue('email', i.message);
    case 'url':
    case 'starts_with':
      return issue('url', i.message);
    case 'regex':
      return issue((requirement instanceof RegExp && PATTERN_CODES.get(requirement)) || 'other', i.message);
    case 'picklist':
      return issue('option', i.message);
    case 'number':
    case 'integer':
    case 'min_value':
    case 'max_value':
      return issue('number', i.message, n);
    default:
      return issue('other', i.message);
  }
}

/** Every issue of a failed parse, the first per dot path. */
export function issuesOf(issues: readonly v.BaseIssue<unknown>[], fallback = 'body'): FieldIssues {
  const out: FieldIssues = {};
  for (const i of issues) out[v.getDotPath(i) ?? fallback] ??= issueOf(i);
  return out;
}
