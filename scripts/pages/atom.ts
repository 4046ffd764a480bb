/**
 * events.atom: an Atom feed (RFC 4287) of the events, newest first by first date, each linking to its page in
 * Chinese with the English title and summary alongside. `updated` is when the listings last changed (the
 * same stamp as the .ics files), never the build's clock.
 */
import type { Feed } from '../../src/listings/feed.ts';
import { esc } from './render.ts';
import { pagePath } from './site.ts';

export function atomFeed(site: string, feed: Feed, stamp: number): string {
  const updated = new Date(stamp).toISOString();
  const events = [...feed.events].sort((a, b) =>
    (b.occurrences[0]?.start ?? '').localeCompare(a.occurrences[0]?.start ?? ''),
  );
  const entries = events.map((e) => {
    const url = `${site}${pagePath('zh', 'events', e.id)}`;
    const en = `${site}${pagePath('en', 'events', e.id)}`;
    const first = e.occurrences[0];
    return `  <entry>
    <id>${esc(url)}</id>
    <title>${esc(`${e.title_en?.trim() ? `${e.title_zh} · ${e.title_en}` : e.title_zh}`)}</title>
    <link rel="alternate" hreflang="zh-Hans" href="${esc(url)}"/>
    <link rel="alternate" hreflang="en" href="${esc(en)}"/>
    <updated>${updated}</updated>
    <summary>${esc(
      `${first ? `${first.start.slice(0, 16).replace('T', ' ')} · ` : ''}${[
        e.description_zh,
        e.description_en ?? '',
      ]
        .filter((x) => x.trim())
        .map((x) => x.split('\n').join(' '))
        .join('\n\n')}`,
    )}</summary>
    <category term="${esc(e.category)}"/>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hans">
  <id>${esc(`${site}events.atom`)}</id>
  <title>宋韵上城 · 活动 · Song Heritage Map events</title>
  <link rel="self" href="${esc(`${site}events.atom`)}"/>
  <link rel="alternate" href="${esc(site)}"/>
  <updated>${updated}</updated>
  <author><name>宋韵上城 · Song Heritage Map</name></author>
${entries.join('\n')}
</feed>
`;
}
