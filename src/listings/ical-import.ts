/**
 * Reads an organiser's iCalendar file (with ical.js) into draft events of our shape. Nothing is dropped
 * silently: every VEVENT that cannot be imported, and every field that was guessed, cut or ignored, is
 * reported as a problem. `level: 'error'` means the VEVENT was not imported; 'warning' means it was, but a
 * person should check the field named.
 *
 * Hostile input is bounded before parsing: files over MAX_ICS_BYTES and files with more than MAX_VEVENTS
 * are rejected whole; a rule with no end is cut at a two-year horizon and MAX_OCCURRENCES occurrences; a
 * rule spanning more than MAX_RULE_SPAN_YEARS is refused; the whole import stops at IMPORT_BUDGET.
 *
 * Times: UTC (`Z`), TZID=Asia/Shanghai (and its aliases) and floating times (read as Hangzhou time) are
 * converted arithmetically; any other TZID needs its VTIMEZONE in the file. No global time-zone registry is
 * touched (ical.js's TimezoneService is module state), so imports do not affect each other.
 */
import ICAL from 'ical.js';
import type { Category, ListingEvent, Organizer } from './schema.ts';
import { CATEGORIES } from './schema.ts';
import { validateEventFiles, htmlProblem } from './validate.ts';
import { MAX_OCCURRENCES, parseRule } from './rule.ts';
import { DAY_MS, UTC_OFFSET_MS, formatLocal, icsLocal } from './time.ts';
import type { Venue } from './venues.ts';
import { metresBetween } from '../data/distance.ts';

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Time = InstanceType<typeof ICAL.Time>;

export const MAX_ICS_BYTES = 1024 * 1024;
export const MAX_VEVENTS = 500;
/** A rule without COUNT or UNTIL is cut here (from its start). */
export const IMPORT_HORIZON_MS = 730 * DAY_MS;
/**
 * The work one import may do: this many occurrences over all its rules, this much wall time (ms, measured
 * with performance.now(), a duration, not a time of day). The import runs on the server's event loop; each
 * rule is bounded by MAX_RULE_SPAN_YEARS (rule.ts), these bound the file.
 */
export const IMPORT_BUDGET = { occurrences: 40_000, ms: 2_000 };
/** A GEO position matches a venue within this distance. */
export const GEO_MATCH_M = 100;

export interface ImportProblem {
  /** The VEVENT's UID, `#n` (1-based) if it has none, or `-` for the whole file. */
  uid: string;
  field: string;
  message: string;
  level: 'error' | 'warning';
}

export interface IcsImport {
  events: ListingEvent[];
  problems: ImportProblem[];
}

export interface ImportOptions {
  venues: readonly Venue[];
  /** Whose file this is; when absent, ORGANIZER's CN is used for both names. */
  organizer?: Organizer;
  /** Category when CATEGORIES names none of ours; when absent such events are not imported. */
  defaultCategory?: Category;
  /** Languages of the events (the file does not say); default ['zh']. */
  languages?: string[];
  /** Recorded as the events' source. */
  source: { title: string; url?: string };
  /** Overrides IMPORT_BUDGET (tests). */
  budget?: { occurrences: number; ms: number };
}

export const formatImportProblem = (p: ImportProblem) => `${p.uid}:${p.field}: ${p.message}`;

const SHANGHAI = new Set([
  'asia/shanghai',
  'asia/chongqing',
  'asia/chungking',
  'asia/harbin',
  'prc',
  'china standard time',
]);
/** Properties mapped to our fields. */
const MAPPED = new Set([
  'UID',
  'SUMMARY',
  'DESCRIPTION',
  'LOCATION',
  'GEO',
  'DTSTART',
  'DTEND',
  'DURATION',
  'RRULE',
  'EXDATE',
  'STATUS',
  'CATEGORIES',
  'URL',
  'ORGANIZER',
]);
/** Bookkeeping properties with no meaning for a listing: ignored without a warning. */
const BOOKKEEPING = new Set([
  'DTSTAMP',
  'CREATED',
  'LAST-MODIFIED',
  'SEQUENCE',
  'TRANSP',
  'CLASS',
  'PRIORITY',
]);

