/**
 * The repeat builder in the organizer's words: the weekday of a start date, the rule as a sentence in zh
 * and en ("每周六，至2月28日" / "Every Saturday until 28 February"), the dates it gives (each in words, for
 * the list the organizer taps to skip one), and what is wrong with the builder's fields, as codes the
 * strings module words beside each field, never the rule parser's own message.
 */
import { isZh, type Lang } from '../../i18n/lang.ts';
import { parseRule } from '../../listings/rule.ts';
import { DAY_MS, formatLocal, parseLocal } from '../../listings/time.ts';
import {
  WEEKDAYS,
  draftRule,
  endAfter,
  weekOfMonth,
  weekdayOf,
  type EventDraft,
  type Span,
  type Weekday,
} from './draft.ts';

/** The most dates the list offers (a rule may have more; the rest are counted). */
export const LISTED_DATES = 60;

const DAY_ZH: Record<Weekday, string> = {
  MO: '一',
  TU: '二',
  WE: '三',
  TH: '四',
  FR: '五',
  SA: '六',
  SU: '日',
};
const DAY_EN: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Year, month, day of a `YYYY-MM-DD…` string, or undefined. */
function ymd(s: string): [number, number, number] | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

export { weekdayOf };

/**
 * A local date as words: `2月28日` / `28 February`; the year is said when the date is not within the twelve
 * months from `from` (the event's start, `YYYY-MM-DD…`).
 */
export function dateWords(local: string, lang: Lang, from?: string): string {
  const d = ymd(local);
  if (!d) return local;
  const f = from ? ymd(from) : undefined;
  const day = local.slice(0, 10);
  const year =
    !f || day < from!.slice(0, 10) || day >= `${String(f[0] + 1).padStart(4, '0')}-${from!.slice(5, 10)}`;
  return isZh(lang)
    ? `${year ? `${d[0]}年` : ''}${d[1]}月${d[2]}日`
    : `${d[2]} ${MONTHS_EN[d[1] - 1]}${year ? ` ${d[0]}` : ''}`;
}

/** An occurrence's start in words: `12月12日 周六 14:00` / `Sat 12 December, 14:00`. */
export function occurrenceWords(local: string, lang: Lang, from?: string): string {
  const day = weekdayOf(local);
  const time = local.slice(11, 16);
  if (!day) return local;
  return isZh(lang)
    ? `${dateWords(local, lang, from)} 周${DAY_ZH[day]} ${time}`
    : `${DAY_EN[day].slice(0, 3)} ${dateWords(local, lang, from)}, ${time}`;
}

function listDays(days: readonly Weekday[], lang: Lang): string {
  const sorted = WEEKDAYS.filter((w) => days.includes(w));
  if (isZh(lang)) return sorted.map((w) => `周${DAY_ZH[w]}`).join('、');
  const names = sorted.map((w) => DAY_EN[w]);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
}

const NTH_ZH = { 1: '一', 2: '二', 3: '三', 4: '四', [-1]: '最后一' } as Record<number, string>;
const NTH_EN = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' } as Record<number, string>;
const SPAN_ZH: Record<string, string> = { '1': '一个月', '3': '三个月', '6': '六个月' };
const SPAN_EN: Record<string, string> = { '1': '1 month', '3': '3 months', '6': '6 months' };

/**
 * The last date (`YYYY-MM-DD`) of a weekly repeat lasting `span` months from `start`: the last date on the
 * start's weekday before the same date `span` months on (5 December, 3 months: 27 February). '' when the
 * start is not a date yet or there is no span.
 */
export function spanUntil(start: string, span: Span): string {
  const d = ymd(start);
  const from = parseLocal(`${start.slice(0, 10)}T00:00`);
  if (!d || !span || from === undefined) return '';
  const months = d[1] - 1 + Number(span);
  const y = d[0] + Math.floor(months / 12);
  const m = months % 12;
  const daysIn = (Date.UTC(y, m + 1, 1) - Date.UTC(y, m, 1)) / DAY_MS;
  const lastDay = Date.UTC(y, m, Math.min(d[2], daysIn)) - DAY_MS - Date.UTC(d[0], d[1] - 1, d[2]);
  return formatLocal(from + Math.floor(lastDay / (7 * DAY_MS)) * 7 * DAY_MS).slice(0, 10);
}

/**
 * The repeat as one choice in words, as the form offers it: a weekly repeat for a span of months is a single
 * choice; the others ("…") go on to their end (a date or a number of times), weekly also to its days.
 */
