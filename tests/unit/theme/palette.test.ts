import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SONG_PALETTE, cssProperty, paletteProperties } from '../../../src/theme/palette.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

describe('palette', () => {
  it('names each interface colour as a kebab-case custom property', () => {
    expect(cssProperty('errorBg')).toBe('--error-bg');
    expect(paletteProperties()).toContain(`--error: ${SONG_PALETTE.ui.error};`);
  });

  it('no source file but the palette types an interface colour by hand', () => {
    const hexes = new Set(Object.values(SONG_PALETTE.ui).map((h) => h.toLowerCase()));
    const offenders = sources('src')
      .filter((f) => !f.endsWith(join('theme', 'palette.ts')))
      .flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/#[0-9a-fA-F]{6}\b/g)]
          .filter((m) => hexes.has(m[0].toLowerCase()))
          .map((m) => `${f}: ${m[0]}`),
      );
    expect(offenders).toEqual([]);
  });
});
