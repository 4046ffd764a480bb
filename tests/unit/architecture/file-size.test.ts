/** No file in src/ or server/ is over 500 lines without a reason written at its top. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { importGraph } from './import-graph.ts';

it('every file over 500 lines says why at its top', () => {
  const long = [...importGraph('.', ['src', 'server']).keys()].filter((f) => {
    const text = readFileSync(f, 'utf8');
    return text.split('\n').length > 500 && !/^[\s\S]{0,2000}Over 500 lines on purpose:/.test(text);
  });
  expect(long).toEqual([]);
});