export const REPEAT_CHOICES = [
  'none',
  'WEEKLY:1',
  'WEEKLY:3',
  'WEEKLY:6',
  'WEEKLY',
  'MONTHLY:weekday',
  'MONTHLY',
  'DAILY',
  'custom',
] as const;
export type RepeatChoice = (typeof REPEAT_CHOICES)[number];

/** The choice the draft's repeat fields amount to. */
export function repeatChoice(d: EventDraft): RepeatChoice {
  if (d.freq === 'WEEKLY' && d.span) return `WEEKLY:${d.span}`;
  if (d.freq === 'MONTHLY' && d.monthBy === 'weekday') return 'MONTHLY:weekday';
  return d.freq;
}

/** The draft with a repeat choice made (and what follows from it: the weekday, the last date). */
export function withRepeat(d: EventDraft, choice: RepeatChoice): EventDraft {
  const [freq, option] = choice.split(':') as [EventDraft['freq'], string | undefined];
  const next: EventDraft = {
    ...d,
    freq,
    span: freq === 'WEEKLY' && option ? (option as Span) : '',
    monthBy: option === 'weekday' ? 'weekday' : 'day',
  };
  if (next.span) {
    next.interval = '1';
    next.ends = 'until';
  }
  return follow(d, next, 'freq');
}

/** A repeat choice in words, from the start when it is known: "Every Saturday for 3 months", "每周六，持续三个月". */
export function choiceWords(
  choice: RepeatChoice,
  start: string,
  lang: Lang,
  none: string,
  custom: string,
): string {
  const zh = isZh(lang);
  const day = weekdayOf(start);
  const nth = weekOfMonth(start);
  const date = ymd(start)?.[2];
  const [freq, option] = choice.split(':');
  if (choice === 'none') return none;
  if (choice === 'custom') return custom;
  if (freq === 'WEEKLY' && option)
    return zh
      ? `每${day ? `周${DAY_ZH[day]}` : '周'}，持续${SPAN_ZH[option]}`
      : `Every ${day ? DAY_EN[day] : 'week'} for ${SPAN_EN[option]}`;
  if (freq === 'WEEKLY') return zh ? '每周，自选星期和结束日期…' : 'Weekly, choose the days and the end…';
  if (choice === 'MONTHLY:weekday')
    return nth
      ? zh
        ? `每月第${NTH_ZH[nth.position]}个周${DAY_ZH[nth.day]}…`
        : `The ${NTH_EN[nth.position]} ${DAY_EN[nth.day]} of each month…`
      : zh
        ? '每月第几个星期几（如第一个周六）…'
        : 'A weekday of each month (e.g. the first Saturday)…';
  if (freq === 'MONTHLY')
    return date
      ? zh
        ? `每月${date}日…`
        : `Monthly on the ${ordinal(date)}…`
      : zh
        ? '每月同一天…'
        : 'Monthly on the same date…';
  return zh ? '每天…' : 'Every day…';
}

const ordinal = (n: number) => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
};

/**
 * The builder's rule as a sentence, or undefined for a one-off event, a custom rule, or fields not yet
 * complete enough to say (the field messages say what is missing).
 */
export function ruleSentence(d: EventDraft, lang: Lang): string | undefined {
  if (d.freq === 'none' || d.freq === 'custom') return undefined;
  const start = ymd(d.start);
  const n = Number(d.interval.trim() || '1');
  if (!start || !Number.isInteger(n) || n < 1) return undefined;
  const startDay = weekdayOf(d.start)!;
  const days = d.byday.length ? d.byday : [startDay];
  let what: string;
  if (d.freq === 'DAILY')
    what = isZh(lang) ? (n === 1 ? '每天' : `每${n}天`) : n === 1 ? 'Every day' : `Every ${n} days`;
  else if (d.freq === 'WEEKLY')
    what = isZh(lang)
      ? `${n === 1 ? '每' : `每${n}周的`}${listDays(days, lang)}`
      : `Every ${n === 1 ? '' : `${n} weeks on `}${listDays(days, lang)}`;
  else if (d.monthBy === 'weekday') {
    const nth = weekOfMonth(d.start)!;
    what = isZh(lang)
      ? `${n === 1 ? '每月' : `每${n}个月的`}第${NTH_ZH[nth.position]}个周${DAY_ZH[nth.day]}`
      : `The ${NTH_EN[nth.position]} ${DAY_EN[nth.day]} of ${n === 1 ? 'each month' : `every ${n} months`}`;
  } else
    what = isZh(lang)
      ? `${n === 1 ? '每月' : `每${n}个月的`}${start[2]}日`
      : `Every ${n === 1 ? 'month' : `${n} months`} on the ${ordinal(start[2])}`;
  let end: string | undefined;
  if (d.ends === 'until' && ymd(d.until))
    end = isZh(lang)
      ? `，至${dateWords(d.until, lang, d.start)}`
      : ` until ${dateWords(d.until, lang, d.start)}`;
  if (d.ends === 'count' && /^\d+$/.test(d.count.trim()) && Number(d.count) > 0)
    end = isZh(lang) ? `，共${Number(d.count)}次` : `, ${Number(d.count)} times`;
  if (end === undefined) return undefined;
  return what + end;
}