const CATEGORY_WORDS: Record<string, Category> = {
  performance: 'performance',
  show: 'performance',
  theatre: 'performance',
  theater: 'performance',
  concert: 'performance',
  演出: 'performance',
  表演: 'performance',
  戏曲: 'performance',
  exhibition: 'exhibition',
  展览: 'exhibition',
  展: 'exhibition',
  yaji: 'yaji',
  雅集: 'yaji',
  festival: 'festival',
  节: 'festival',
  节庆: 'festival',
  market: 'market',
  fair: 'market',
  市集: 'market',
  集市: 'market',
  workshop: 'workshop',
  工作坊: 'workshop',
  体验: 'workshop',
  'guided-walk': 'guided-walk',
  tour: 'guided-walk',
  walk: 'guided-walk',
  导览: 'guided-walk',
  研学: 'guided-walk',
};

const CJK = /[\u3400-\u9fff]/;

/** Splits "中文 / English" (or " · ", " | ") into its two languages; one language comes back as both. */
function bilingual(text: string): { zh: string; en: string; single?: 'zh' | 'en' } {
  const m = /^(.*?\S)\s+[/·|]\s+(\S.*)$/s.exec(text);
  if (m && CJK.test(m[1]) && !CJK.test(m[2])) return { zh: m[1].trim(), en: m[2].trim() };
  return { zh: text, en: text, single: CJK.test(text) ? 'zh' : 'en' };
}

/** HTML from an organiser's DESCRIPTION turned into plain text. */
function stripHtml(s: string): string {
  const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return s
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|[a-z]+);/gi, (all, e: string) =>
      e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? all),
    )
    .trim();
}

function slug(uid: string): string {
  const s = uid
    .split('@')[0]
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  if (s) return s;
  let h = 0;
  for (const ch of uid) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return `imported-${h.toString(36)}`;
}

const normal = (s: string) => s.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
const names = (v: Venue) =>
  [v.name_zh, v.name_en]
    .flatMap((n) => [n, n.replace(/[（(][^）)]*[）)]/g, '')])
    .map(normal)
    .filter(Boolean);

/** The venue named by LOCATION (whole or one of its comma/slash parts), else the one within 100 m of GEO. */
export function matchVenue(
  location: string | undefined,
  geo: [number, number] | undefined,
  venues: readonly Venue[],
): { venue?: Venue; by?: 'name' | 'geo' } {
  if (location) {
    const parts = [location, ...location.split(/[,，/|·;；\n]/)].map(normal).filter(Boolean);
    const venue = venues.find((v) => names(v).some((n) => parts.includes(n)));
    if (venue) return { venue, by: 'name' };
  }
  if (geo) {
    let best: Venue | undefined;
    let bestM = GEO_MATCH_M;
    for (const v of venues) {
      const m = metresBetween(geo, v.position);
      if (m <= bestM) [best, bestM] = [v, m];
    }
    if (best) return { venue: best, by: 'geo' };
  }
  return {};
}

/** Reads a DATE or DATE-TIME property as an instant (epoch ms), or a message why not. */
function instant(
  prop: Property,
  zones: Map<string, InstanceType<typeof ICAL.Timezone>>,
): { ms?: number; note?: string } {
  const t = prop.getFirstValue() as Time;
  const floating = Date.UTC(
    t.year,
    t.month - 1,
    t.day,
    t.isDate ? 0 : t.hour,
    t.isDate ? 0 : t.minute,
    t.isDate ? 0 : t.second,
  );
  const tzid = prop.getParameter('tzid') as string | undefined;
  if (t.isDate)
    return { ms: floating - UTC_OFFSET_MS, note: 'an all-day date, read as 00:00 in Asia/Shanghai' };
  if (t.zone === ICAL.Timezone.utcTimezone) return { ms: floating };
  if (!tzid) return { ms: floating - UTC_OFFSET_MS, note: 'a floating time, read as Asia/Shanghai' };
  if (SHANGHAI.has(tzid.toLowerCase())) return { ms: floating - UTC_OFFSET_MS };
  const zone = zones.get(tzid);
  if (!zone) return { note: `time zone "${tzid}" has no VTIMEZONE in the file` };
  const local = ICAL.Time.fromData({
    year: t.year,
    month: t.month,
    day: t.day,
    hour: t.hour,
    minute: t.minute,
    second: t.second,
  });
  return { ms: floating - zone.utcOffset(local) * 1000 };
}

