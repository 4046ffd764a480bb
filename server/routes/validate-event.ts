/**
 * An event sent by the UI, checked exactly as the build checks geodata/events/ (validateEventFiles), plus
 * the server's rules: organizers publish real events (`sample: false`), and a `parent` must be a known
 * festival season. Errors come back per field path, the shape of the API's `fields`.
 */
import { validateEventFiles } from '../../src/listings/validate.ts';
import type { ListingEvent } from '../../src/listings/schema.ts';
import { invalid, invalidField } from '../base/errors.ts';
import { issue, type FieldIssues } from '../../src/data/issues.ts';
import type { Service } from './http.ts';

export type Checked = { ok: true; event: ListingEvent } | { ok: false; fields: FieldIssues };

export function checkEvent(
  json: unknown,
  placeIds: ReadonlySet<string>,
  known: (id: string) => ListingEvent | undefined,
): Checked {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { ok: false, fields: { event: issue('other', 'must be an event object') } };
  const parentId = (json as { parent?: unknown }).parent;
  const parent = typeof parentId === 'string' ? known(parentId) : undefined;
  const files = [{ file: 'event', json: [json] }];
  if (parent && parent.id !== (json as { id?: unknown }).id) files.push({ file: 'known', json: [parent] });
  const { events, errors } = validateEventFiles(files, placeIds);
  const fields: FieldIssues = {};
  for (const e of errors)
    if (e.file === 'event' && !(e.field in fields)) fields[e.field] = issue(e.code, e.message, e.limit);
  const event = events.find((e) => e.id === (json as { id?: unknown }).id) ?? events[0];
  if (event?.sample === true)
    fields.sample ??= issue('sample', 'events published by organizers are real events (sample: false)');
  if (Object.keys(fields).length || !event) return { ok: false, fields };
  return { ok: true, event };
}

/**
 * `json` as a publishable event of this service: its parent looked up among published events and
 * samples, its venue among geodata places and active admin venues; else a 422 with the field errors.
 * With `id`, the event must keep that id.
 */
export async function validEvent(service: Service, json: unknown, id?: string): Promise<ListingEvent> {
  const known = new Map<string, ListingEvent>();
  const parentId =
    typeof json === 'object' && json && 'parent' in json ? (json as { parent: unknown }).parent : undefined;
  if (typeof parentId === 'string') {
    const p = await service.feed.known(parentId);
    if (p) known.set(p.id, p);
  }
  const venueIds = new Set([
    ...service.geodata.placeIds,
    ...(await service.stores.venues.active()).map((x) => x.id),
  ]);
  const r = checkEvent(json, venueIds, (x) => known.get(x));
  if (!r.ok)
    throw invalid(Object.fromEntries(Object.entries(r.fields).map(([k, m]) => [k === '-' ? 'event' : k, m])));
  if (id !== undefined && r.event.id !== id)
    throw invalidField('id', 'immutable', 'the id of an event cannot change');
  return r.event;
}
