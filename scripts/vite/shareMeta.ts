import type { Plugin } from 'vite';
import { embedParts, shareUi } from '../../src/content/embed.ts';
import { site } from '../../src/content/site.ts';
import { iframeSnippet } from '../../src/features/embed/embedSnippets.ts';

/** Where the site lives when SITE_URL is not set: a reserved example domain, so nothing real is claimed. */
export const DEFAULT_SITE_URL = 'https://four-steps.example.org/';

/** The preview image for share cards, committed in public/ (made by scripts/og-image.mjs). */
const SHARE_IMAGE = { file: 'og-image.png', width: 1200, height: 630 } as const;
const OEMBED_FILE = 'oembed.json';
const OEMBED_WIDTH = 600;

/**
 * The canonical root of the site, from SITE_URL at build time: absolute https,
 * at the root of its host (the build serves its assets from `/`), ending in `/`.
 */
export const resolveSiteUrl = (value: string | undefined = process.env.SITE_URL): string => {
  const raw = value === undefined || value.trim() === '' ? DEFAULT_SITE_URL : value.trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute https address, got "${raw}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`SITE_URL must use https, got "${raw}"`);
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw new Error(`SITE_URL must be the root of its host (like https://example.org/), got "${raw}"`);
  }
  return url.href;
};

const escapeAttr = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Canonical, Open Graph, X card and oEmbed discovery tags, every address absolute. */
export const shareHead = (siteUrl: string): string => {
  const image = new URL(SHARE_IMAGE.file, siteUrl).href;
  const oembed = new URL(OEMBED_FILE, siteUrl).href;
  const meta = (attribute: 'property' | 'name', key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${escapeAttr(value)}" />`;
  return [
    `<link rel="canonical" href="${escapeAttr(siteUrl)}" />`,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', site.title),
    meta('property', 'og:description', site.description),
    meta('property', 'og:url', siteUrl),
    meta('property', 'og:site_name', site.shortTitle),
    meta('property', 'og:image', image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(SHARE_IMAGE.width)),
    meta('property', 'og:image:height', String(SHARE_IMAGE.height)),
    meta('property', 'og:image:alt', shareUi.imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', site.title),
    meta('name', 'twitter:description', site.description),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', shareUi.imageAlt),
    `<link rel="alternate" type="application/json+oembed" href="${escapeAttr(oembed)}" title="${escapeAttr(site.title)}" />`,
  ].join('\n    ');
};

/** The oEmbed answer (type rich, spec 1.0): one iframe of the whole story, sized in whole pixels. */
export const oembedResponse = (siteUrl: string) => {
  const story = embedParts[0];
  return {
    version: '1.0',
    type: 'rich',
    title: site.title,
    provider_name: site.shortTitle,
    provider_url: siteUrl,
    html: iframeSnippet({ siteRoot: siteUrl, part: story.id, theme: 'auto' }),
    width: OEMBED_WIDTH,
    height: story.initialHeight,
    thumbnail_url: new URL(SHARE_IMAGE.file, siteUrl).href,
    thumbnail_width: SHARE_IMAGE.width,
    thumbnail_height: SHARE_IMAGE.height,
  };
};

/** Adds the share tags to every page and writes oembed.json next to them. */
export const shareMeta = (siteUrl = resolveSiteUrl()): Plugin => ({
  name: 'explainer-share-meta',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => html.replace('</head>', `  ${shareHead(siteUrl)}\n  </head>`),
  },
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: OEMBED_FILE, source: `${JSON.stringify(oembedResponse(siteUrl), null, 2)}\n` });
  },
});
