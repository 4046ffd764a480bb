/**
 * What the live preview shows: the draft as a feed event with its occurrences, built leniently so the
 * preview follows the form from the first keystroke (an empty title shows empty, an invalid rule shows the
 * first date only). It needs a start and an end that parse and are in order; otherwise there is nothing to
 * place in the list. Instants and the occurrence keys are those the published feed would give.
 */
import type { FeedEvent } from '../../listings/feed.ts';
import type { Occurrence } from '../../listings/occurrences.ts';
import { parseRule } from '../../listings/rule.ts';
import { formatLocal, parseLocal } from '../../listings/time.ts';
import type { ApiVenue } from '../../api/client.ts';
import { draftRule, eventFromDraft, type EventDraft } from './draft.ts';

export interface Preview {
  event: FeedEvent;
  /** Every occurrence, ended ones included (the list hides those). */
  occurrences: Occurrence[];
}

export function previewOf(draft: EventDraft, venues: readonly ApiVenue[]): Preview | undefined {
  const start = parseLocal(draft.start);
  const end = parseLocal(draft.end);
  if (start === undefined || end === undefined || end <= start) return undefined;
  const rule = draftRule(draft);
  const parsed = rule ? parseRule(rule, start) : undefined;
  const excluded = new Set(draft.exdates.map(parseLocal));
  const starts = parsed?.ok ? parsed.rule.starts.filter((s) => !excluded.has(s)) : [start];
  const venue = draft.where === 'venue' ? venues.find((v) => v.id === draft.venue) : undefined;
  const base = eventFromDraft(draft) as unknown as FeedEvent;
  const id = base.id || 'preview';
  const event: FeedEvent = {
    ...base,
    id,
    ...(venue
      ? {
          place: {
            name_zh: venue.name_zh,
            name_en: venue.name_en,
            position: venue.position,
            area: venue.area,
          },
        }
      : {}),
    occurrences: [],
    ics: `events/${id}.ics`,
  };
  return {
    event,
    occurrences: starts.map((s) => ({
      event,
      key: `${id}@${formatLocal(s)}`,
      start: s,
      end: s + (end - start),
      cancelled: draft.status === 'cancelled',
    })),
  };
}