/**
 * The RRULE text bounded for our data: unbounded rules get UNTIL at the horizon, over-long ones COUNT=400.
 * Returns the rule to store (UNTIL in UTC `Z` form is kept as the organiser wrote it) and what was changed.
 */
function boundRule(
  raw: string,
  startMs: number,
): { rrule?: string; note?: string; error?: string; occurrences?: number } {
  const parts = raw.split(';').filter((p) => !/^(COUNT|UNTIL)=/i.test(p));
  const hasEnd = /(^|;)(COUNT|UNTIL)=/i.test(raw);
  const horizon = icsLocal(startMs + IMPORT_HORIZON_MS);
  let rrule = hasEnd ? raw : [...parts, `UNTIL=${horizon}`].join(';');
  let note = hasEnd
    ? undefined
    : `has no end; cut at two years (${formatLocal(startMs + IMPORT_HORIZON_MS)})`;
  let parsed = parseRule(rrule, startMs);
  const tooMany = (r: typeof parsed) =>
    !r.ok && (/more than/.test(r.message) || /COUNT must be/.test(r.message));
  if (tooMany(parsed)) {
    rrule = [...parts, `COUNT=${MAX_OCCURRENCES}`].join(';');
    note = `has more than ${MAX_OCCURRENCES} occurrences; cut to the first ${MAX_OCCURRENCES}`;
    parsed = parseRule(rrule, startMs);
  }
  if (!parsed.ok) return { error: parsed.message };
  return { rrule, note, occurrences: parsed.rule.starts.length };
}

