/** Reading the repository's own data for the listings tests (files only, no network). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PlaceCollection, PlaceFeature } from '../../../src/data/schema.ts';
import type { ListingEvent } from '../../../src/listings/schema.ts';
import { validateEventFiles, type EventFile } from '../../../src/listings/validate.ts';

export function places(): PlaceFeature[] {
  const dir = 'geodata/layers';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as PlaceCollection).features);
}

export const placeIds = () => new Set(places().map((f) => f.properties.id));

export function eventFiles(dir: string): EventFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: join(dir, f), json: JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
}

/** The events of the fixture good.json: fixture-season and fixture-show (weekly, Sat 19:30, one EXDATE). */
export function goodEvents(): ListingEvent[] {
  const { events, errors } = validateEventFiles(eventFiles('tests/fixtures/events'), placeIds());
  if (errors.length) throw new Error('good.json does not validate');
  return events;
}

export const at = (iso: string) => Date.parse(iso);
