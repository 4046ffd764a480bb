/**
 * Recurrence rules (RFC 5545 RRULE) for listed events, expanded with the `rrule` package.
 *
 * Accepted subset: FREQ=DAILY|WEEKLY|MONTHLY|YEARLY with INTERVAL, COUNT or UNTIL, BYDAY, BYMONTHDAY,
 * BYMONTH and WKST. Trap: `rrule` only stops when it finds a candidate past UNTIL or reaches the year 9999,
 * so a rule that can never match (BYMONTH=2;BYMONTHDAY=30, or DAILY;INTERVAL=7;BYDAY=MO from a Tuesday)
 * spins for seconds. The checks below reject every such rule in this subset before `rrule` sees it.
 *
 * Work budget: a rule that matches rarely (FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28;BYDAY=MO;COUNT=400 reaches the
 * year 4878) makes `rrule` walk every day of those centuries. Expansion therefore never looks further than
 * MAX_RULE_SPAN_YEARS from the start, and a rule whose end lies beyond is refused with a message saying so:
 * the work for one rule is bounded by ten years of candidates whatever it says.
 *
 * Time zone: `rrule` is given "floating" dates whose UTC fields are Hangzhou wall-clock time (time.ts), so a
 * 19:30 weekly show stays at 19:30 local (11:30Z) on any machine. UNTIL with `Z` is an instant; without `Z`
 * it is local time; a date-only UNTIL means the end of that local day.
 */
import { RRule } from './rrule.ts';
import { DAY_MS, UTC_OFFSET_MS, fromFloating, icsUtc, toFloating } from './time.ts';

/** The most occurrences one event may have. */
export const MAX_OCCURRENCES = 400;
/** The longest time a rule may span, first to last occurrence: ten years (a listing, not an almanac). */
export const MAX_RULE_SPAN_YEARS = 10;
const MAX_RULE_SPAN_MS = Math.round(MAX_RULE_SPAN_YEARS * 365.25 * DAY_MS);

const FREQS = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
type Freq = (typeof FREQS)[number];
const MAX_INTERVAL: Record<Freq, number> = { DAILY: 31, WEEKLY: 8, MONTHLY: 24, YEARLY: 10 };
const PARTS = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'WKST']);
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
/** Month lengths ignoring 29 February: a rule that matches only in leap years is refused. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export interface ParsedRule {
  /** Starts of every occurrence (epoch ms), EXDATEs not yet removed; at most MAX_OCCURRENCES. */
  starts: number[];
  /** The rule's parts in order, UNTIL excluded. */
  parts: [string, string][];
  untilMs?: number;
  count?: number;
}

export type RuleResult = { ok: true; rule: ParsedRule } | { ok: false; message: string };

const int = (s: string) => (/^[+-]?\d{1,4}$/.test(s) ? Number(s) : NaN);

function parseUntil(value: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const floating =
    m[4] === undefined ? Date.UTC(y, mo - 1, d) + DAY_MS - 1000 : Date.UTC(y, mo - 1, d, +m[4], +m[5], +m[6]);
  if (new Date(floating).getUTCDate() !== d) return undefined;
  return m[7] ? floating : floating - UTC_OFFSET_MS;
}

/** The static checks; returns a message, or undefined if the rule is in the safe subset. */
function checkParts(map: Map<string, string>, startMs: number): string | undefined {
  const freq = map.get('FREQ') as Freq | undefined;
  if (!freq) return 'FREQ is required';
  if (!FREQS.includes(freq)) return `FREQ=${freq} is not supported (use ${FREQS.join(', ')})`;
  const interval = map.has('INTERVAL') ? int(map.get('INTERVAL')!) : 1;
  if (!(interval >= 1 && interval <= MAX_INTERVAL[freq]))
    return `INTERVAL must be 1–${MAX_INTERVAL[freq]} for ${freq}`;
  if (map.has('COUNT') && map.has('UNTIL')) return 'COUNT and UNTIL must not both be given';
  if (!map.has('COUNT') && !map.has('UNTIL')) return 'unbounded: add COUNT or UNTIL';
  if (map.has('COUNT')) {
    const c = int(map.get('COUNT')!);
    if (!(c >= 1 && c <= MAX_OCCURRENCES)) return `COUNT must be 1–${MAX_OCCURRENCES}`;
  }
  const start = toFloating(startMs);
  const months = map.has('BYMONTH') ? map.get('BYMONTH')!.split(',').map(int) : [];
  if (months.some((m) => !(m >= 1 && m <= 12))) return 'BYMONTH values must be 1–12';
  const monthDays = map.has('BYMONTHDAY') ? map.get('BYMONTHDAY')!.split(',').map(int) : [];
  if (monthDays.some((d) => !(d !== 0 && Math.abs(d) <= 31))) return 'BYMONTHDAY values must be ±1–31';
  if (monthDays.length && (freq === 'DAILY' || freq === 'WEEKLY'))
    return 'BYMONTHDAY needs FREQ=MONTHLY or YEARLY';
  const longest = Math.max(
    ...(months.length ? months : MONTH_DAYS.map((_, i) => i + 1)).map((m) => MONTH_DAYS[m - 1]),
  );
  if (monthDays.some((d) => Math.abs(d) > longest))
    return `BYMONTHDAY can never match (longest month: ${longest} days)`;
  const days = map.has('BYDAY') ? map.get('BYDAY')!.split(',') : [];
  const weekdays: number[] = [];
  for (const day of days) {
    const m = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(day);
    if (!m || !WEEKDAYS.includes(m[2])) return `BYDAY value "${day}" is not a weekday like MO or -1FR`;
    weekdays.push(WEEKDAYS.indexOf(m[2]));
    if (m[1] === undefined) continue;
    const n = int(m[1]);
    if (!(freq === 'MONTHLY' || (freq === 'YEARLY' && months.length)))
      return `BYDAY "${day}": a position needs FREQ=MONTHLY, or YEARLY with BYMONTH`;
    if (!(n !== 0 && Math.abs(n) <= 4)) return `BYDAY "${day}": position must be ±1–4 (use -1 for the last)`;
    if (monthDays.length) return 'BYDAY with a position cannot be combined with BYMONTHDAY';
  }
  if (map.has('WKST') && !WEEKDAYS.includes(map.get('WKST')!)) return 'WKST must be a weekday like MO';
  if (freq === 'DAILY' && weekdays.length) {
    const reachable = new Set(Array.from({ length: 7 }, (_, j) => (start.getUTCDay() + interval * j) % 7));
    if (!weekdays.some((w) => reachable.has(w)))
      return `BYDAY can never match every ${interval} days from the start`;
  }
  if (freq === 'MONTHLY' && months.length) {
    const reachable = new Set(
      Array.from({ length: 12 }, (_, j) => ((start.getUTCMonth() + interval * j) % 12) + 1),
    );
    if (!months.some((m) => reachable.has(m)))
      return `BYMONTH can never match every ${interval} months from the start`;
  }
  return undefined;
}

