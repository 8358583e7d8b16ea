import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBED_PARTS } from '../../src/app/mode';

// The built pages as raw text: what a crawler, a share-card scraper or an oEmbed consumer reads (no JavaScript).
const dist = (file: string) => readFileSync(join('dist', file), 'utf8');
const headOf = (html: string) => html.split('</head>')[0] ?? '';
const meta = (head: string, key: string) => new RegExp(`(?:property|name)="${key}" content="([^"]*)"`).exec(head)?.[1];
const canonicalOf = (head: string) => /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1];
const pngSize = (file: string) => {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), isPng: bytes.subarray(1, 4).toString() === 'PNG' };
};
/** Maps an address on the canonical site to the built file that serves it. */
const builtFile = (canonical: string, url: string) => {
  const path = new URL(url).pathname.replace(/^\//, '');
  expect(url.startsWith(canonical)).toBe(true);
  return join('dist', path.endsWith('/') || path === '' ? `${path}index.html` : path);
};

describe('dist/index.html share metadata', () => {
  const head = headOf(dist('index.html'));
  const canonical = canonicalOf(head) ?? '';

  it('has an absolute https canonical address, and Open Graph agrees with it', () => {
    expect(canonical).toMatch(/^https:\/\/[^/]+\/$/);
    expect(meta(head, 'og:url')).toBe(canonical);
    expect(meta(head, 'og:type')).toBe('article');
    expect(meta(head, 'og:title')).toBe(/<title>([^<]+)<\/title>/.exec(head)?.[1]);
    expect(meta(head, 'og:description')).toBe(/<meta name="description" content="([^"]+)"/.exec(head)?.[1]);
    expect(head).not.toContain('name="robots"');
  });

  it('names a 1200x630 PNG preview that exists in the build, for Open Graph and X alike', () => {
    const image = meta(head, 'og:image') ?? '';
    expect(image).toMatch(/^https:\/\/.+\.png$/);
    expect(meta(head, 'twitter:image')).toBe(image);
    expect(meta(head, 'twitter:card')).toBe('summary_large_image');
    expect(meta(head, 'og:image:alt')).toBe(meta(head, 'twitter:image:alt'));
    const file = builtFile(canonical, image);
    expect(pngSize(file)).toEqual({ isPng: true, width: 1200, height: 630 });
    expect(meta(head, 'og:image:width')).toBe('1200');
    expect(meta(head, 'og:image:height')).toBe('630');
    expect(statSync(file).size).toBeLessThan(5 * 1024 * 1024);
  });

  it('points oEmbed consumers at a rich 1.0 answer with one iframe of a built page', () => {
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="[^"]+" \/>/.exec(head)?.[1] ?? '';
    expect(link).toMatch(/^https:\/\//);
    const answer = JSON.parse(readFileSync(builtFile(canonical, link), 'utf8')) as Record<string, unknown>;
    expect(answer).toMatchObject({ version: '1.0', type: 'rich' });
    expect(Number.isInteger(answer.width) && Number.isInteger(answer.height)).toBe(true);
    const html = String(answer.html);
    expect(html.match(/<iframe\b/g)).toHaveLength(1);
    const src = /src="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(existsSync(builtFile(canonical, src.split('?')[0] ?? ''))).toBe(true);
    expect(answer.thumbnail_url).toBe(meta(head, 'og:image'));
  });

  it('uses only absolute https addresses in its share tags', () => {
    for (const [, url] of head.matchAll(/(?:href|content)="(\w+:\/\/[^"]*)"/g)) expect(url).toMatch(/^https:\/\//);
  });
});

describe.each(EMBED_PARTS)('dist/embed/%s/index.html', (part) => {
  const html = dist(`embed/${part}/index.html`);
  const head = headOf(html);

  it('is prerendered for its part, kept out of search results, with the main page as canonical', () => {
    expect(html).toContain(`data-prerendered="embed-${part}"`);
    expect(head).toContain('<meta name="robots" content="noindex" />');
    expect(canonicalOf(head)).toBe(canonicalOf(headOf(dist('index.html'))));
  });

  it('carries its styles inline (no crossorigin request), so an opaque-origin sandbox still applies them', () => {
    expect(head).toMatch(/<style>[^<]{1000,}<\/style>/);
    expect(head).not.toMatch(/<link rel="stylesheet" crossorigin/);
  });
});
