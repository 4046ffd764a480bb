/**
 * The two folders of listed events in geodata/, validated together (ids are unique across both): `events/`
 * holds real listings and `samples/` the invented demo events. Checked by `npm run data` and by the events
 * service at start, so the static feed and the service agree on both. Pure: the callers read the files.
 */
import { validateEventFiles, type EventFile, type ListingError } from './validate.ts';
import type { ListingEvent } from './schema.ts';
import { issue } from '../data/issues.ts';

export interface ListingFiles {
  /** geodata/events/: real listings, always published. */
  events: ListingEvent[];
  /** geodata/samples/: invented demo events, published only with SAMPLES=1. */
  samples: ListingEvent[];
  errors: ListingError[];
}

/** Validates the files of both folders (read by the caller) and sorts their events into real and samples. */
export function validateListingFolders(
  real: readonly EventFile[],
  demo: readonly EventFile[],
  placeIds: ReadonlySet<string>,
): ListingFiles {
  const { events, errors } = validateEventFiles([...real, ...demo], placeIds);
  const demoFiles = new Set(demo.map((f) => f.file));
  const fileOf = new Map<string, string>();
  for (const f of [...real, ...demo])
    if (Array.isArray(f.json))
      for (const e of f.json as { id?: unknown }[]) if (typeof e?.id === 'string') fileOf.set(e.id, f.file);
  const out: ListingFiles = { events: [], samples: [], errors };
  for (const e of events) {
    const file = fileOf.get(e.id)!;
    const isDemo = demoFiles.has(file);
    if (isDemo && !e.sample)
      errors.push({
        file,
        event: e.id,
        field: 'sample',
        ...issue('sample', 'a sample event must say `"sample": true`'),
      });
    else if (!isDemo && e.sample)
      errors.push({
        file,
        event: e.id,
        field: 'sample',
        ...issue('sample', 'an invented event belongs in geodata/samples/, not with the real listings'),
      });
    else (isDemo ? out.samples : out.events).push(e);
  }
  return out;
}
