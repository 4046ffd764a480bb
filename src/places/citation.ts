/** A source as a visitor reads it: publisher, title and year, e.g. "杭州网 · 二十三坊巷名单 · 2012". */
import type { Source } from '../data/schema.ts';

export function citation(s: Source): string {
  return [s.publisher, s.title, s.year === undefined ? undefined : String(s.year)]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
}
