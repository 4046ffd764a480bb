/**
 * Strings of the first screen, the guided walk, read-aloud and the "added to walk" notice, in both languages,
 * kept beside the walk UI (not in src/i18n/translations.ts). `GuideStrings` is the Chinese table's shape.
 */
import type { Lang } from '../../i18n/lang.ts';
import type { Compass } from '../guide.ts';
import { zhHant } from './guide-strings-hant.ts';

const zh = {
  startTitle: '从这里开始',
  startWalks: '精选步道',
  startLength: { h1: '约 1 小时', h2: '约 2 小时', half: '半天' },
  startNear: '我附近有什么',
  startNearHint: '按步行距离列出附近的地点和活动',
  startAreas: '四个片区',
  startClose: '看地图',
  startCloseList: '看全部地点',
  startWalk: '开始导览',
  stopGuide: '结束导览',
  guideTitle: (name: string) => `正在导览：${name}`,
  waiting: '正在获取你的位置…',
  toStart: '先走到起点',
  nextStop: (n: number, name: string) => `下一站 ${n}：${name}`,
  away: (d: string, dir: string) => `直线 ${d}，在你的${dir}方`,
  compass: {
    N: '北',
    NE: '东北',
    E: '东',
    SE: '东南',
    S: '南',
    SW: '西南',
    W: '西',
    NW: '西北',
  } satisfies Record<Compass, string>,
  onStep: (name: string, d: string) => `沿${name}再走 ${d}`,
  /** The next direction: how it turns, where, onto what (steps are named "台阶" by the data). */
  thenStep: (name: string, turn?: 'left' | 'right' | 'straight', at?: string) =>
    `然后${at ? `在${at}` : ''}${turn ? { left: '左转', right: '右转', straight: '直行' }[turn] + '，' : ''}走${name}`,
  thenArrive: '然后到达下一站',
  arrived: (n: number, name: string) => `已到达第 ${n} 站：${name}`,
  offRoute: '你已偏离路线。',
  rerouting: '正在从你所在的位置重新规划路线…',
  rerouted: '已从你所在的位置重新规划路线。',
  rerouteFailed: '无法从这里重新规划：请回到地图上的路线。',
  finished: '步道走完了。谢谢同行！',
  awake: '导览期间屏幕保持常亮。',
  locateDenied: '无法导览：浏览器未允许使用位置。请在设置中允许，或按地图自行步行。',
  locateUnavailable: '暂时无法获取位置；恢复后导览会继续。',
  noGeolocation: '此浏览器不能提供位置，无法导览。',
  here: '你的位置',
  readAloud: '朗读',
  pause: '暂停',
  resume: '继续',
  skip: '跳过这句',
  stopReading: '停止朗读',
  noVoice: '这台设备没有中文语音，无法朗读；请阅读文字。',
  noSpeech: '这个浏览器不支持朗读；请阅读文字。',
  added: (name: string, n: number) => `已把“${name}”加入步道（共 ${n} 站）。`,
  alreadyIn: (name: string) => `“${name}”已在步道中。`,
  full: (n: number) => `步道最多 ${n} 站，未能加入。`,
  openMyWalk: '打开步道',
};

export type GuideStrings = typeof zh;

const en: GuideStrings = {
  startTitle: 'Start here',
  startWalks: 'Curated walks',
  startLength: { h1: 'About 1 hour', h2: 'About 2 hours', half: 'Half a day' },
  startNear: "What's near me now",
  startNearHint: 'Places and events nearby, by walking distance',
  startAreas: 'The four areas',
  startClose: 'Show the map',
  startCloseList: 'See all places',
  startWalk: 'Start walk',
  stopGuide: 'End walk',
  guideTitle: (name: string) => `Walking: ${name}`,
  waiting: 'Finding your position…',
  toStart: 'First walk to the start',
  nextStop: (n: number, name: string) => `Next, stop ${n}: ${name}`,
  away: (d: string, dir: string) => `${d} away, to the ${dir}`,
  compass: {
    N: 'north',
    NE: 'north-east',
    E: 'east',
    SE: 'south-east',
    S: 'south',
    SW: 'south-west',
    W: 'west',
    NW: 'north-west',
  },
  onStep: (name: string, d: string) => `${d} more along ${name}`,
  thenStep: (name: string, turn?: 'left' | 'right' | 'straight', at?: string) =>
    `then ${at ? `at ${at} ` : ''}${
      turn === 'left' || turn === 'right'
        ? `turn ${turn} onto`
        : turn === 'straight'
          ? 'straight on along'
          : 'along'
    } ${name}`,
  thenArrive: 'then you reach the stop',
  arrived: (n: number, name: string) => `You have reached stop ${n}: ${name}`,
  offRoute: 'You have left the route.',
  rerouting: 'Planning a new route from where you are…',
  rerouted: 'New route from where you are.',
  rerouteFailed: 'No route from here: head back to the line on the map.',
  finished: 'You have finished the walk. Thank you for walking with us!',
  awake: 'The screen stays on while you walk.',
  locateDenied:
    'Cannot guide: the browser does not allow your location. Allow it in settings, or follow the map.',
  locateUnavailable: 'Your position is not available just now; guiding resumes when it is.',
  noGeolocation: 'This browser cannot give your position, so it cannot guide you.',
  here: 'Your position',
  readAloud: 'Read aloud',
  pause: 'Pause',
  resume: 'Resume',
  skip: 'Skip sentence',
  stopReading: 'Stop reading',
  noVoice: 'This device has no English voice, so it cannot read aloud; please read the text.',
  noSpeech: 'This browser cannot read aloud; please read the text.',
  added: (name: string, n: number) => `Added “${name}” to your walk (${n} ${n === 1 ? 'stop' : 'stops'}).`,
  alreadyIn: (name: string) => `“${name}” is already in your walk.`,
  full: (n: number) => `A walk has at most ${n} stops; nothing was added.`,
  openMyWalk: 'Open the walk',
};

/** Traditional Chinese, generated from `zh` at build time (scripts/hant/tables.ts). */
const hant: GuideStrings = zhHant;

export const GUIDE_STRINGS: Record<Lang, GuideStrings> = { zh, 'zh-Hant': hant, en };
