/**
 * Colours in the Song spirit, chosen to stay apart for red–green colour-blind readers and on a phone in
 * sunlight: each area colour has ≥ 4.5:1 contrast on the paper background, so labels in it stay legible.
 */
import type { AreaId } from '../data/areas.ts';

export interface Palette {
  paper: string;
  ink: string;
  halo: string;
  water: string;
  waterLine: string;
  waterLabel: string;
  hill: string;
  park: string;
  road: string;
  roadCasing: string;
  roadLabel: string;
  /** Metro lines (all in tunnels here): a thin warm grey, below the roads' contrast. */
  rail: string;
  area: Record<AreaId, string>;
  /** Colours of the interface around the map; each is also a CSS custom property (`paletteProperties`). */
  ui: UiColours;
}

export interface UiColours {
  ink: string;
  inkSoft: string;
  paper: string;
  halo: string;
  card: string;
  line: string;
  muted: string;
  accent: string;
  focus: string;
  /** A refused action or an invalid field: text and border, its pale fill, and darker text on that fill. */
  error: string;
  errorBg: string;
  errorStrong: string;
  /** Something to check (sample data, a pending revision, a closed place). */
  warning: string;
  warningBg: string;
  /** Done, approved, on now. */
  ok: string;
  okBg: string;
  /** 朱 vermilion: walks and events soon; stands apart from every area colour. */
  vermilion: string;
  /** Events later on. */
  later: string;
  /** A cancelled event. */
  cancelled: string;
}

export const SONG_PALETTE: Palette = {
  paper: '#f4efe4', // 宣纸 rice paper
  ink: '#2b2622', // 墨
  halo: '#fbf8f1',
  water: '#bcd3cf', // 天青 celadon
  waterLine: '#7fa5a9',
  waterLabel: '#2f5f66',
  hill: '#dfe3cc',
  park: '#e3e8d2',
  road: '#ffffff',
  roadCasing: '#d6c9b1',
  roadLabel: '#5d5348',
  rail: '#a3978a',
  area: {
    'imperial-city': '#8a5a00', // 赭石 ochre: the imperial yellow, darkened to read on paper
    fangxiang: '#6a3d8f', // 紫 purple
    deshou: '#b0231b', // 德寿宫红 the palace's red walls
    qinghefang: '#1d5a78', // 黛蓝 indigo
    'song-city': '#5b3a1a', // 赭墨 sepia ink: the reconstructed Song city, drawn as on an old map
    around: '#3f5f48', // 苍绿 muted green: services and places around the four areas
  },
  ui: {
    ink: '#2b2622',
    inkSoft: '#524840', // 7.8:1 on paper, 8.8:1 on a card: AAA for body text
    paper: '#f4efe4',
    halo: '#fbf8f1',
    card: '#fffdf8',
    line: '#d9cfbd',
    muted: '#8a7d6b',
    accent: '#8c2a1c',
    focus: '#1d5a78',
    error: '#b3261e',
    errorBg: '#fdecea',
    errorStrong: '#8c1d18',
    warning: '#a15c00',
    warningBg: '#fff4e0',
    ok: '#2e7d32',
    okBg: '#e6f4ea',
    vermilion: '#c2410c',
    later: '#5b3a8c',
    cancelled: '#8a8077',
  },
};

/** `inkSoft` → `--ink-soft`: the custom property of each interface colour. */
export const cssProperty = (name: keyof UiColours) =>
  `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The interface colours as custom-property declarations, for a `:host` or `:root` rule. */
export function paletteProperties(p: Palette = SONG_PALETTE): string {
  return (Object.keys(p.ui) as (keyof UiColours)[]).map((k) => `${cssProperty(k)}: ${p.ui[k]};`).join('\n');
}