function importEvent(
  ve: Component,
  index: number,
  zones: Map<string, InstanceType<typeof ICAL.Timezone>>,
  options: ImportOptions,
  problems: ImportProblem[],
  budget: { occurrences: number },
): ListingEvent | undefined {
  const uidValue = ve.getFirstPropertyValue('uid');
  const uid = typeof uidValue === 'string' && uidValue ? uidValue : `#${index + 1}`;
  let failed = false;
  const warn = (field: string, message: string) => problems.push({ uid, field, message, level: 'warning' });
  const fail = (field: string, message: string) => {
    problems.push({ uid, field, message, level: 'error' });
    failed = true;
  };
  const str = (name: string) => {
    const value = ve.getFirstPropertyValue(name);
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };

  for (const prop of ve.getAllProperties()) {
    const name = prop.name.toUpperCase();
    if (!MAPPED.has(name) && !BOOKKEEPING.has(name)) warn(name, 'not supported; ignored');
  }
  for (const sub of ve.getAllSubcomponents()) warn(sub.name.toUpperCase(), 'not supported; ignored');
  if (ve.hasProperty('recurrence-id'))
    fail('RECURRENCE-ID', 'a changed single occurrence cannot be imported');
  if (uid.startsWith('#')) warn('UID', 'missing; an id was made from the position in the file');

  const summary = str('summary');
  if (!summary) fail('SUMMARY', 'missing: an event needs a title');
  const title = bilingual(summary ?? '-');
  if (summary && title.single)
    warn('SUMMARY', `only in ${title.single === 'zh' ? 'Chinese' : 'English'}; copied to both titles`);
  const rawDescription = str('description');
  const plain = rawDescription && htmlProblem(rawDescription) ? stripHtml(rawDescription) : rawDescription;
  if (rawDescription !== plain) warn('DESCRIPTION', 'held HTML; converted to plain text');
  if (!plain) warn('DESCRIPTION', 'missing; the title is used');
  const desc = bilingual(plain || summary || '-');
  if (plain && desc.single)
    warn('DESCRIPTION', `only in ${desc.single === 'zh' ? 'Chinese' : 'English'}; copied to both`);

  const dtstart = ve.getFirstProperty('dtstart');
  let start: number | undefined;
  if (!dtstart) fail('DTSTART', 'missing');
  else {
    const r = instant(dtstart, zones);
    if (r.ms === undefined) fail('DTSTART', r.note!);
    else if (r.note) warn('DTSTART', r.note);
    start = r.ms;
  }
  let end: number | undefined;
  const dtend = ve.getFirstProperty('dtend');
  const duration = ve.getFirstPropertyValue('duration') as InstanceType<typeof ICAL.Duration> | null;
  if (dtend) {
    const r = instant(dtend, zones);
    if (r.ms === undefined) fail('DTEND', r.note!);
    else end = r.ms;
  } else if (duration && start !== undefined) end = start + duration.toSeconds() * 1000;
  else fail('DTEND', 'missing end: neither DTEND nor DURATION');
  if (start !== undefined && start % 60_000) {
    warn('DTSTART', 'seconds dropped');
    start -= start % 60_000;
  }
  if (end !== undefined && end % 60_000) end -= end % 60_000;

  const location = str('location');
  const geoValue = ve.getFirstPropertyValue('geo') as unknown;
  const geo =
    Array.isArray(geoValue) && geoValue.length === 2
      ? ([Number(geoValue[1]), Number(geoValue[0])] as [number, number])
      : undefined;
  const { venue, by } = matchVenue(location, geo, options.venues);
  if (!venue)
    fail(
      'LOCATION',
      `unknown venue: ${location ? `"${location}"` : 'none given'}${geo ? ` at ${geo[1]}, ${geo[0]}` : ''} matches no place by name or within ${GEO_MATCH_M} m`,
    );
  else if (by === 'geo') warn('LOCATION', `matched to "${venue.id}" by GEO position only`);

  let rrule: string | undefined;
  const rruleProp = ve.getFirstProperty('rrule');
  if (rruleProp && start !== undefined) {
    const raw = rruleProp.toICALString().replace(/^RRULE:/i, '');
    const bounded = boundRule(raw, start);
    budget.occurrences -= bounded.occurrences ?? 0;
    if (bounded.error) fail('RRULE', bounded.error);
    else if (budget.occurrences < 0)
      fail('RRULE', 'the rules of this file have too many occurrences in all; import it in parts');
    else if (bounded.note) warn('RRULE', bounded.note);
    rrule = bounded.rrule;
  }
  if (ve.getAllProperties('rrule').length > 1) warn('RRULE', 'only the first rule is used');
  const exdates: string[] = [];
  for (const prop of ve.getAllProperties('exdate')) {
    for (const t of prop.getValues() as Time[]) {
      const single = new ICAL.Property('exdate');
      single.setValue(t);
      const tzid = prop.getParameter('tzid');
      if (tzid) single.setParameter('tzid', tzid);
      const r = instant(single, zones);
      if (r.ms === undefined) warn('EXDATE', r.note!);
      else exdates.push(formatLocal(r.ms));
    }
  }
  if (exdates.length > MAX_OCCURRENCES) fail('EXDATE', `more than ${MAX_OCCURRENCES} exceptions`);

  const status = str('status')?.toUpperCase();
  if (status && !['CONFIRMED', 'TENTATIVE', 'CANCELLED'].includes(status))
    warn('STATUS', `"${status}" read as scheduled`);
  if (status === 'TENTATIVE') warn('STATUS', 'TENTATIVE read as scheduled');

  const words = ve.getAllProperties('categories').flatMap((p) => p.getValues() as string[]);
  const category =
    words
      .map(
        (w) =>
          CATEGORY_WORDS[w.trim().toLowerCase()] ??
          ((CATEGORIES as readonly string[]).find((c) => c === w.trim().toLowerCase()) as
            Category | undefined),
      )
      .find(Boolean) ?? options.defaultCategory;
  if (!category)
    fail(
      'CATEGORIES',
      `${words.length ? `"${words.join(', ')}"` : 'none'}: no category of ours and no default given`,
    );
  else if (!words.length) warn('CATEGORIES', `none given; "${category}" assumed`);

  const url = str('url');
  const booking_url = url && /^https?:\/\//.test(url) ? url : undefined;
  if (url && !booking_url) warn('URL', 'not an http(s) link; ignored');
  let organizer = options.organizer;
  if (!organizer) {
    const cn = ve.getFirstProperty('organizer')?.getParameter('cn');
    if (typeof cn === 'string' && cn.trim()) {
      organizer = { name_zh: cn.trim(), name_en: cn.trim() };
      warn('ORGANIZER', 'name copied to both languages');
    } else fail('ORGANIZER', 'missing, and no organiser given to the import');
  }
  warn('free', 'the file does not say whether it is free; set to false without a price');

  if (failed || start === undefined || end === undefined || !venue || !category || !organizer)
    return undefined;
  const event: ListingEvent = {
    id: slug(uid),
    title_zh: title.zh,
    title_en: title.en,
    description_zh: desc.zh,
    description_en: desc.en,
    category,
    venue: venue.id,
    start: formatLocal(start),
    end: formatLocal(end),
    ...(rrule ? { rrule } : {}),
    ...(exdates.length ? { exdates } : {}),
    free: false,
    ...(booking_url ? { booking_url } : {}),
    languages: options.languages ?? ['zh'],
    organizer,
    status: status === 'CANCELLED' ? 'cancelled' : 'scheduled',
    sample: false,
    sources: [options.source],
  };
  const { errors } = validateEventFiles(
    [{ file: 'import', json: [event] }],
    new Set(options.venues.map((v) => v.id)),
  );
  for (const e of errors) problems.push({ uid, field: e.field, message: e.message, level: 'error' });
  return errors.length ? undefined : event;
}

