/**
 * Traditional Chinese for data texts (place, walk, street and event fields ending in `_zh`). The build
 * converts every such text with OpenCC and writes the pairs that differ to `data/zh-hant.json`
 * (scripts/hant/data.ts); the browser only looks them up, so no converter or dictionary is shipped and the
 * file is fetched only by a visitor who chooses 繁體. A text the table lacks (an event published on the
 * events service after the build) stays as it was written.
 */
export type HantTable = ReadonlyMap<string, string>;

export interface HantFile {
  version: 1;
  /** Simplified text → Traditional text, only where they differ. */
  strings: Record<string, string>;
}

/** Reads `data/zh-hant.json`; anything else gives an empty table (texts then stay Simplified). */
export function hantTable(json: unknown): HantTable {
  const file = json as Partial<HantFile> | null;
  if (!file || file.version !== 1 || typeof file.strings !== 'object' || file.strings === null)
    return new Map();
  return new Map(Object.entries(file.strings).filter(([, v]) => typeof v === 'string'));
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

function convertField(value: unknown, table: HantTable): unknown {
  if (typeof value === 'string') return table.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => convertField(v, table));
  return value;
}

/**
 * A copy of a data value with every `_zh` text looked up in the table. Plain objects and arrays are copied,
 * geometry is shared (never a text), class instances (Date, Map) are kept as they are.
 */
export function hantData<T>(value: T, table: HantTable): T {
  if (Array.isArray(value)) return value.map((v: unknown) => hantData(v, table)) as T;
  if (!isPlain(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = k === 'geometry' ? v : k.endsWith('_zh') ? convertField(v, table) : hantData(v, table);
  }
  return out as T;
}

/**
 * Converted copies keyed by the original object, so a value handed down twice is the same object both
 * times (Lit then sees no change). One cache per table.
 */
export class HantCache {
  private readonly copies = new WeakMap<object, unknown>();
  constructor(readonly table: HantTable) {}

  of<T>(value: T): T {
    if (typeof value !== 'object' || value === null) return value;
    let copy = this.copies.get(value) as T | undefined;
    if (copy === undefined) {
      copy = hantData(value, this.table);
      this.copies.set(value, copy);
    }
    return copy;
  }
}
