import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './golden.ts';

describe('golden files', () => {
  it('a missing golden file fails instead of being written', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'golden-')), 'new.txt');
    expect(() => expectGolden(file, 'x\n', false)).toThrow(/is missing: run UPDATE=1/);
  });

  it('UPDATE writes it, and then it holds', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'golden-')), 'new.txt');
    expectGolden(file, 'x\n', true);
    expect(readFileSync(file, 'utf8')).toBe('x\n');
    expect(() => expectGolden(file, 'y\n', false)).toThrow();
  });
});
