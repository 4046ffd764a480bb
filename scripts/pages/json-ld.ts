/**
 * schema.org JSON-LD for the pages: a place is a TouristAttraction (with a more precise type where schema.org
 * has one), a walk a TouristTrip, an area a TouristDestination, an event one Event per occurrence.
 */
import { hoursOn, type HoursSpec } from '../../src/hours/opening-hours.ts';

export type JsonLd = Record<string, unknown>;

export interface Geo {
  lat: number;
  lon: number;
}

const geo = (g: Geo) => ({
  '@type': 'GeoCoordinates',
  latitude: Number(g.lat.toFixed(6)),
  longitude: Number(g.lon.toFixed(6)),
});

const address = (street: string | undefined) => ({
  '@type': 'PostalAddress',
  ...(street ? { streetAddress: street } : {}),
  addressLocality: 'Hangzhou',
  addressRegion: 'Zhejiang',
  addressCountry: 'CN',
});

const PLACE_TYPES: Record<string, string[]> = {
  museum: ['TouristAttraction', 'Museum'],
  park: ['TouristAttraction', 'Park'],
  metro: ['SubwayStation'],
  temple: ['TouristAttraction', 'PlaceOfWorship'],
  hill: ['TouristAttraction', 'Mountain'],
  river: ['TouristAttraction', 'RiverBodyOfWater'],
};
const HERITAGE = ['TouristAttraction', 'LandmarksOrHistoricalBuildings'];

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const hhmm = (min: number) =>
  `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;

/**
 * A reference week with no public holiday in China (Monday 2 to Sunday 8 March 2026): the weekly hours are
 * read from the one hours model on these dates, so schema.org sees what the app's cards and planners see.
 */
const REFERENCE_WEEK = [
  '2026-03-08',
  '2026-03-02',
  '2026-03-03',
  '2026-03-04',
  '2026-03-05',
  '2026-03-06',
  '2026-03-07',
];

/** Opening hours as schema.org understands them, from the place's OpenStreetMap `opening_hours`. */
export function openingHours(spec: HoursSpec | undefined): JsonLd[] | undefined {
  if (!spec) return undefined;
  const byTimes = new Map<string, string[]>();
  REFERENCE_WEEK.forEach((date, d) => {
    for (const [open, close] of hoursOn(spec, date).intervals) {
      const key = `${hhmm(open)}-${hhmm(Math.min(close, 1440 - 1))}`;
      byTimes.set(key, [...(byTimes.get(key) ?? []), DAY_NAMES[d]]);
    }
  });
  if (!byTimes.size) return undefined;
  return [...byTimes].map(([times, days]) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: days.map((d) => `https://schema.org/${d}`),
    opens: times.slice(0, 5),
    closes: times.slice(6),
  }));
}

export interface PlaceLd {
  url: string;
  name: string;
  description: string;
  kind: string;
  geo: Geo;
  address?: string;
  hours?: HoursSpec;
  hoursText?: string;
  free?: boolean;
  image?: string;
  lang: string;
  citations: string[];
}

export function placeLd(p: PlaceLd): JsonLd {
  const hours = openingHours(p.hours);
  return {
    '@context': 'https://schema.org',
    '@type': PLACE_TYPES[p.kind] ?? HERITAGE,
    '@id': p.url,
    url: p.url,
    name: p.name,
    description: p.description,
    inLanguage: p.lang,
    geo: geo(p.geo),
    address: address(p.address),
    ...(hours ? { openingHoursSpecification: hours } : {}),
    ...(p.free !== undefined ? { isAccessibleForFree: p.free } : {}),
    ...(p.image ? { image: p.image } : {}),
    ...(p.citations.length ? { citation: p.citations } : {}),
  };
}

export interface WalkLd {
  url: string;
  name: string;
  description: string;
  lang: string;
  durationMin: number;
  image?: string;
  stops: { name: string; url: string; geo: Geo }[];
}

export function walkLd(w: WalkLd): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'TouristTrip',
    '@id': w.url,
    url: w.url,
    name: w.name,
    description: w.description,
    inLanguage: w.lang,
    timeRequired: `PT${w.durationMin}M`,
    touristType: ['Cultural tourism', 'Heritage tourism'],
    ...(w.image ? { image: w.image } : {}),
    itinerary: {
      '@type': 'ItemList',
      numberOfItems: w.stops.length,
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      itemListElement: w.stops.map((s, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        item: { '@type': 'TouristAttraction', name: s.name, url: s.url, geo: geo(s.geo) },
      })),
    },
  };
}

export interface AreaLd {
  url: string;
  name: string;
  description: string;
  lang: string;
  geo: Geo;
  image?: string;
  places: { name: string; url: string }[];
}

export function areaLd(a: AreaLd): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'TouristDestination',
    '@id': a.url,
    url: a.url,
    name: a.name,
    description: a.description,
    inLanguage: a.lang,
    geo: geo(a.geo),
    ...(a.image ? { image: a.image } : {}),
    includesAttraction: a.places.map((p) => ({ '@type': 'TouristAttraction', name: p.name, url: p.url })),
  };
}

const STATUS: Record<string, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  moved: 'https://schema.org/EventMovedOnline',
};

export interface EventLd {
  url: string;
  name: string;
  description: string;
  lang: string;
  status: string;
  free: boolean;
  priceCny?: number;
  organizer: string;
  organizerUrl?: string;
  image?: string;
  venue: { name: string; address?: string; geo: Geo };
  occurrences: { start: string; end?: string }[];
}

/** One Event per occurrence (what search engines ask for a series), in a graph. */
export function eventLd(e: EventLd): JsonLd {
  const price = e.free ? 0 : e.priceCny;
  const offers = {
    '@type': 'Offer',
    url: e.url,
    ...(price !== undefined ? { price, priceCurrency: 'CNY' } : {}),
    availability: 'https://schema.org/InStock',
  };
  return {
    '@context': 'https://schema.org',
    '@graph': e.occurrences.map((o) => ({
      '@type': 'Event',
      '@id': `${e.url}#${o.start}`,
      url: e.url,
      name: e.name,
      description: e.description,
      inLanguage: e.lang,
      startDate: o.start,
      ...(o.end ? { endDate: o.end } : {}),
      eventStatus: STATUS[e.status] ?? STATUS.scheduled,
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      isAccessibleForFree: e.free,
      location: {
        '@type': 'Place',
        name: e.venue.name,
        address: address(e.venue.address),
        geo: geo(e.venue.geo),
      },
      offers,
      organizer: {
        '@type': 'Organization',
        name: e.organizer,
        ...(e.organizerUrl ? { url: e.organizerUrl } : {}),
      },
      ...(e.image ? { image: [e.image] } : {}),
    })),
  };
}
