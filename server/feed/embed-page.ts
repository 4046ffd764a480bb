/**
 * The embeddable listing (routes/embed.ts): one organization's upcoming approved occurrences as a small HTML
 * page that other sites frame. Plain server-side HTML: no script, no image, no font, nothing fetched; one
 * inline style sheet (allowed by its hash, security.ts `embedHeaders`) in system fonts, light or dark by the
 * reader's preference, with an optional accent colour. Every text from an event or an organization is
 * escaped. Times are Hangzhou wall-clock time in words, whatever the server's zone.
 */
import type { FeedEvent, FeedOccurrence } from '../../src/listings/feed.ts';
import type { TextLang as Lang } from '../../src/i18n/lang.ts';
import { HTML_LANG } from '../../src/i18n/lang.ts';
import { zoned } from '../../src/i18n/zoned.ts';
import { DAY_MS, localDayStart } from '../../src/listings/time.ts';
import { eventTitle } from '../../src/listings/event-text.ts';

/** Text for HTML content and double-quoted attribute values. */
export const esc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const WORDS = {
  zh: {
    heading: (org: string) => `${org} · 近期活动`,
    none: '暂无即将举行的活动。',
    today: '今天',
    tomorrow: '明天',
    cancelled: '已取消',
    postponed: '已延期',
    more: '在宋韵上城查看全部活动',
    site: '宋韵上城',
    notFound: '找不到这个组织的活动列表。请检查嵌入代码中的 organization 编号。',
    badRequest: '嵌入地址有误：',
  },
  en: {
    heading: (org: string) => `${org} · Upcoming events`,
    none: 'No upcoming events.',
    today: 'Today',
    tomorrow: 'Tomorrow',
    cancelled: 'Cancelled',
    postponed: 'Postponed',
    more: 'All events on Song Heritage Map',
    site: 'Song Heritage Map',
    notFound: 'There is no listing for this organization. Check the organization number in the embed code.',
    badRequest: 'This embed address is wrong: ',
  },
} as const;

export interface EmbedItem {
  event: FeedEvent;
  occurrence: FeedOccurrence;
}

export interface EmbedPage {
  html: string;
  /** The inline style sheet's exact text, for its CSP hash. */
  css: string;
}

/** The style sheet: system fonts, everything set here (a framed page inherits nothing from its host). */
export function embedCss(accent?: string): string {
  const a = accent ? `#${accent}` : undefined;
  return `:root{color-scheme:light dark;--fg:#1f1b16;--muted:#5c554c;--bg:#fffdf8;--line:#e4ddd0;--accent:${a ?? '#9a3412'}}
@media (prefers-color-scheme:dark){:root{--fg:#f3efe7;--muted:#c2b9ab;--bg:#1c1a17;--line:#3a362f;--accent:${a ?? '#fdba74'}}}
*{box-sizing:border-box}
html,body{margin:0;padding:0;background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
main{padding:12px 14px}
h1{font-size:16px;margin:0 0 8px;font-weight:600}
ul{list-style:none;margin:0;padding:0}
li{padding:8px 0;border-top:1px solid var(--line)}
li:first-child{border-top:0}
a{color:var(--accent);text-decoration:none}
a:hover,a:focus-visible{text-decoration:underline}
a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.when{display:block;font-size:13px;color:var(--muted);font-variant-numeric:tabular-nums}
.title{display:block;font-weight:600;font-size:15px}
.venue{display:block;font-size:13px;color:var(--muted)}
.status{font-weight:600;color:var(--fg)}
.none{color:var(--muted);margin:4px 0}
footer{margin-top:8px;font-size:12px}
`;
}

const hm = (lang: Lang, ms: number) =>
  zoned(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
const dayWords = (lang: Lang, ms: number) =>
  zoned(lang, { weekday: 'short', month: lang === 'zh' ? 'long' : 'short', day: 'numeric' }).format(ms);

/** "今天 19:30–20:15", "12月6日周六 19:30–20:15", "Sat 6 Dec 10:00 – Sun 7 Dec 18:00", in Hangzhou time. */
export function whenWords(lang: Lang, o: FeedOccurrence, now: number): string {
  const start = Date.parse(o.start);
  const end = Date.parse(o.end);
  const today = localDayStart(now);
  const day = (ms: number) => {
    const d = localDayStart(ms);
    const w = WORDS[lang];
    const name = d === today ? w.today : d === today + DAY_MS ? w.tomorrow : undefined;
    return name ? `${name} · ${dayWords(lang, ms)}` : dayWords(lang, ms);
  };
  const sameDay = localDayStart(start) === localDayStart(end - 1);
  return sameDay
    ? `${day(start)} ${hm(lang, start)}–${hm(lang, end)}`
    : `${day(start)} ${hm(lang, start)} – ${day(end)} ${hm(lang, end)}`;
}

function page(lang: Lang, title: string, body: string, css: string): string {
  return `<!doctype html>
<html lang="${HTML_LANG[lang]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<style>${css}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/**
 * The listing. `site` is the app's address (ending in /); each item links to the occurrence in the app
 * (`#lang=…&event=<id>@<local start>`, the app's share link) and opens it in the whole window.
 */
export function renderEmbed(options: {
  lang: Lang;
  organization: { name_zh: string; name_en: string };
  items: readonly EmbedItem[];
  now: number;
  site: string;
  accent?: string;
}): EmbedPage {
  const { lang, organization, items, now, site } = options;
  const w = WORDS[lang];
  const css = embedCss(options.accent);
  const orgName = lang === 'zh' ? organization.name_zh : organization.name_en || organization.name_zh;
  const heading = w.heading(orgName);
  const list = items.map(({ event: e, occurrence: o }) => {
    const title = eventTitle(e, lang);
    const venue = e.place ? (lang === 'zh' ? e.place.name_zh : e.place.name_en || e.place.name_zh) : '';
    const href = `${site}#lang=${lang}&event=${e.id}@${o.start.slice(0, 16)}`;
    const status =
      e.status === 'cancelled' ? w.cancelled : e.status === 'postponed' ? w.postponed : undefined;
    return [
      '<li>',
      `<span class="when">${esc(whenWords(lang, o, now))}${status ? ` · <span class="status">${esc(status)}</span>` : ''}</span>`,
      `<a class="title" href="${esc(href)}" target="_top">${esc(title)}</a>`,
      venue ? `<span class="venue">${esc(venue)}</span>` : '',
      '</li>',
    ].join('');
  });
  const body = [
    `<h1>${esc(heading)}</h1>`,
    items.length ? `<ul>\n${list.join('\n')}\n</ul>` : `<p class="none">${esc(w.none)}</p>`,
    `<footer><a href="${esc(`${site}#lang=${lang}&ev=list:all`)}" target="_top">${esc(w.more)}</a></footer>`,
  ].join('\n');
  return { html: page(lang, heading, body, css), css };
}

/** The page an unknown organization (404) or a wrong address (400) gets, framed like the listing. */
export function renderEmbedProblem(lang: Lang, problem: 'not_found' | { bad: string }): EmbedPage {
  const w = WORDS[lang];
  const css = embedCss();
  const text = problem === 'not_found' ? w.notFound : `${w.badRequest}${problem.bad}`;
  return { html: page(lang, w.site, `<p class="none">${esc(text)}</p>`, css), css };
}
