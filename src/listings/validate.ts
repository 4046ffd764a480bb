/**
 * Validates event files (geodata/events/*.json, each an array of events). Pure: takes parsed JSON and the
 * set of place ids, returns the valid events and errors, so the build step and the tests run the same
 * checks. Every error names file, event id and field: `file:event-id:field: message`.
 */
import * as v from 'valibot';
import { inBounds } from '../data/bounds.ts';
import { ListingEventSchema, type ListingEvent } from './schema.ts';
import { parseRule } from './rule.ts';
import { parseLocal } from './time.ts';
import { issue, issueOf, type FieldCode, type FieldIssue } from '../data/issues.ts';

export interface ListingError extends FieldIssue {
  file: string;
  event: string;
  field: string;
}

export interface EventFile {
  /** Path as shown in errors, e.g. geodata/events/dongpo.json. */
  file: string;
  json: unknown;
}

export function formatListingError(e: ListingError): string {
  return `${e.file}:${e.event}:${e.field}: ${e.message}`;
}

const HTML_TAG = /<\/?[a-z!][^>]*>/i;
const HTML_ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i;
const PLAIN_FIELDS = ['description_zh', 'description_en', 'accessibility_zh', 'accessibility_en'] as const;

/** A message if `text` holds HTML; descriptions are plain text with line breaks and bare links only. */
export function htmlProblem(text: string): string | undefined {
  if (HTML_TAG.test(text)) return 'must be plain text: no HTML tags (line breaks and bare links only)';
  if (HTML_ENTITY.test(text)) return 'must be plain text: write the character, not an HTML entity';
  return undefined;
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks one event on its own (everything but ids across events and parents). */
function checkEvent(
  e: ListingEvent,
  placeIds: ReadonlySet<string>,
  err: (field: string, m: string, code: FieldCode) => void,
) {
  if (e.venue === undefined && e.route === undefined)
    err('venue', 'give a venue (place id) or a route', 'venueOrRoute');
  if (e.venue !== undefined && !placeIds.has(e.venue))
    err('venue', `no place "${e.venue}" in geodata/layers/`, 'unknownVenue');
  const start = parseLocal(e.start);
  const end = parseLocal(e.end);
  if (start === undefined) err('start', `"${e.start}" is not a calendar date-time`, 'datetime');
  if (end === undefined) err('end', `"${e.end}" is not a calendar date-time`, 'datetime');
  if (start !== undefined && end !== undefined && end <= start)
    err('end', `must be after the start (${e.start})`, 'endBeforeStart');
  if (e.rrule !== undefined && start !== undefined) {
    const parsed = parseRule(e.rrule, start);
    if (!parsed.ok) err('rrule', parsed.message, 'rule');
    else {
      const starts = new Set(parsed.rule.starts);
      e.exdates?.forEach((x, i) => {
        const ms = parseLocal(x);
        if (ms === undefined) err(`exdates.${i}`, `"${x}" is not a calendar date-time`, 'datetime');
        else if (!starts.has(ms)) err(`exdates.${i}`, `${x} is not an occurrence of the rule`, 'exdate');
      });
    }
  }
  if (e.exdates?.length && e.rrule === undefined) err('exdates', 'only for an event with an rrule', 'exdate');
  if (e.route) {
    e.route.coordinates.forEach((p, i) => {
      if (!inBounds(p))
        err(
          `route.coordinates.${i}`,
          `[${p.join(', ')}] is outside lon 120.10–120.26, lat 30.19–30.32 (is it [lat, lon]?)`,
          'outside',
        );
    });
    const times = e.route.times_min;
    if (times) {
      if (times.length !== e.route.coordinates.length)
        err('route.times_min', 'needs one entry per position', 'routeTimes');
      const known = times.filter((t): t is number => t !== null);
      if (known.some((t, i) => i > 0 && t < known[i - 1]))
        err('route.times_min', 'must not decrease', 'routeTimes');
      if (start !== undefined && end !== undefined && known.some((t) => t * 60_000 > end - start))
        err('route.times_min', 'passes a point after the event ends', 'routeTimes');
    }
  }
  for (const field of PLAIN_FIELDS) {
    const text = e[field];
    const problem = text === undefined ? undefined : htmlProblem(text);
    if (problem) err(field, problem, 'html');
  }
  if (e.free && e.price_cny !== undefined) err('price_cny', 'a free event has no price', 'freeWithPrice');
  if (e.sample) {
    if (!e.title_zh.includes('示例')) err('title_zh', 'sample data: the title must say 示例', 'sample');
    if (!/sample/i.test(e.title_en ?? ''))
      err('title_en', 'sample data: the title must say "sample"', 'sample');
  } else if (!e.sources?.length) err('sources', 'a real event needs at least one source', 'sources');
}

/**
 * Validates all event files together. Returns the events that passed the schema (even if a later check
 * failed, so callers can still report on them) and every error. Build only when `errors` is empty.
 */
export function validateEventFiles(
  files: readonly EventFile[],
  placeIds: ReadonlySet<string>,
): { events: ListingEvent[]; errors: ListingError[] } {
  const errors: ListingError[] = [];
  const parsed: { file: string; event: ListingEvent }[] = [];
  for (const df of files) {
    if (!Array.isArray(df.json)) {
      errors.push({
        file: df.file,
        event: '-',
        field: '-',
        ...issue('other', 'must be a JSON array of events'),
      });
      continue;
    }
    df.json.forEach((item: unknown, index: number) => {
      const eid = isObject(item) && typeof item.id === 'string' && item.id ? item.id : `#${index}`;
      const err = (field: string, message: string, code: FieldCode, limit?: number) =>
        errors.push({ file: df.file, event: eid, field, ...issue(code, message, limit) });
      const result = v.safeParse(ListingEventSchema, item);
      if (!result.success) {
        for (const i of result.issues) {
          const found = issueOf(i);
          err(v.getDotPath(i) ?? '-', found.message, found.code, found.limit);
        }
        return;
      }
      checkEvent(result.output, placeIds, err);
      parsed.push({ file: df.file, event: result.output });
    });
  }
  const byId = new Map<string, { file: string; event: ListingEvent }>();
  for (const p of parsed) {
    const first = byId.get(p.event.id);
    if (first)
      errors.push({
        file: p.file,
        event: p.event.id,
        field: 'id',
        ...issue('idTaken', `duplicate of an id in ${first.file}`),
      });
    else byId.set(p.event.id, p);
  }
  for (const { file, event } of parsed) {
    if (event.parent === undefined) continue;
    const err = (message: string) =>
      errors.push({ file, event: event.id, field: 'parent', ...issue('parent', message) });
    const parent = byId.get(event.parent)?.event;
    if (!parent)
      errors.push({
        file,
        event: event.id,
        field: 'parent',
        ...issue('unknownParent', `no event "${event.parent}"`),
      });
    else if (parent.id === event.id) err('an event cannot be its own parent');
    else if (parent.category !== 'festival') err(`"${parent.id}" is not a festival season`);
    else if (event.start < parent.start || event.start > parent.end)
      err(`starts outside its season (${parent.start} – ${parent.end})`);
  }
  return { events: parsed.map((p) => p.event), errors };
}