/** A rule's parts, read and checked without expanding it (a calendar line needs no occurrences). */
export type ReadRule = Pick<ParsedRule, 'parts' | 'untilMs'> & { map: Map<string, string> };

/**
 * The static half of parseRule: syntax, the safe subset, UNTIL and the span limit, without listing a single
 * occurrence. parseRule expands what this accepts; ical.ts writes RRULE lines from it alone.
 */
export function readRule(
  rrule: string,
  startMs: number,
): { ok: true; rule: ReadRule } | { ok: false; message: string } {
  const fail = (message: string) => ({ ok: false as const, message });
  if (/^RRULE:/i.test(rrule)) return fail('omit the "RRULE:" prefix');
  const parts: [string, string][] = [];
  const map = new Map<string, string>();
  for (const part of rrule.split(';')) {
    const m = /^([A-Z]+)=([A-Z0-9,+-]+)$/.exec(part.trim().toUpperCase());
    if (!m) return fail(`"${part}" is not NAME=VALUE`);
    if (!PARTS.has(m[1])) return fail(`${m[1]} is not supported`);
    if (map.has(m[1])) return fail(`${m[1]} is given twice`);
    map.set(m[1], m[2]);
    if (m[1] !== 'UNTIL') parts.push([m[1], m[2]]);
  }
  const problem = checkParts(map, startMs);
  if (problem) return fail(problem);
  let untilMs: number | undefined;
  if (map.has('UNTIL')) {
    untilMs = parseUntil(map.get('UNTIL')!);
    if (untilMs === undefined)
      return fail('UNTIL must look like 20270227, 20270227T235900 or 20270227T155900Z');
    if (untilMs < startMs) return fail('UNTIL is before the start');
    if (untilMs > startMs + MAX_RULE_SPAN_MS)
      return fail(
        `UNTIL is more than ${MAX_RULE_SPAN_YEARS} years after the start; rules that long are refused`,
      );
  }
  return { ok: true, rule: { parts, map, untilMs } };
}

/**
 * Parses `rrule` for an event starting at `startMs` and lists its occurrences. Fails with a message if the
 * rule is malformed, outside the subset, unbounded, has more than MAX_OCCURRENCES occurrences, or does not
 * have the event's start as its first occurrence (RFC 5545 counts DTSTART; `rrule` would not).
 */
export function parseRule(rrule: string, startMs: number): RuleResult {
  const read = readRule(rrule, startMs);
  if (!read.ok) return read;
  const { parts, map, untilMs } = read.rule;
  const fail = (message: string): RuleResult => ({ ok: false, message });
  let options;
  try {
    options = RRule.parseString(parts.map(([k, v]) => `${k}=${v}`).join(';'));
  } catch (e) {
    return fail(`does not parse: ${(e as Error).message}`);
  }
  const rule = new RRule({
    ...options,
    dtstart: toFloating(startMs),
    // With COUNT, the span limit is the UNTIL that stops the walk (see "Work budget" above).
    until: toFloating(untilMs ?? startMs + MAX_RULE_SPAN_MS),
  });
  const starts = rule.all((_d, i) => i <= MAX_OCCURRENCES).map(fromFloating);
  if (starts.length > MAX_OCCURRENCES) return fail(`has more than ${MAX_OCCURRENCES} occurrences`);
  if (starts[0] !== startMs) return fail('the start is not the first occurrence of the rule');
  const count = map.has('COUNT') ? int(map.get('COUNT')!) : undefined;
  if (count !== undefined && starts.length < count)
    return fail(
      `its ${count} occurrences span more than ${MAX_RULE_SPAN_YEARS} years (only ${starts.length} fall within them); rules that long are refused`,
    );
  return { ok: true, rule: { starts, parts, untilMs, count } };
}

/** The rule for iCalendar output: UNTIL as UTC with `Z`, as RFC 5545 requires beside a DTSTART with TZID. */
export function ruleToIcs(rule: Pick<ParsedRule, 'parts' | 'untilMs'>): string {
  const text = rule.parts.map(([k, v]) => `${k}=${v}`);
  if (rule.untilMs !== undefined) text.push(`UNTIL=${icsUtc(rule.untilMs)}`);
  return text.join(';');
}
