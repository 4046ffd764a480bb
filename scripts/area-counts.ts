// Prints the point places inside each of the four heritage area outlines (polygon containment), against the
// minimums of issue #18. Usage: npx tsx scripts/area-counts.ts
import { readFileSync, readdirSync } from 'node:fs';
import { AREA_MINIMUMS, countPointPlaces } from '../src/places/area-counts.ts';

const dir = 'geodata/layers';
const layers = readdirSync(dir)
  .filter((f) => f.endsWith('.geojson'))
  .map(
    (f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Parameters<typeof countPointPlaces>[0][number],
  );
const counts = countPointPlaces(layers);
for (const c of counts)
  console.log(`${c.area.padEnd(14)} ${String(c.ids.length).padStart(3)}  ${c.ids.join(', ')}`);
const total = counts.reduce((n, c) => n + c.ids.length, 0);
console.log(
  `total          ${String(total).padStart(3)}  (minimum ${AREA_MINIMUMS.total}; 二十三坊巷 minimum ${AREA_MINIMUMS.fangxiang})`,
);
