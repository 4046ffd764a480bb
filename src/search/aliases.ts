/**
 * Historical and alternative names that a place's own name does not carry, by place id. Each alias cites
 * where it comes from: shared/reference/HISTORY.md ("HISTORY") or the place data itself. Names without a place
 * of their own in the data stay out (丰豫门 = 涌金门 has no feature yet), and so do guesses HISTORY marks as
 * unverified (余杭门 ≈ 武林门).
 */

export interface Alias {
  name: string;
  /** Where the name is attested, in a few words. */
  note: string;
}

const IMPERIAL_STREET: readonly Alias[] = [
  { name: '御街', note: 'HISTORY: Imperial Street (御街 / 天街)' },
  { name: '天街', note: 'HISTORY: Imperial Street (御街 / 天街); song-imperial-street name (天街)' },
];

const HEFANG: readonly Alias[] = [
  { name: '清河坊', note: 'HISTORY: the name comes from 清河郡王 Zhang Jun; in use by 1235 (都城纪胜)' },
  { name: '勤俭路', note: 'HISTORY: renamed 勤俭路 in 1966, 河坊街 restored in 1981' },
];

const IMPERIAL_CITY: readonly Alias[] = [
  { name: '南内', note: 'HISTORY: Imperial City (南内)' },
  { name: '皇城', note: 'place data: 南宋皇城遗址' },
];

export const ALIASES: Readonly<Record<string, readonly Alias[]>> = {
  gulou: [
    { name: '朝天门', note: 'HISTORY: 鼓楼 is the Wuyue-era 朝天门; place name 鼓楼（南宋朝天门址）' },
    { name: '拱北楼', note: 'HISTORY: named 拱北楼 in 1299' },
    { name: '来远楼', note: '来远楼 from 1375 (徐渭《镇海楼记》 in 西湖梦寻)' },
    { name: '镇海楼', note: '镇海楼 some time after 1375, replacing 来远楼' },
  ],
  'song-imperial-street': IMPERIAL_STREET,
  'imperial-street-gulou-hefang': IMPERIAL_STREET,
  'fangxiang-imperial-street-zhongshan-south': IMPERIAL_STREET,
  'deshou-palace-extent': [
    { name: '德寿宫', note: 'place data: 南宋德寿宫（北内）' },
    { name: '重华宫', note: 'HISTORY: renamed 重华宫 in 1189 when Xiaozong moved in' },
    { name: '慈福宫', note: 'HISTORY: later renamed 慈福宫' },
    { name: '寿慈宫', note: 'HISTORY: then renamed 寿慈宫' },
  ],
  'deshou-museum': [{ name: '德寿宫', note: 'place data: 南宋德寿宫遗址博物馆' }],
  'hefang-poi': HEFANG,
  'hefang-street-pedestrian': HEFANG,
  'imperial-city-site': IMPERIAL_CITY,
  'imperial-city-outline': IMPERIAL_CITY,
  'song-caishi-river': [{ name: '东运河', note: 'HISTORY: 东河 = the Song 菜市河, later called 东运河' }],
  'song-houchao-gate': [
    { name: '竹车门', note: 'HISTORY: 候潮门 was rebuilt in 1158 on the base of the Wuyue 竹车门' },
  ],
  'imperial-city-baguatian': [
    { name: '籍田', note: 'HISTORY: identified as the Song 籍田 in modern guides (disputed)' },
  ],
};
