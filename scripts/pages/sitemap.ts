/** sitemap.xml: one <url> per page and language, each listing all its language versions as hreflang links. */
import { HREFLANG, type PageLang } from './site.ts';
import { esc } from './render.ts';

export interface SitemapEntry {
  alternates: { lang: PageLang; url: string }[];
}

export function sitemap(site: string, entries: SitemapEntry[]): string {
  const urls = [
    `  <url><loc>${esc(site)}</loc></url>`,
    ...entries.flatMap((e) =>
      e.alternates.map((self) =>
        [
          `  <url>`,
          `    <loc>${esc(self.url)}</loc>`,
          ...e.alternates.map(
            (a) => `    <xhtml:link rel="alternate" hreflang="${HREFLANG[a.lang]}" href="${esc(a.url)}"/>`,
          ),
          ...e.alternates
            .filter((a) => a.lang === 'zh')
            .map((a) => `    <xhtml:link rel="alternate" hreflang="x-default" href="${esc(a.url)}"/>`),
          `  </url>`,
        ].join('\n'),
      ),
    ),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
}