/** Imports an organiser's .ics text. Never throws on bad input: everything wrong is in `problems`. */
export function importIcs(text: string, options: ImportOptions): IcsImport {
  const reject = (message: string): IcsImport => ({
    events: [],
    problems: [{ uid: '-', field: 'file', message, level: 'error' }],
  });
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_ICS_BYTES) return reject(`file is ${(bytes / 1048576).toFixed(1)} MB; the limit is 1 MB`);
  const vevents = text.match(/^BEGIN:VEVENT\s*$/gim)?.length ?? 0;
  if (vevents > MAX_VEVENTS) return reject(`file has ${vevents} VEVENTs; the limit is ${MAX_VEVENTS}`);
  let root: Component;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (e) {
    return reject(`not iCalendar: ${(e as Error).message}`);
  }
  if (root.name !== 'vcalendar') return reject('not iCalendar: no VCALENDAR');
  const zones = new Map<string, InstanceType<typeof ICAL.Timezone>>();
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    const tzid = vtz.getFirstPropertyValue('tzid');
    if (typeof tzid === 'string') zones.set(tzid, new ICAL.Timezone(vtz));
  }
  const problems: ImportProblem[] = [];
  const events: ListingEvent[] = [];
  const seen = new Set<string>();
  const limits = options.budget ?? IMPORT_BUDGET;
  const budget = { occurrences: limits.occurrences };
  const began = performance.now();
  const all = root.getAllSubcomponents('vevent');
  for (const [i, ve] of all.entries()) {
    if (performance.now() - began > limits.ms) {
      problems.push({
        uid: '-',
        field: 'file',
        message: `import stopped at VEVENT ${i + 1} of ${all.length}: the file needs more work than one import may do; import the rest as a smaller file`,
        level: 'error',
      });
      break;
    }
    const event = importEvent(ve, i, zones, options, problems, budget);
    if (!event) continue;
    if (seen.has(event.id)) {
      problems.push({
        uid: event.id,
        field: 'UID',
        message: 'the same id twice; the second was not imported',
        level: 'error',
      });
      continue;
    }
    seen.add(event.id);
    events.push(event);
  }
  if (!vevents)
    problems.push({ uid: '-', field: 'file', message: 'no VEVENT in the file', level: 'warning' });
  return { events, problems };
}
