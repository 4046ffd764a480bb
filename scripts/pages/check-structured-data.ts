/**
 * A small checker for the pages' JSON-LD: the properties each type must and should carry, taken from the
 * schema.org vocabulary (the types and their properties) and Google's structured-data guidelines for events
 * (required: name, startDate, location with its address; recommended: description, endDate, eventStatus,
 * image, offers with price, priceCurrency, availability and url, organizer with name, performer). schema.org
 * marks nothing required for places and trips; the lists below are what a place or trip page needs to be
 * useful to a reader or a search engine (a position, opening hours where known, the stops in order).
 */
export interface Rule {
  required: string[];
  recommended: string[];
}

/** Dotted paths; `a.b` means property b of the value (or of every value) of property a. */
export const RULES: Record<string, Rule> = {
  Event: {
    required: ['name', 'startDate', 'location', 'location.name', 'location.address'],
    recommended: [
      'description',
      'endDate',
      'eventStatus',
      'eventAttendanceMode',
      'image',
      'offers',
      'offers.price',
      'offers.priceCurrency',
      'offers.availability',
      'offers.url',
      'organizer',
      'organizer.name',
      'location.geo',
    ],
  },
  TouristAttraction: {
    required: ['name', 'geo', 'geo.latitude', 'geo.longitude', 'url'],
    recommended: ['description', 'address', 'image', 'openingHoursSpecification'],
  },
  SubwayStation: {
    required: ['name', 'geo', 'geo.latitude', 'geo.longitude', 'url'],
    recommended: ['address'],
  },
  TouristTrip: {
    required: ['name', 'itinerary', 'itinerary.itemListElement'],
    recommended: ['description', 'url', 'image', 'timeRequired', 'touristType'],
  },
  TouristDestination: {
    required: ['name', 'url', 'geo'],
    recommended: ['description', 'image', 'includesAttraction'],
  },
};

/** The properties schema.org defines for the values we use; a name outside this is a typo. */
const KNOWN_ENUMS: Record<string, RegExp> = {
  eventStatus: /^https:\/\/schema\.org\/Event(Scheduled|Cancelled|Postponed|Rescheduled|MovedOnline)$/,
  eventAttendanceMode: /^https:\/\/schema\.org\/(Offline|Online|Mixed)EventAttendanceMode$/,
  availability: /^https:\/\/schema\.org\/(InStock|SoldOut|PreOrder|LimitedAvailability|OnlineOnly)$/,
};

export interface Finding {
  type: string;
  missingRequired: string[];
  missingRecommended: string[];
  invalid: string[];
}

function present(node: unknown, path: string[]): boolean {
  if (node === undefined || node === null || node === '') return false;
  if (Array.isArray(node)) return node.length > 0 && node.every((n) => present(n, path));
  if (!path.length) return true;
  if (typeof node !== 'object') return false;
  return present((node as Record<string, unknown>)[path[0]], path.slice(1));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?$/;

function checkNode(node: Record<string, unknown>): Finding[] {
  const types = ([] as unknown[]).concat(node['@type']).map(String);
  const findings: Finding[] = [];
  for (const type of types) {
    const rule = RULES[type];
    if (!rule) continue;
    const invalid: string[] = [];
    for (const [key, pattern] of Object.entries(KNOWN_ENUMS)) {
      const values = [node[key], (node.offers as Record<string, unknown> | undefined)?.[key]].filter(
        (v) => v !== undefined,
      );
      for (const v of values) if (!pattern.test(String(v))) invalid.push(`${key}: ${String(v)}`);
    }
    for (const key of ['startDate', 'endDate'])
      if (node[key] !== undefined && !ISO_DATE.test(String(node[key])))
        invalid.push(`${key}: ${String(node[key])}`);
    const g = node.geo as { latitude?: number; longitude?: number } | undefined;
    if (g && (Math.abs(Number(g.latitude)) > 90 || Math.abs(Number(g.longitude)) > 180)) invalid.push('geo');
    findings.push({
      type,
      missingRequired: rule.required.filter((p) => !present(node, p.split('.'))),
      missingRecommended: rule.recommended.filter((p) => !present(node, p.split('.'))),
      invalid,
    });
  }
  return findings;
}

/** Parses a JSON-LD block (throws on bad JSON) and checks every typed node at its top or in its @graph. */
export function checkJsonLd(text: string): Finding[] {
  const doc = JSON.parse(text) as Record<string, unknown>;
  if (doc['@context'] !== 'https://schema.org') throw new Error('@context must be https://schema.org');
  const nodes = Array.isArray(doc['@graph']) ? (doc['@graph'] as Record<string, unknown>[]) : [doc];
  const findings = nodes.flatMap(checkNode);
  if (!findings.length) throw new Error('no checked schema.org type in the block');
  return findings;
}

/** The JSON-LD blocks of an HTML page. */
export function jsonLdBlocks(html: string): string[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}
