import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, oembedResponse, resolveSiteUrl, shareHead } from '../../../scripts/vite/shareMeta';

describe('resolveSiteUrl', () => {
  it('defaults to a reserved example domain and normalises the trailing slash', () => {
    expect(resolveSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(resolveSiteUrl('  ')).toBe(DEFAULT_SITE_URL);
    expect(resolveSiteUrl('https://graphics.news.example')).toBe('https://graphics.news.example/');
  });

  it.each(['http://news.example/', 'news.example', 'https://news.example/explainer/', 'https://news.example/?a=1', '%'])(
    'refuses %j with a message saying what is wrong',
    (value) => {
      expect(() => resolveSiteUrl(value)).toThrow(/SITE_URL/);
    },
  );
});

describe('shareHead', () => {
  const head = shareHead('https://news.example/');
  const content = (key: string) => new RegExp(`(?:property|name)="${key}" content="([^"]*)"`).exec(head)?.[1];

  it('uses one canonical address for the page, Open Graph and the oEmbed link', () => {
    expect(head).toContain('<link rel="canonical" href="https://news.example/" />');
    expect(content('og:url')).toBe('https://news.example/');
    expect(head).toContain('type="application/json+oembed" href="https://news.example/oembed.json"');
  });

  it('describes a large image card with absolute https addresses only', () => {
    expect(content('twitter:card')).toBe('summary_large_image');
    expect(content('og:image')).toBe('https://news.example/og-image.png');
    expect(content('og:image:width')).toBe('1200');
    expect(content('og:image:height')).toBe('630');
    expect(content('og:image:alt')?.length).toBeGreaterThan(20);
    for (const [, url] of head.matchAll(/(?:href|content)="(\w+:[^"]*)"/g)) expect(url).toMatch(/^https:\/\//);
  });
});

describe('oembedResponse', () => {
  it('is a rich oEmbed 1.0 answer with one iframe and whole-pixel sizes', () => {
    const answer = oembedResponse('https://news.example/');
    expect(answer).toMatchObject({ version: '1.0', type: 'rich' });
    expect(Number.isInteger(answer.width) && Number.isInteger(answer.height)).toBe(true);
    expect(answer.html.match(/<iframe\b/g)).toHaveLength(1);
    expect(answer.html).toContain('src="https://news.example/embed/story/?embed=story"');
  });
});
