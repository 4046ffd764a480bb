/**
 * The browser side of search: indexes the documents the build wrote (data/search.json) with MiniSearch and
 * answers a typed query with results grouped by type. Chinese matches by character bigrams; Latin text
 * matches English names, pinyin with or without tones, initials and small typos.
 */
import MiniSearch, { type Query, type SearchOptions } from 'minisearch';
import type { SearchDoc, SearchType } from './doc.ts';
import { withoutNotes } from './names.ts';
import { indexTerms, queryTerms } from './tokenize.ts';

export interface SearchHit {
  id: string;
  type: SearchType;
  name_zh: string;
  name_en: string;
  area?: SearchDoc['area'];
  kind?: SearchDoc['kind'];
  /** Relevance; comparable within one search only. */
  score: number;
}

export interface SearchResults {
  places: SearchHit[];
  walks: SearchHit[];
  events: SearchHit[];
}

export interface SearchIndex {
  /** Results for a typed query, best first, at most `limit` (default 8) per group. */
  search(query: string, options?: { limit?: number }): SearchResults;
}

const FIELDS = ['name_zh', 'name_en', 'pinyin', 'initials', 'aliases'] as const;
type Field = (typeof FIELDS)[number];

const GROUP = { place: 'places', walk: 'walks', event: 'events' } as const satisfies Record<
  SearchType,
  keyof SearchResults
>;

/** Below three letters a one-edit fuzzy match finds almost anything. */
const fuzzy = (term: string) => (term.length > 2 ? 0.2 : false);

/** One-transposition variants of a word ("hefnag" → … "hefang" …): Levenshtein counts a swap as two edits. */
function transpositions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length - 1; i++) {
    if (word[i] !== word[i + 1]) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return out;
}

/** The MiniSearch query for a typed query: one OR of the Han, Latin, typo and initials sub-queries. */
function buildQuery(text: string): Query | undefined {
  const { han, latin } = queryTerms(text);
  const queries: Query[] = [];
  if (han.length) {
    queries.push({ queries: [han.join(' ')], fields: ['name_zh', 'aliases'], prefix: false, fuzzy: false });
  }
  if (latin.length) {
    queries.push({
      queries: [latin.join(' ')],
      fields: ['name_en', 'pinyin', 'aliases'],
      prefix: true,
      fuzzy,
    });
    if (latin.length > 1) {
      // "he fang jie" as one run: pinyin runs exist only there, and fuzzy matching a long run is slow and loose.
      queries.push({ queries: [latin.join('')], fields: ['pinyin', 'aliases'], prefix: true, fuzzy: false });
    }
    const swapped = latin.filter((w) => w.length >= 4 && /^[a-z]+$/.test(w)).flatMap(transpositions);
    if (swapped.length) {
      queries.push({
        queries: [swapped.join(' ')],
        fields: ['name_en', 'pinyin'],
        prefix: true,
        fuzzy: false,
        boostTerm: () => 0.5,
      });
    }
    // Initials never fuzzy. The exact-initials boost is MiniSearch's own: an exact term weighs 1 and a prefix
    // at most 0.375, so "hfj" puts 河坊街 (initials hfj) above 河坊街景区 (hfjjq).
    if (latin.length === 1 && /^[a-z]{2,}$/.test(latin[0])) {
      queries.push({ queries: [latin[0]], fields: ['initials'], prefix: true, fuzzy: false });
    }
  }
  return queries.length ? { combineWith: 'OR', queries } : undefined;
}

/** Hits scoring below this share of the best hit are noise from one short prefix ("he" in "he fang jie"). */
const RELEVANCE_FLOOR = 0.1;

const keyOf = (d: Pick<SearchDoc, 'type' | 'id'>) => `${d.type}:${d.id}`;

/** Field text to index: the Chinese name without its notes (they are aliases), aliases with their pinyin. */
function fieldText(d: SearchDoc, field: Field): string {
  if (field === 'name_zh') return withoutNotes(d.name_zh);
  if (field === 'aliases') return `${d.aliases.join(' ')} ${d.alias_pinyin}`;
  return d[field];
}

const SEARCH_OPTIONS: SearchOptions = {
  boost: { name_zh: 3, name_en: 1.5, pinyin: 2, initials: 2.5, aliases: 1.5 },
  // Queries arrive as space-joined terms that queryTerms has already normalised.
  tokenize: (s) => s.split(' '),
  processTerm: (t) => t,
};

function emptyIndex(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: [...FIELDS],
    extractField: (d, field) => (field === 'key' ? keyOf(d) : fieldText(d, field as Field)),
    tokenize: indexTerms,
    processTerm: (t) => t,
    searchOptions: SEARCH_OPTIONS,
  });
}

export function createSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const mini = emptyIndex();
  mini.addAll([...docs]);
  return searchIndexOver(mini, docs);
}

/**
 * The same index, built a few documents at a time with the main thread let go between them (MiniSearch's
 * addAllAsync), so that indexing on a phone right after the first view never blocks a tap for long.
 */
export async function createSearchIndexInSteps(docs: readonly SearchDoc[]): Promise<SearchIndex> {
  const mini = emptyIndex();
  await mini.addAllAsync([...docs], { chunkSize: 8 });
  return searchIndexOver(mini, docs);
}

function searchIndexOver(mini: MiniSearch<SearchDoc>, docs: readonly SearchDoc[]): SearchIndex {
  const byKey = new Map(docs.map((d) => [keyOf(d), d]));
  return {
    search(text, { limit = 8 } = {}) {
      const results: SearchResults = { places: [], walks: [], events: [] };
      const query = buildQuery(text);
      if (!query) return results;
      const hits = mini.search(query);
      const floor = (hits[0]?.score ?? 0) * RELEVANCE_FLOOR;
      for (const r of hits) {
        if (r.score < floor) break;
        const d = byKey.get(r.id as string)!;
        const group = results[GROUP[d.type]];
        if (group.length >= limit) continue;
        const { id, type, name_zh, name_en, area, kind } = d;
        group.push({
          id,
          type,
          name_zh,
          name_en,
          ...(area && { area }),
          ...(kind && { kind }),
          score: r.score,
        });
      }
      return results;
    },
  };
}
