/**
 * What the server reads from geodata/ at start: the places (venues of events) and the bundled sample
 * events, validated by the same code as `npm run data`, so the API and the static build agree.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AREA_IDS } from '../../src/data/areas.ts';
import { compileCollection } from '../../src/data/compile.ts';
import type { PlaceCollection, PlaceFeature } from '../../src/data/schema.ts';
import { formatListingError, validateEventFiles } from '../../src/listings/validate.ts';
import type { ListingEvent } from '../../src/listings/schema.ts';
import { venuesFromPlaces, type Venue } from '../../src/listings/venues.ts';

export interface Geodata {
  places: PlaceFeature[];
  placeIds: ReadonlySet<string>;
  venues: Venue[];
  /** geodata/events/*.json: invented demo events (`sample: true`). */
  samples: ListingEvent[];
}

export function loadGeodata(root = 'geodata'): Geodata {
  const layers = AREA_IDS.map((a) => join(root, 'layers', `${a}.geojson`)).filter((p) => existsSync(p));
  const places = compileCollection(
    layers.map((p) => JSON.parse(readFileSync(p, 'utf8')) as PlaceCollection),
  ).features;
  const placeIds = new Set(places.map((f) => f.properties.id));
  const dir = join(root, 'events');
  const files = (existsSync(dir) ? readdirSync(dir).sort() : [])
    .filter((n) => n.endsWith('.json'))
    .map((n) => ({ file: join(dir, n), json: JSON.parse(readFileSync(join(dir, n), 'utf8')) as unknown }));
  const { events, errors } = validateEventFiles(files, placeIds);
  if (errors.length)
    throw new Error(`geodata events do not validate:\n${errors.map(formatListingError).join('\n')}`);
  return { places, placeIds, venues: venuesFromPlaces(places), samples: events };
}
