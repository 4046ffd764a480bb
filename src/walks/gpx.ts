/**
 * Exports a walk as GPX 1.1 (a track for the route, a waypoint per stop) and as GeoJSON. Names are escaped:
 * they come from data and must never break the XML.
 */
import { isZh, type Lang } from '../i18n/lang.ts';
import type { WalkView } from './walk-view.ts';
import { OSM_ATTRIBUTION, OSM_ATTRIBUTION_LINE, OSM_COPYRIGHT_URL } from '../data/licence.ts';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
export const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

const name = (x: { name_zh: string; name_en: string }, lang: Lang) => (isZh(lang) ? x.name_zh : x.name_en);

export function walkToGpx(walk: WalkView, lang: Lang): string {
  const pt = ([lon, lat]: [number, number]) => `lat="${lat.toFixed(6)}" lon="${lon.toFixed(6)}"`;
  const waypoints = walk.stops
    .map((s, i) => `  <wpt ${pt(s.lonLat)}><name>${i + 1}. ${escapeXml(name(s, lang))}</name></wpt>`)
    .join('\n');
  const track = walk.line.map((p) => `      <trkpt ${pt(p)}/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="Song Heritage Map" xmlns="http://www.topografix.com/GPX/1/1">
  <metadata>
    <name>${escapeXml(name(walk, lang))}</name>
    <copyright author="OpenStreetMap contributors"><license>${OSM_COPYRIGHT_URL}</license></copyright>
    <link href="${OSM_COPYRIGHT_URL}"><text>${escapeXml(OSM_ATTRIBUTION)}</text></link>
  </metadata>
${waypoints}
  <trk>
    <name>${escapeXml(name(walk, lang))}</name>
    <trkseg>
${track}
    </trkseg>
  </trk>
</gpx>
`;
}

export function walkToGeoJson(walk: WalkView): string {
  return JSON.stringify(
    {
      type: 'FeatureCollection',
      // Foreign member (RFC 7946 §6.1): the route follows OpenStreetMap ways.
      attribution: OSM_ATTRIBUTION_LINE,
      features: [
        {
          type: 'Feature',
          geometry: { type: 'LineString', coordinates: walk.line },
          properties: {
            name_zh: walk.name_zh,
            name_en: walk.name_en,
            profile: walk.profile,
            distance_m: walk.distance_m,
            duration_min: walk.duration_min,
            step_free: walk.step_free,
            stops: walk.stops.map((s) => s.id),
            attribution: OSM_ATTRIBUTION_LINE,
          },
        },
        ...walk.stops.map((s, i) => ({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: s.lonLat },
          properties: { n: i + 1, id: s.id, name_zh: s.name_zh, name_en: s.name_en },
        })),
      ],
    },
    null,
    1,
  );
}
