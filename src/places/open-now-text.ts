/**
 * "Open now?" in words for a place card: the state from the hours model (src/hours/open-now.ts) told in
 * the visitor's language. `open` is false once the last entry has passed, since nobody new gets in.
 */
import { clockText } from '../hours/clock-text.ts';
import type { OpenNow } from '../hours/open-now.ts';
import type { Translation } from '../i18n/translations.ts';

export interface OpenNowText {
  text: string;
  open: boolean;
  /** Why the answer may be wrong today (a public holiday), when it may be. */
  caveat?: string;
}

export function openNowText(now: OpenNow, t: Translation): OpenNowText | undefined {
  if (now.state === 'unknown') return undefined;
  const caveat =
    now.uncertain === 'holiday-rule-missing'
      ? t.openNowHoliday
      : now.uncertain === 'holidays-unknown'
        ? t.openNowHolidaysUnknown
        : undefined;
  if (now.state === 'open') {
    if (now.entryClosed && now.lastEntry !== undefined)
      return {
        text: t.openNowEntryClosed(clockText(now.lastEntry), clockText(now.closesAt)),
        open: false,
        caveat,
      };
    const lastEntry = now.lastEntry === undefined ? [] : [t.openNowLastEntry(clockText(now.lastEntry))];
    return { text: [t.openNowOpen(clockText(now.closesAt)), ...lastEntry].join(' · '), open: true, caveat };
  }
  const o = now.opens;
  const opens = o
    ? [t.openNowOpens(o.inDays === 0 ? 'today' : o.inDays === 1 ? 'tomorrow' : o.weekday, clockText(o.at))]
    : [];
  return { text: [t.openNowClosed, ...opens].join(' · '), open: false, caveat };
}
