/** The style input of the opening map, over the shipped geodata: what the app passes at start. */
import { readFileSync } from 'node:fs';
import { AREA_IDS } from '../../../src/data/areas.ts';
import type { BasemapCollection, PlaceCollection } from '../../../src/data/schema.ts';
import type { StyleInput } from '../../../src/map/style/style.ts';
import { SONG_PALETTE } from '../../../src/theme/palette.ts';
import { realPlaces } from '../search/real-data.ts';

export const OPENING_STYLE_INPUT: StyleInput = {
  palette: SONG_PALETTE,
  lang: 'zh',
  visible: [...AREA_IDS],
  time: { year: 2026 },
  places: { type: 'FeatureCollection', features: realPlaces() } as PlaceCollection,
  basemap: JSON.parse(readFileSync('geodata/basemap.geojson', 'utf8')) as BasemapCollection,
  attribution: '© OpenStreetMap contributors',
  // What the engine passes for a page at http://127.0.0.1/ (tileUrl(document.baseURI)).
  tiles: 'http://127.0.0.1/tiles/{z}/{x}/{y}.pbf',
};
