/**
 * The import graph of our own TypeScript: every relative import (static, re-export, dynamic and
 * type-only alike, as TypeScript's pre-processor reads them) of every file under the given roots.
 * Type-only imports count: a type that flows against the floors is a dependency all the same.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export type Graph = Map<string, Set<string>>;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|mts)$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

/** File → the files it imports, both as paths relative to `root`. */
export function importGraph(root: string, dirs: string[]): Graph {
  const graph: Graph = new Map();
  for (const file of dirs.flatMap((d) => files(join(root, d)))) {
    const from = relative(root, file);
    const deps = new Set<string>();
    for (const ref of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!ref.fileName.startsWith('.')) continue;
      const target = relative(root, resolve(dirname(file), ref.fileName.replace(/\?.*$/, '')));
      if (/\.(ts|mts)$/.test(target)) deps.add(target);
    }
    graph.set(from, deps);
  }
  return graph;
}

/** The folder a file belongs to for floor purposes: `src/walks/ui/x.ts` → `src/walks/ui`. */
export const folderOf = (file: string) => dirname(file);

/** Folder → folders it imports (self-imports left out). */
export function folderGraph(graph: Graph, folder: (f: string) => string = folderOf): Graph {
  const out: Graph = new Map();
  for (const [from, deps] of graph) {
    const a = folder(from);
    const set = out.get(a) ?? new Set<string>();
    out.set(a, set);
    for (const d of deps) if (folder(d) !== a) set.add(folder(d));
  }
  return out;
}

/** Every cycle found by a depth-first search, each as the path that closes it (a → b → a). */
export function cycles(graph: Graph): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 'open') found.push([...stack.slice(stack.indexOf(m)), m]);
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of [...graph.keys()].sort()) if (!state.has(n)) visit(n);
  return found;
}
