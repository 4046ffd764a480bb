/**
 * UI strings of the learning material (glossary, timeline, questions) in both languages, kept beside it
 * rather than in src/i18n/translations.ts. `LearningStrings` is the Chinese table's shape; English must match.
 */
import type { Lang } from '../i18n/lang.ts';
import type { AgeGroup } from './schema.ts';
import { zhHant } from './strings-hant.ts';

const zh = {
  glossary: '词语表',
  timeline: '宋代年表',
  ages: { primary: '小学', junior: '初中', senior: '高中' } satisfies Record<AgeGroup, string>,
  question: '问题',
  answer: '答案',
  sources: '出处',
  atStops: '与本次站点有关',
  pinyin: '拼音',
  /** A Common Era year with its reign-era date, e.g. 1138年（绍兴八年）. */
  year: (year: number, era: string | undefined) => (era ? `${year}年（${era}）` : `${year}年`),
  empty: '学习资料尚未加载。',
};

export type LearningStrings = typeof zh;

const en: LearningStrings = {
  glossary: 'Glossary',
  timeline: 'Song timeline',
  ages: { primary: 'Primary', junior: 'Junior secondary', senior: 'Senior secondary' },
  question: 'Question',
  answer: 'Answer',
  sources: 'Sources',
  atStops: 'Concerns your stops',
  pinyin: 'Pinyin',
  year: (year, era) => (era ? `${year} (${era})` : `${year}`),
  empty: 'The learning material has not loaded yet.',
};

/** Traditional Chinese, generated from `zh` at build time (scripts/hant/tables.ts). */
const hant: LearningStrings = zhHant;

export const LEARNING_STRINGS: Record<Lang, LearningStrings> = { zh, 'zh-Hant': hant, en };
