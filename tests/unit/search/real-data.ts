/** The shipped places and walk definitions, read from geodata/ the way the build reads them. */
import { readFileSync, readdirSync } from 'node:fs';
import type { PlaceCollection, PlaceFeature, WalkDefinition } from '../../../src/data/schema.ts';
import type { SearchableWalk } from '../../../src/search/build-index.ts';

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

export function realPlaces(): PlaceFeature[] {
  return readdirSync('geodata/layers')
    .filter((f) => f.endsWith('.geojson'))
    .flatMap((f) => read<PlaceCollection>(`geodata/layers/${f}`).features);
}

/** Walk definitions in the shape of compiled walks, which is all search reads of them. */
export function realWalks(): SearchableWalk[] {
  return readdirSync('geodata/walks')
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ properties: read<WalkDefinition>(`geodata/walks/${f}`) }));
}
