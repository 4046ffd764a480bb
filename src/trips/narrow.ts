/**
 * Which stops and lanes only one group should use at a time. Derived from the data, not from a capacity
 * figure (the place data has none):
 * - a stop whose place `kind` is an indoor or enclosed venue (museum, residence, shop, temple) or a lane;
 * - a network edge of kind `lane`: in geodata/network.geojson that is OpenStreetMap's living streets and the
 *   residential ways named …巷/弄/里/坊 (geodata/research/network.md), the narrow old lanes.
 * Streets, squares, parks and sites in the open are shared.
 */
import type { PlaceKind } from '../data/schema.ts';

export const NARROW_PLACE_KINDS: readonly PlaceKind[] = ['museum', 'residence', 'shop', 'temple', 'lane'];

export function isNarrowPlace(kind: PlaceKind): boolean {
  return NARROW_PLACE_KINDS.includes(kind);
}

export const NARROW_EDGE_KIND = 'lane';
