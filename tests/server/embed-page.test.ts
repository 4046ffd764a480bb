import { expect, it } from 'vitest';
import { renderEmbed } from '../../server/feed/embed-page.ts';
import { feedEventOf } from '../../src/listings/feed.ts';
import { goodEvents } from '../unit/listings/load.ts';

const show = goodEvents().find((e) => e.id === 'fixture-show')!;
const zhOnly = feedEventOf({ ...show, title_en: undefined, description_en: undefined }, undefined);
const page = (lang: 'zh' | 'en') =>
  renderEmbed({
    lang,
    organization: { name_zh: '测试剧团', name_en: 'Test troupe' },
    items: [{ event: zhOnly, occurrence: zhOnly.occurrences[0] }],
    now: Date.parse('2026-12-01T00:00:00+08:00'),
    site: 'https://example.org/',
  }).html;

it('lists an event without English by its Chinese title, marked "(in Chinese)", in the English embed', () => {
  expect(page('en')).toContain('>测试演出（示例） (in Chinese)</a>');
  expect(page('en')).not.toContain('undefined');
});

it('lists it by its Chinese title alone in the Chinese embed', () => {
  expect(page('zh')).toContain('>测试演出（示例）</a>');
});
