/**
 * `npm run data`: validates geodata/ and compiles it to public/data/ for the app.
 * Prints one line per error as `file:feature:field: message` and exits 1 if there is any.
 *
 *   tsx scripts/data.ts [geodata-dir] [--check]   (--check validates only, writes nothing)
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { validateAll, type DataFile } from '../src/places/validate.ts';
import { formatError } from '../src/data/check.ts';
import { compileCollection, withVisitTimes } from '../src/data/compile.ts';
import { AREA_IDS, type AreaId } from '../src/data/areas.ts';
import { parseReferencePoints } from '../src/data/reference.ts';
import * as v from 'valibot';
import {
  VisitTimesSchema,
  type VisitTimes,
  WalkDefinitionSchema,
  type BasemapCollection,
  type PlaceCollection,
  type PlaceFeature,
  type WalkDefinition,
} from '../src/data/schema.ts';
import { validateNetwork } from '../src/data/validate-network.ts';
import { buildGraph, type NetworkCollection } from '../src/walks/graph.ts';
import { compileWalk } from '../src/walks/compile.ts';
import { splitByMonth, type MonthIndex } from '../src/listings/feed-months.ts';
import { validateReach, type ReachPlace } from '../src/walks/reach.ts';
import { buildSearchDocs } from '../src/search/build-index.ts';
import { countPointPlaces } from '../src/places/area-counts.ts';
import { sitePlanSvg } from '../src/places/site-plan.ts';
import { formatListingError, type EventFile } from '../src/listings/validate.ts';
import { validateListingFolders } from '../src/listings/listing-files.ts';
import { listingsStamp } from './listings-stamp.ts';
import { compileFeed, type Feed } from '../src/listings/feed.ts';
import { validateLearning } from '../src/learning/validate.ts';
import { hantFile } from './hant/data.ts';
import { writeHantTables } from './hant/tables.ts';

const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
const root = args.find((a) => !a.startsWith('--')) ?? 'geodata';
const outDir = 'public/data';

function read(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return { parseError: (e as Error).message };
  }
}

const files: DataFile[] = [];
const layerDir = join(root, 'layers');
const missing: string[] = [];
for (const area of AREA_IDS) {
  const path = join(layerDir, `${area}.geojson`);
  if (existsSync(path)) files.push({ file: relative('.', path), kind: 'place', area, json: read(path) });
  else missing.push(`${relative('.', path)}:-:-: missing layer file for area "${area}"`);
}
if (existsSync(layerDir)) {
  for (const name of readdirSync(layerDir)) {
    if (name.endsWith('.geojson') && !(AREA_IDS as readonly string[]).includes(basename(name, '.geojson'))) {
      missing.push(`${join(layerDir, name)}:-:-: not an area id (${AREA_IDS.join(', ')})`);
    }
  }
}
const basemapPath = join(root, 'basemap.geojson');
if (existsSync(basemapPath))
  files.push({ file: relative('.', basemapPath), kind: 'basemap', json: read(basemapPath) });
else missing.push(`${basemapPath}:-:-: missing basemap file`);

const referencePath = join(root, 'reference', 'places.csv');
const references = existsSync(referencePath) ? parseReferencePoints(readFileSync(referencePath, 'utf8')) : [];

const errors = [
  ...missing,
  ...files
    .filter((f) => (f.json as { parseError?: string }).parseError)
    .map((f) => `${f.file}:-:-: not valid JSON: ${(f.json as { parseError: string }).parseError}`),
  ...validateAll(
    files.filter((f) => !(f.json as { parseError?: string }).parseError),
    references,
  ).map(formatError),
];

// The walking network and the curated walks.
const networkPath = join(root, 'network.geojson');
const network = existsSync(networkPath) ? read(networkPath) : undefined;
if (!network) errors.push(`${networkPath}:-:-: missing walking network`);
else errors.push(...validateNetwork(relative('.', networkPath), network).map(formatError));

const placeIds = new Map<string, PlaceFeature>();
const pointPlaces: ReachPlace[] = [];
for (const f of files) {
  if (f.kind !== 'place') continue;
  for (const feature of (f.json as PlaceCollection).features ?? []) {
    placeIds.set(feature.properties?.id, feature);
    if (feature.geometry?.type === 'Point' && Array.isArray(feature.geometry.coordinates))
      pointPlaces.push({
        file: f.file,
        id: String(feature.properties?.id),
        coordinates: feature.geometry.coordinates,
        off_network_zh: feature.properties?.off_network_zh,
        off_network_en: feature.properties?.off_network_en,
      });
  }
}
// Reach: every point place within 30 m of a walkable edge (or marked why not), and no 0 m walk between two.
if (network && !errors.some((e) => e.startsWith(`${relative('.', networkPath)}:`)))
  errors.push(...validateReach(pointPlaces, buildGraph(network as NetworkCollection)).map(formatError));
const walkDir = join(root, 'walks');
const walks: WalkDefinition[] = [];
for (const name of existsSync(walkDir) ? readdirSync(walkDir).sort() : []) {
  if (!name.endsWith('.json')) continue;
  const file = relative('.', join(walkDir, name));
  const result = v.safeParse(WalkDefinitionSchema, read(join(walkDir, name)));
  if (!result.success) {
    for (const issue of result.issues)
      errors.push(`${file}:-:${v.getDotPath(issue) ?? '-'}: ${issue.message}`);
    continue;
  }
  const walk = result.output;
  if (`${walk.id}.json` !== name) errors.push(`${file}:${walk.id}:id: must match the file name`);
  walk.stops.forEach((s, i) => {
    if (!placeIds.has(s.place))
      errors.push(`${file}:${walk.id}:stops.${i}.place: no place "${s.place}" in ${layerDir}/`);
  });
  walks.push(walk);
}

// Event listings: validated against the places, compiled into the published feed. The invented samples go in
// only with SAMPLES=1 (`npm run demo`, the tests).
const withSamples = process.env.SAMPLES === '1' || process.env.SAMPLES === 'true';
const eventFiles = (dir: string): EventFile[] =>
  (existsSync(dir) ? readdirSync(dir).sort() : [])
    .filter((n) => n.endsWith('.json'))
    .map((n) => ({ file: relative('.', join(dir, n)), json: read(join(dir, n)) }));
const listingFiles = validateListingFolders(
  eventFiles(join(root, 'events')),
  eventFiles(join(root, 'samples')),
  new Set(placeIds.keys()),
);
errors.push(...listingFiles.errors.map(formatListingError));
const listings = {
  events: [...listingFiles.events, ...(withSamples ? listingFiles.samples : [])],
};

// Learning material: questions per walk stop, glossary, timeline; every answer is checked against the places.
const learningDir = join(root, 'learning');
const stopDir = join(learningDir, 'stops');
const learningFile = (name: string) => {
  const path = join(learningDir, name);
  return { file: relative('.', path), json: existsSync(path) ? read(path) : undefined };
};
const learning = validateLearning({
  stops: (existsSync(stopDir) ? readdirSync(stopDir).sort() : [])
    .filter((n) => n.endsWith('.json'))
    .map((n) => ({ file: relative('.', join(stopDir, n)), json: read(join(stopDir, n)) })),
  glossary: learningFile('glossary.json'),
  timeline: learningFile('timeline.json'),
  places: new Map([...placeIds].map(([id, f]) => [id, f.properties])),
  walkStops: walks.flatMap((w) => w.stops.map((s) => s.place)),
  stopDir: relative('.', stopDir),
});
errors.push(...learning.errors.map(formatError));

// Usual visit times per kind, for places without their own.
const visitTimesPath = join(root, 'visit-times.json');
const visitTimes = v.safeParse(VisitTimesSchema, read(visitTimesPath));
if (!visitTimes.success)
  for (const issue of visitTimes.issues)
    errors.push(`${relative('.', visitTimesPath)}:-:${v.getDotPath(issue) ?? '-'}: ${issue.message}`);

if (errors.length) {
  for (const line of errors) console.error(line);
  console.error(`\n${errors.length} error${errors.length === 1 ? '' : 's'} in ${root}/`);
  process.exit(1);
}

const places = withVisitTimes(
  compileCollection(files.filter((f) => f.kind === 'place').map((f) => f.json as PlaceCollection)),
  visitTimes.output as VisitTimes,
);
const basemap = compileCollection(
  files.filter((f) => f.kind === 'basemap').map((f) => f.json as BasemapCollection),
);
const graph = buildGraph(network as NetworkCollection);
const compiledWalks = walks.map((w) => compileWalk(graph, w, placeIds));
const unreachable = compiledWalks.filter((w, i) => w.properties.legs.length !== walks[i].stops.length - 1);
if (unreachable.length) {
  for (const w of unreachable)
    console.error(
      `${walkDir}/${w.properties.id}.json:${w.properties.id}:stops: a stop cannot be reached on the ${w.properties.profile} profile`,
    );
  process.exit(1);
}
const summary = `${places.features.length} heritage features in ${AREA_IDS.length} areas, ${basemap.features.length} basemap features, ${graph.from.length} network edges, ${compiledWalks.length} walks, ${listingFiles.events.length} events and ${listingFiles.samples.length} samples (${withSamples ? 'in the feed: SAMPLES=1' : 'left out'}), ${Object.values(learning.data.stops).reduce((n, s) => n + s.questions.length, 0)} questions for ${Object.keys(learning.data.stops).length} stops, ${learning.data.glossary.length} glossary terms, ${learning.data.timeline.length} timeline entries`;
if (checkOnly) {
  console.log(`geodata OK: ${summary}`);
} else {
  mkdirSync(outDir, { recursive: true });
  // A site plan drawn for every point place inside the four heritage areas (the card shows it, lazily).
  const planned = new Set(countPointPlaces([places]).flatMap((c) => c.ids));
  mkdirSync(join(outDir, 'plans'), { recursive: true });
  const song = places.features.filter((f) => f.properties.area === 'song-city');
  const heritage = places.features.filter((f) => f.properties.area !== 'song-city');
  for (const f of places.features) {
    if (!planned.has(f.properties.id)) continue;
    const svg = sitePlanSvg({
      place: f,
      basemap: basemap.features,
      network: (network as NetworkCollection | undefined)?.features ?? [],
      places: heritage,
      song,
    });
    writeFileSync(join(outDir, 'plans', `${f.properties.id}.svg`), svg);
    f.properties.plan = `data/plans/${f.properties.id}.svg`;
  }
  writeFileSync(join(outDir, 'heritage.geojson'), JSON.stringify(places));
  writeFileSync(join(outDir, 'basemap.geojson'), JSON.stringify(basemap));
  writeFileSync(join(outDir, 'network.geojson'), JSON.stringify(network));
  writeFileSync(
    join(outDir, 'walks.geojson'),
    JSON.stringify({ type: 'FeatureCollection', features: compiledWalks }),
  );
  // Every occurrence goes in, past ones too: the reader cuts by its own clock, so the feed is the same on
  // any day. DTSTAMP is when the listings last changed (listingsStamp), never the build's clock.
  const feed = compileFeed(listings.events, places.features, { stamp: listingsStamp(root, withSamples) });
  mkdirSync(join(outDir, 'events'), { recursive: true });
  writeFileSync(join(outDir, 'events.json'), feed.json);
  writeFileSync(join(outDir, 'learning.json'), JSON.stringify(learning.data));
  writeFileSync(join(outDir, 'events.ics'), feed.ics);
  for (const [id, ics] of feed.perEvent) writeFileSync(join(outDir, 'events', `${id}.ics`), ics);
  // The same feed a month per file, read by the app a window at a time (src/listings/feed-months.ts).
  const months = splitByMonth(JSON.parse(feed.json) as Feed);
  rmSync(join(outDir, 'feed'), { recursive: true, force: true });
  mkdirSync(join(outDir, 'feed'), { recursive: true });
  for (const [month, f] of months) writeFileSync(join(outDir, 'feed', `${month}.json`), JSON.stringify(f));
  const monthIndex: MonthIndex = { version: 1, months: [...months.keys()] };
  writeFileSync(join(outDir, 'feed', 'index.json'), JSON.stringify(monthIndex));
  // Pinyin and initials are computed here, so no pinyin dictionary is shipped to the browser.
  const searchable = (JSON.parse(feed.json) as Feed).events.map((e) => ({
    id: e.id,
    title_zh: e.title_zh,
    ...(e.title_en ? { title_en: e.title_en } : {}),
    area: e.place?.area as AreaId | undefined,
  }));
  writeFileSync(
    join(outDir, 'search.json'),
    JSON.stringify(buildSearchDocs(places.features, compiledWalks, searchable)),
  );
  // Traditional Chinese: the data texts as a lookup table, the UI tables as generated modules beside theirs.
  const hant = hantFile([places, basemap, network, compiledWalks, JSON.parse(feed.json)]);
  writeFileSync(join(outDir, 'zh-hant.json'), JSON.stringify(hant));
  for (const path of await writeHantTables()) console.log(`  regenerated ${path}`);
  for (const w of compiledWalks) {
    const p = w.properties;
    console.log(
      `  walk ${p.id}: ${p.distance_m} m, ${p.duration_min} min, ${p.stepped_sections} stepped section(s)`,
    );
  }
  console.log(`geodata OK: ${summary} → ${outDir}/`);
}
