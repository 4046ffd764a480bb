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
  area: Record<AreaId, string>;
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
  area: {
    'imperial-city': '#8a5a00', // 赭石 ochre: the imperial yellow, darkened to read on paper
    fangxiang: '#6a3d8f', // 紫 purple
    deshou: '#b0231b', // 德寿宫红 the palace's red walls
    qinghefang: '#1d5a78', // 黛蓝 indigo
    'song-city': '#5b3a1a', // 赭墨 sepia ink: the reconstructed Song city, drawn as on an old map
    around: '#3f5f48', // 苍绿 muted green: services and places around the four areas
  },
};
