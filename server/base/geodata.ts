/**
 * What the server reads from geodata/ at start: the places (venues of events), the real listings of
 * geodata/events/ and the invented samples of geodata/samples/, validated by the same code as `npm run data`,
 * so the API and the static build agree.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AREA_IDS } from '../../src/data/areas.ts';
import { compileCollection } from '../../src/data/compile.ts';
import type { PlaceCollection, PlaceFeature } from '../../src/data/schema.ts';
import { formatListingError, type EventFile } from '../../src/listings/validate.ts';
import { validateListingFolders } from '../../src/listings/listing-files.ts';
import type { ListingEvent } from '../../src/listings/schema.ts';
import { venuesFromPlaces, type Venue } from '../../src/listings/venues.ts';

export interface Geodata {
  places: PlaceFeature[];
  placeIds: ReadonlySet<string>;
  venues: Venue[];
  /** geodata/events/*.json: real listings, always in the feed. */
  listings: ListingEvent[];
  /** geodata/samples/*.json: invented demo events (`sample: true`), in the feed only with SAMPLES=1. */
  samples: ListingEvent[];
}

function eventFiles(dir: string): EventFile[] {
  return (existsSync(dir) ? readdirSync(dir).sort() : [])
    .filter((n) => n.endsWith('.json'))
    .map((n) => ({ file: join(dir, n), json: JSON.parse(readFileSync(join(dir, n), 'utf8')) as unknown }));
}

export function loadGeodata(root = 'geodata'): Geodata {
  const layers = AREA_IDS.map((a) => join(root, 'layers', `${a}.geojson`)).filter((p) => existsSync(p));
  const places = compileCollection(
    layers.map((p) => JSON.parse(readFileSync(p, 'utf8')) as PlaceCollection),
  ).features;
  const placeIds = new Set(places.map((f) => f.properties.id));
  const { events, samples, errors } = validateListingFolders(
    eventFiles(join(root, 'events')),
    eventFiles(join(root, 'samples')),
    placeIds,
  );
  if (errors.length)
    throw new Error(`geodata events do not validate:\n${errors.map(formatListingError).join('\n')}`);
  return { places, placeIds, venues: venuesFromPlaces(places), listings: events, samples };
}
