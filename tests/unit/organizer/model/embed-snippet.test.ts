import { describe, expect, it } from 'vitest';
import { EMBED_STRINGS, embedSnippet, embedUrl } from '../../../../src/organizer/model/embed-snippet.ts';

describe('the embed code an organizer copies', () => {
  it('points an iframe at the service’s embed route for the organization and language', () => {
    expect(embedUrl('https://map.example.org', 7, 'en')).toBe(
      'https://map.example.org/embed/events?organization=7&lang=en',
    );
    const code = embedSnippet('https://map.example.org', 7, 'zh', EMBED_STRINGS.zh.frameTitle('测试剧社'));
    expect(code).toBe(
      '<iframe src="https://map.example.org/embed/events?organization=7&lang=zh" title="测试剧社的近期活动" width="100%" height="420" style="border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>',
    );
  });

  it('escapes an organization name that would break out of the title attribute', () => {
    const code = embedSnippet('https://map.example.org', 7, 'en', 'A "club" <b>&</b>');
    expect(code).toContain('title="A &quot;club&quot; &lt;b>&amp;&lt;/b>"');
    expect(code.match(/"/g)).toHaveLength(2 * 7);
  });
});
