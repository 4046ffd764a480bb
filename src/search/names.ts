/**
 * Splitting a Chinese display name into the name itself and its notes. Used at build time to derive aliases
 * and in the browser to index the name without its notes, so both sides agree on what "the name" is.
 */

const PARENTHESES = /[（(]([^）)]*)[）)]/g;

/** The name with parenthesised notes removed: 鼓楼（南宋朝天门址） → 鼓楼. */
export function withoutNotes(name: string): string {
  return name.replace(PARENTHESES, '').trim();
}

/** The parenthesised notes of a name: 盐桥河（大河，今中河）示意 → ['大河，今中河']. */
export function notesOf(name: string): string[] {
  return [...name.matchAll(PARENTHESES)].map((m) => m[1].trim()).filter(Boolean);
}