/** Problems of the builder's own fields, keyed by field, as the form's problem codes. */
export type RepeatProblem =
  'required' | 'wholeNumber' | 'untilBeforeStart' | 'startNotOnDay' | 'tooManyDates' | 'rule';

export function repeatProblems(
  d: EventDraft,
): Partial<Record<'interval' | 'count' | 'until' | 'byday' | 'rrule', RepeatProblem>> {
  const out: Partial<Record<'interval' | 'count' | 'until' | 'byday' | 'rrule', RepeatProblem>> = {};
  if (d.freq === 'none') return out;
  const start = parseLocal(d.start);
  if (d.freq === 'custom') {
    const rule = draftRule(d);
    if (!rule) out.rrule = 'required';
    else if (start !== undefined && !parseRule(rule, start).ok) out.rrule = 'rule';
    return out;
  }
  const n = d.interval.trim();
  if (!/^\d+$/.test(n) || Number(n) < 1) out.interval = 'wholeNumber';
  if (d.ends === 'count') {
    if (!d.count.trim()) out.count = 'required';
    else if (!/^\d+$/.test(d.count.trim()) || Number(d.count) < 1) out.count = 'wholeNumber';
  } else if (!ymd(d.until)) out.until = 'required';
  else if (d.start && d.until < d.start.slice(0, 10)) out.until = 'untilBeforeStart';
  const day = weekdayOf(d.start);
  if (d.freq === 'WEEKLY' && day && d.byday.length && !d.byday.includes(day)) out.byday = 'startNotOnDay';
  if (Object.keys(out).length || start === undefined) return out;
  const parsed = parseRule(draftRule(d)!, start);
  if (!parsed.ok)
    out.rrule = /more than|refused|COUNT must be/.test(parsed.message) ? 'tooManyDates' : 'rule';
  return out;
}

/** The dates the rule gives from the draft's start (local `YYYY-MM-DDTHH:mm`), at most LISTED_DATES, and how many in all. */
export function ruleDates(d: EventDraft): { dates: string[]; total: number } {
  const start = parseLocal(d.start);
  const rule = draftRule(d);
  if (start === undefined || !rule || Object.keys(repeatProblems(d)).length) return { dates: [], total: 0 };
  const parsed = parseRule(rule, start);
  if (!parsed.ok) return { dates: [], total: 0 };
  return {
    dates: parsed.rule.starts.slice(0, LISTED_DATES).map(formatLocal),
    total: parsed.rule.starts.length,
  };
}

/**
 * The draft after `key` changed from `before` to `after`, with what follows from it: choosing a duration,
 * or a start with a duration chosen, sets the end; typing an end clears the duration; weekly repeat ticks
 * the start date's weekday (and moves the tick with the start while it is the only one, the start's own).
 */
export function follow(before: EventDraft, after: EventDraft, key: keyof EventDraft): EventDraft {
  const next = { ...after };
  if ((key === 'duration' || key === 'start') && next.duration)
    next.end = endAfter(next.start, next.duration) ?? next.end;
  if (key === 'end') next.duration = '';
  const day = weekdayOf(next.start);
  // A span of months: the start's weekday, and the last date follows the start.
  if (next.freq === 'WEEKLY' && next.span && (key === 'start' || key === 'freq')) {
    next.byday = day ? [day] : [];
    next.until = spanUntil(next.start, next.span);
    return next;
  }
  if (next.freq === 'WEEKLY' && day) {
    const was = weekdayOf(before.start);
    const onlyTheStartDay = before.byday.length === 1 && before.byday[0] === was;
    if (
      (key === 'freq' && !next.byday.length) ||
      (key === 'start' && (!before.byday.length || onlyTheStartDay))
    )
      next.byday = [day];
  }
  return next;
}
