/**
 * What's on's own choices (the list or a calendar view, the date preset, and the category, area, audience,
 * language and price filters) as one value the app shell keeps and writes into the URL, so a filtered list
 * can be shared: `#ev=list:weekend&cat=music&area=deshou&free=1` (`ev` is view:when). Parsing never throws; anything unknown is dropped.
 */
import { AREA_IDS, isAreaId, type AreaId } from '../data/areas.ts';
import { CALENDAR_VIEWS, type CalendarView } from './calendar.ts';
import { AUDIENCES, CATEGORIES, type Audience, type Category } from './schema.ts';

export const WHENS = ['today', 'weekend', 'week', 'range', 'all'] as const;
export type When = (typeof WHENS)[number];

export interface ListingQuery {
  view: CalendarView;
  /** The date (Hangzhou, `YYYY-MM-DD`) a day, week or month view shows; absent: today. */
  anchor?: string;
  when: When;
  /** The range of `when: 'range'`, both inclusive. */
  from?: string;
  to?: string;
  category?: Category;
  area?: AreaId;
  audience?: Audience;
  language?: string;
  freeOnly?: boolean;
}

export const DEFAULT_QUERY: ListingQuery = { view: 'list', when: 'all' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const pick = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : undefined;

export function parseListingQuery(params: URLSearchParams): ListingQuery | undefined {
  const keys = ['ev', 'evday', 'evfrom', 'evto', 'cat', 'area', 'aud', 'lng', 'free'];
  if (!keys.some((k) => params.has(k))) return undefined;
  const [view, when] = (params.get('ev') ?? '').split(':');
  const q: ListingQuery = {
    view: pick(CALENDAR_VIEWS, view) ?? 'list',
    when: pick(WHENS, when ?? null) ?? 'all',
  };
  const anchor = params.get('evday');
  if (anchor && DAY.test(anchor)) q.anchor = anchor;
  const from = params.get('evfrom');
  const to = params.get('evto');
  if (q.when === 'range' && from && to && DAY.test(from) && DAY.test(to)) Object.assign(q, { from, to });
  q.category = pick(CATEGORIES, params.get('cat'));
  const area = params.get('area');
  if (area && isAreaId(area)) q.area = area;
  q.audience = pick(AUDIENCES, params.get('aud'));
  const lng = params.get('lng');
  if (lng && /^[a-z]{2,3}$/.test(lng)) q.language = lng;
  if (params.get('free') === '1') q.freeOnly = true;
  for (const k of Object.keys(q) as (keyof ListingQuery)[]) if (q[k] === undefined) delete q[k];
  return q;
}

/** The query's URL parameters, in a fixed order; none for the default query. */
export function listingQueryParams(q: ListingQuery): string[] {
  const out: string[] = [];
  if (q.view !== 'list' || q.when !== 'all') out.push(`ev=${q.view}:${q.when}`);
  if (q.anchor && q.view !== 'list') out.push(`evday=${q.anchor}`);
  if (q.when === 'range' && q.from && q.to) out.push(`evfrom=${q.from}`, `evto=${q.to}`);
  if (q.category) out.push(`cat=${q.category}`);
  if (q.area && AREA_IDS.includes(q.area)) out.push(`area=${q.area}`);
  if (q.audience) out.push(`aud=${q.audience}`);
  if (q.language) out.push(`lng=${q.language}`);
  if (q.freeOnly) out.push('free=1');
  return out;
}
