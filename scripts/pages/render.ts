/**
 * The HTML of a static page: readable with no script (title, text, facts, sources), with its JSON-LD, share
 * tags and language alternates in the head. The one script is an external file (the Content-Security-Policy
 * allows no inline script; a JSON-LD block is data, not script) that sends a visitor with JavaScript on to
 * the interactive map at the same place.
 */
import { HREFLANG, HTML_LANG, LANG_NAME, rootFrom, type PageLang } from './site.ts';
import { labels } from './labels.ts';
import type { JsonLd } from './json-ld.ts';
import { OSM_ATTRIBUTION, OSM_COPYRIGHT_URL } from '../../src/data/licence.ts';

export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface Alternate {
  lang: PageLang;
  /** Absolute URL. */
  url: string;
  /** Relative link from this page. */
  href: string;
}

export interface PageShell {
  lang: PageLang;
  title: string;
  /** One or two sentences for the description and share tags. */
  description: string;
  kindLabel: string;
  url: string;
  alternates: Alternate[];
  /** The app link, relative to the site root: `#lang=en&place=gulou`. */
  appHash: string;
  /** For events: occurrences the script chooses the next of, `start|end` pairs. */
  occurrences?: string[];
  /** Absolute URL of the share image (1200×630 PNG), if there is one. */
  image?: string;
  imageAlt?: string;
  jsonLd: JsonLd;
  /** The body's HTML below the heading (already escaped). */
  body: string;
  noindex?: boolean;
}

const jsonScript = (ld: JsonLd) => JSON.stringify(ld).replace(/</g, '\\u003c');

export function renderPage(p: PageShell): string {
  const l = labels(p.lang);
  const root = rootFrom(p.lang);
  const ogLocale: Record<PageLang, string> = {
    zh: 'zh_CN',
    en: 'en_GB',
    'zh-Hant': 'zh_TW',
    'zh-Hant-HK': 'zh_HK',
  };
  const zhAlt = p.alternates.find((a) => a.lang === 'zh');
  const head = [
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${esc(p.title)} · ${esc(l.siteShort)}</title>`,
    `<meta name="description" content="${esc(p.description)}" />`,
    p.noindex ? '<meta name="robots" content="noindex" />' : '',
    `<link rel="canonical" href="${esc(p.url)}" />`,
    ...p.alternates.map(
      (a) => `<link rel="alternate" hreflang="${HREFLANG[a.lang]}" href="${esc(a.url)}" />`,
    ),
    zhAlt ? `<link rel="alternate" hreflang="x-default" href="${esc(zhAlt.url)}" />` : '',
    '<meta name="theme-color" content="#2b2622" />',
    '<link rel="icon" href="data:," />',
    `<link rel="stylesheet" href="${root}pages/page.css" />`,
    `<meta property="og:type" content="${p.kindLabel === l.kindEvent ? 'article' : 'place'}" />`,
    `<meta property="og:site_name" content="${esc(l.site)}" />`,
    `<meta property="og:title" content="${esc(p.title)}" />`,
    `<meta property="og:description" content="${esc(p.description)}" />`,
    `<meta property="og:url" content="${esc(p.url)}" />`,
    `<meta property="og:locale" content="${ogLocale[p.lang]}" />`,
    ...p.alternates
      .filter((a) => a.lang !== p.lang)
      .map((a) => `<meta property="og:locale:alternate" content="${ogLocale[a.lang]}" />`),
    ...(p.image
      ? [
          `<meta property="og:image" content="${esc(p.image)}" />`,
          '<meta property="og:image:type" content="image/png" />',
          '<meta property="og:image:width" content="1200" />',
          '<meta property="og:image:height" content="630" />',
          `<meta property="og:image:alt" content="${esc(p.imageAlt ?? p.title)}" />`,
          '<meta name="twitter:card" content="summary_large_image" />',
          `<meta name="twitter:image" content="${esc(p.image)}" />`,
          `<meta name="twitter:image:alt" content="${esc(p.imageAlt ?? p.title)}" />`,
        ]
      : ['<meta name="twitter:card" content="summary" />']),
    `<meta name="twitter:title" content="${esc(p.title)}" />`,
    `<meta name="twitter:description" content="${esc(p.description)}" />`,
    `<script type="application/ld+json">${jsonScript(p.jsonLd)}</script>`,
  ].filter(Boolean);
  const langNav = p.alternates
    .filter((a) => a.lang !== p.lang)
    .map(
      (a) =>
        `<li><a href="${esc(a.href)}" hreflang="${HTML_LANG[a.lang]}" lang="${HTML_LANG[a.lang]}">${LANG_NAME[a.lang]}</a></li>`,
    )
    .join('');
  const occ = p.occurrences ? ` data-occurrences="${esc(p.occurrences.join(' '))}"` : '';
  return `<!doctype html>
<html lang="${HTML_LANG[p.lang]}">
  <head>
    ${head.join('\n    ')}
  </head>
  <body>
    <header class="site">
      <a class="home" href="${root}#lang=${p.lang === 'en' ? 'en' : 'zh'}">${esc(l.siteShort)}</a>
      <nav aria-label="${esc(l.otherLangs)}"><ul class="langs">${langNav}</ul></nav>
    </header>
    <main>
      <article>
        <p class="kind">${esc(p.kindLabel)}</p>
        <h1>${esc(p.title)}</h1>
        <p class="open"><a class="open-map" data-app${occ} href="${esc(root + p.appHash)}">${esc(l.openMap)}</a></p>
${p.body}
      </article>
    </main>
    <footer class="site">
      <p>${esc(l.site)} · <a href="${OSM_COPYRIGHT_URL}">${esc(OSM_ATTRIBUTION)}</a></p>
    </footer>
    <script src="${root}pages/enhance.js"></script>
  </body>
</html>
`;
}

/** A definition list of the facts that are present. */
export function facts(rows: [string, string | undefined][]): string {
  const items = rows.filter((r): r is [string, string] => Boolean(r[1]));
  if (!items.length) return '';
  return `        <dl class="facts">\n${items
    .map(([k, v]) => `          <div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`)
    .join('\n')}\n        </dl>`;
}

/** Text with blank-line or newline breaks as paragraphs. */
export function paragraphs(text: string | undefined, cls = ''): string {
  if (!text) return '';
  return text
    .split(/\n+/)
    .filter((t) => t.trim())
    .map((t) => `        <p${cls ? ` class="${cls}"` : ''}>${esc(t)}</p>`)
    .join('\n');
}
