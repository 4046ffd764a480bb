/**
 * Build-time only (Node): turns places, walks and events into search documents with their pinyin and
 * initials precomputed by pinyin-pro, so no pinyin dictionary is shipped to the browser. The build writes
 * the result as JSON (data/search.json) and the browser indexes it with createSearchIndex.
 */
import { pinyin } from 'pinyin-pro';
import type { AreaId } from '../data/areas.ts';
import type { PlaceFeature } from '../data/schema.ts';
import type { WalkFeatureProperties } from '../walks/compile.ts';
import { ALIASES } from './aliases.ts';
import type { SearchDoc } from './doc.ts';
import { notesOf, withoutNotes } from './names.ts';
import { eventTitle } from '../listings/event-text.ts';

/** What search needs of a compiled walk; a WalkFeature has it. */
export interface SearchableWalk {
  properties: Pick<WalkFeatureProperties, 'id' | 'name_zh' | 'name_en'>;
}

/** What search needs of an event listing. */
export interface SearchableEvent {
  id: string;
  title_zh: string;
  /** Optional: an event without English is found and shown by its Chinese title, marked "(in Chinese)". */
  title_en?: string;
  area?: AreaId;
}

const HAN_RUN = /\p{Script=Han}+/gu;
/** Notes that describe the drawing, not the place: 示意范围, 步行段, 推定, 鼎盛时期… */
const NOT_A_NAME = /示意|推定|复原|时期|段$|片区|标志|观赏点|^公园$|^山顶$/;

/** Strips the era prefix and the "site of" suffixes a visitor leaves out: 南宋太庙遗址 → 太庙. */
function bareName(name: string): string {
  return name
    .trim()
    .replace(/^今/, '')
    .replace(/^(?:杭州)?南宋/, '')
    .replace(/(?:复原走向|示意|遗址|址)$/, '');
}

/** Names a display name carries besides itself: its parts, its bare form and its parenthesised names. */
export function derivedAliases(name_zh: string): string[] {
  const main = withoutNotes(name_zh);
  const parts = main.split(/[·・、：:]/).map(bareName);
  const notes = notesOf(name_zh)
    .flatMap((n) => n.split(/[，,、；;]/))
    .map(bareName)
    .filter((n) => !NOT_A_NAME.test(n));
  return [...parts, ...notes].filter((n) => n.length >= 2 && n !== main);
}

/** Pinyin and initials fields for some Chinese text, in the SearchDoc format; non-Han text is skipped. */
export function pinyinFields(texts: readonly string[]): { pinyin: string; initials: string } {
  const syllables = new Set<string>();
  const initials = new Set<string>();
  for (const text of texts) {
    for (const [run] of text.matchAll(HAN_RUN)) {
      const py = pinyin(run, { toneType: 'none', type: 'array', v: false }).map((s) =>
        s.replace(/ü/g, 'u').toLowerCase(),
      );
      for (const s of py) syllables.add(s);
      for (let i = 0; i < py.length - 1; i++) {
        syllables.add(py.slice(i).join(''));
        initials.add(
          py
            .slice(i)
            .map((s) => s[0])
            .join(''),
        );
      }
    }
  }
  return { pinyin: [...syllables].join(' '), initials: [...initials].join(' ') };
}

function doc(
  id: string,
  type: SearchDoc['type'],
  name_zh: string,
  name_en: string,
  extra: { area?: AreaId; kind?: SearchDoc['kind'] } = {},
): SearchDoc {
  const curated = type === 'place' ? (ALIASES[id] ?? []).map((a) => a.name) : [];
  const main = withoutNotes(name_zh);
  const aliases = [...new Set([...derivedAliases(name_zh), ...curated])].filter((a) => a !== main);
  const names = pinyinFields([main]);
  const alt = pinyinFields(aliases);
  return {
    id,
    type,
    name_zh,
    name_en,
    ...extra,
    pinyin: names.pinyin,
    initials: names.initials,
    aliases,
    alias_pinyin: [alt.pinyin, alt.initials].filter(Boolean).join(' '),
  };
}

export function buildSearchDocs(
  places: readonly PlaceFeature[],
  walks: readonly SearchableWalk[] = [],
  events: readonly SearchableEvent[] = [],
): SearchDoc[] {
  return [
    ...places.map(({ properties: p }) =>
      doc(p.id, 'place', p.name_zh, p.name_en, { area: p.area, kind: p.kind }),
    ),
    ...walks.map(({ properties: w }) => doc(w.id, 'walk', w.name_zh, w.name_en)),
    ...events.map((e) => doc(e.id, 'event', e.title_zh, eventTitle(e, 'en'), e.area ? { area: e.area } : {})),
  ];
}
