/**
 * The code an organizer copies to show their approved events on their own website: an <iframe> of the
 * service's embeddable listing (server/routes/embed.ts, GET /embed/events), and the words of the box that
 * offers it, in both languages (beside strings.ts, which holds the rest of the page).
 */
import type { TextLang as Lang } from '../../i18n/lang.ts';

/** The embed's address for an organization, in one language. `site` is the service's origin. */
export function embedUrl(site: string, organization: number, lang: Lang): string {
  return new URL(`/embed/events?organization=${organization}&lang=${lang}`, site).href;
}

/** The <iframe> element to paste into a web page; `title` names the frame for screen readers. */
export function embedSnippet(site: string, organization: number, lang: Lang, title: string): string {
  const safeTitle = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${embedUrl(site, organization, lang)}" title="${safeTitle}" width="100%" height="420" style="border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
}

const zh = {
  title: '把活动放到你的网站上',
  intro:
    '把下面的代码粘贴到你网站的页面里，就会显示你们已通过审核、即将举行的活动，并自动更新。它不设置 Cookie，不运行脚本，浅色和深色模式都能看清。',
  codeLabel: (language: string) => `嵌入代码（${language}）`,
  languages: { zh: '中文', en: '英文' } satisfies Record<Lang, string>,
  copy: (language: string) => `复制${language}代码`,
  preview: (language: string) => `预览${language}版本`,
  copied: '已复制到剪贴板。',
  copyFailed: '无法自动复制：代码已选中，请按 Ctrl+C（或 ⌘C）复制。',
  frameTitle: (org: string) => `${org}的近期活动`,
  accentTip: '想换成你网站的主色？在地址里加上 &accent=，后接 6 位十六进制颜色（例如 &accent=0a7b83）。',
};

export type EmbedStrings = typeof zh;

const en: EmbedStrings = {
  title: 'Put your events on your website',
  intro:
    'Paste this code into a page of your website: it shows your approved upcoming events and keeps itself up to date. It sets no cookies, runs no script, and reads well in light and dark mode.',
  codeLabel: (language) => `Embed code (${language})`,
  languages: { zh: 'Chinese', en: 'English' },
  copy: (language) => `Copy the ${language} code`,
  preview: (language) => `Preview in ${language}`,
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy by itself: the code is selected, press Ctrl+C (or ⌘C).',
  frameTitle: (org) => `Upcoming events of ${org}`,
  accentTip:
    'To match your site’s colour, add &accent= and a 6-digit hex colour to the address (for example &accent=0a7b83).',
};

export const EMBED_STRINGS: Record<Lang, EmbedStrings> = { zh, en };
