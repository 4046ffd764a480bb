/** No import cycle in our code: neither between files nor between folders (src/walks and src/walks/ui are two). */
import { describe, expect, it } from 'vitest';
import { cycles, folderGraph, importGraph } from './import-graph.ts';

const graph = importGraph('.', ['src', 'server', 'scripts']);

describe('the import graph of src/, server/ and scripts/', () => {
  it('reads imports, re-exports, dynamic and type-only imports', () => {
    const engine = graph.get('src/map/map-engine.ts')!;
    expect(engine.has('src/data/bounds.ts')).toBe(true);
    expect(graph.get('src/organizer/ui/point-picker.ts')!.has('src/map/point-pick-map.ts')).toBe(true);
  });

  it('has no cycle between files', () => {
    expect(cycles(graph).map((c) => c.join(' → '))).toEqual([]);
  });

  it('has no cycle between folders', () => {
    expect(cycles(folderGraph(graph)).map((c) => c.join(' → '))).toEqual([]);
  });

  it('finds a cycle where there is one', () => {
    const g = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(cycles(g)).toEqual([['a', 'b', 'c', 'a']]);
  });
});
