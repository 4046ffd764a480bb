/** Body text meets WCAG AAA (7:1) on every interface background it sits on (issue 20). */
import { describe, expect, it } from 'vitest';
import { SONG_PALETTE } from '../../../src/theme/palette.ts';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
export const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

describe('text contrast', () => {
  const ui = SONG_PALETTE.ui;
  it('knows the WCAG figures', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#5d5348', '#f4efe4')).toBeCloseTo(6.55, 2);
  });
  it.each(['paper', 'card', 'halo'] as const)('ink and soft ink are ≥ 7:1 on %s', (bg) => {
    expect(contrast(ui.ink, ui[bg])).toBeGreaterThanOrEqual(7);
    expect(contrast(ui.inkSoft, ui[bg])).toBeGreaterThanOrEqual(7);
  });
});
