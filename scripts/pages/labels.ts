/** The words of the static pages, in Simplified Chinese and English; Traditional is converted from the Chinese. */
import { TRANSLATIONS } from '../../src/i18n/translations.ts';
import { deepToHant, toHant } from './zh-hant.ts';
import { hantVariant, sourceLang, type PageLang } from './site.ts';

const zh = {
  site: '宋韵上城 · 南宋临安文化地图',
  siteShort: '宋韵上城',
  openMap: '在地图上打开',
  openMapHint: '打开互动地图，定位到这里',
  kindPlace: '地点',
  kindWalk: '步行路线',
  kindArea: '片区',
  kindEvent: '活动',
  position: '位置',
  positionNote: '位置依据',
  coordinates: (lat: string, lon: string) => `北纬 ${lat}°，东经 ${lon}°`,
  sources: TRANSLATIONS.zh.sources,
  hours: TRANSLATIONS.zh.hours,
  address: TRANSLATIONS.zh.address,
  tickets: '门票',
  period: TRANSLATIONS.zh.period,
  booking: '预约',
  access: '无障碍',
  stops: '途经地点',
  distance: '距离',
  duration: '用时（含停留）',
  stepFree: '全程无台阶',
  placesHere: '这里的地点',
  dates: '日期与时间',
  venue: '地点',
  organizer: '主办方',
  price: '费用',
  free: '免费',
  priceCny: (n: number) => `${n} 元`,
  priceUnknown: '收费，详见主办方公告',
  cancelled: '已取消',
  postponed: '已延期',
  otherLangs: '其他语言',
  breadcrumb: '页面路径',
  home: '地图首页',
  link: '链接',
  allEvents: '全部活动',
  feedTitle: '宋韵上城 · 新活动',
};
export type Labels = typeof zh;

const en: Labels = {
  site: 'Song Heritage Map · Southern Song Lin’an in Shangcheng',
  siteShort: 'Song Heritage Map',
  openMap: 'Open on the map',
  openMapHint: 'Opens the interactive map at this spot',
  kindPlace: 'Place',
  kindWalk: 'Walk',
  kindArea: 'Area',
  kindEvent: 'Event',
  position: 'Position',
  positionNote: 'How the position was found',
  coordinates: (lat: string, lon: string) => `${lat}° N, ${lon}° E`,
  sources: TRANSLATIONS.en.sources,
  hours: TRANSLATIONS.en.hours,
  address: TRANSLATIONS.en.address,
  tickets: 'Tickets',
  period: TRANSLATIONS.en.period,
  booking: 'Booking',
  access: 'Access',
  stops: 'Stops',
  distance: 'Distance',
  duration: 'Time (with stops)',
  stepFree: 'Step-free all the way',
  placesHere: 'Places here',
  dates: 'Dates and times',
  venue: 'Venue',
  organizer: 'Organizer',
  price: 'Price',
  free: 'Free',
  priceCny: (n: number) => `¥${n}`,
  priceUnknown: 'Paid; see the organizer’s notice',
  cancelled: 'Cancelled',
  postponed: 'Postponed',
  otherLangs: 'Other languages',
  breadcrumb: 'Breadcrumb',
  home: 'Map home',
  link: 'link',
  allEvents: 'All events',
  feedTitle: 'Song Heritage Map · new events',
};

/** Function-valued labels are kept as they are (their Chinese output is converted where it is used). */
export function labels(lang: PageLang): Labels {
  const variant = hantVariant(lang);
  if (!variant) return sourceLang(lang) === 'en' ? en : zh;
  return Object.fromEntries(
    Object.entries(zh).map(([k, v]) => [
      k,
      typeof v === 'function'
        ? (...args: never[]) => toHant((v as (...a: never[]) => string)(...args), variant)
        : toHant(v, variant),
    ]),
  ) as Labels;
}

/** The app's own tables (kinds, areas, categories) in a page language. */
export function appWords(lang: PageLang) {
  const t = TRANSLATIONS[sourceLang(lang)];
  const variant = hantVariant(lang);
  const pick = { kinds: t.kinds, areaNames: t.areaNames, categories: t.categories };
  return variant ? deepToHant(pick, variant) : pick;
}
