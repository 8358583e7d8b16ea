// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { embedParts } from '../../../src/content/embed';
import { embedSnippetKinds } from '../../../src/content/embedDialog';
import { embedSnippet, iframeSnippet, pymSnippet, scriptSnippet } from '../../../src/features/embed/embedSnippets';
import { embedPageUrl, fullExplainerUrl } from '../../../src/features/embed/embedUrls';

const siteRoot = 'https://news.example/';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('embed addresses', () => {
  it('points at the prerendered page of each part, keeping ?embed= so the script path agrees', () => {
    expect(embedPageUrl({ siteRoot, part: 'timeline', theme: 'auto' })).toBe('https://news.example/embed/timeline/?embed=timeline');
    expect(embedPageUrl({ siteRoot: 'https://news.example', part: 'story', theme: 'dark' })).toBe(
      'https://news.example/embed/story/?embed=story&theme=dark',
    );
    expect(embedPageUrl({ siteRoot: '/', part: 'actors', theme: 'light' })).toBe('/embed/actors/?embed=actors&theme=light');
  });

  it('adds a bare &hindsight only when asked, after the theme', () => {
    expect(embedPageUrl({ siteRoot, part: 'timeline', theme: 'auto', hindsight: true })).toBe('https://news.example/embed/timeline/?embed=timeline&hindsight');
    expect(embedPageUrl({ siteRoot, part: 'story', theme: 'dark', hindsight: true })).toBe('https://news.example/embed/story/?embed=story&theme=dark&hindsight');
    expect(embedPageUrl({ siteRoot, part: 'story', theme: 'auto', hindsight: false })).toBe('https://news.example/embed/story/?embed=story');
    const frame = parse(iframeSnippet({ siteRoot, part: 'timeline', theme: 'auto', hindsight: true })).querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('https://news.example/embed/timeline/?embed=timeline&hindsight');
    const pym = parse(pymSnippet({ siteRoot, part: 'proposals', theme: 'auto', hindsight: true })).querySelector('[data-pym-src]');
    expect(pym?.getAttribute('data-pym-src')).toBe('https://news.example/embed/proposals/?embed=proposals&hindsight');
  });

  it('links each part to its own section of the full explainer', () => {
    expect(fullExplainerUrl('/', 'story')).toBe('/');
    expect(fullExplainerUrl('/', 'timeline')).toBe('/#war');
    expect(fullExplainerUrl(siteRoot, 'proposals')).toBe('https://news.example/#proposals');
    expect(fullExplainerUrl(siteRoot, 'actors')).toBe('https://news.example/#actors');
  });
});

describe('the plain iframe', () => {
  it.each(embedParts.map((part) => [part.id, part] as const))('%s: a titled, full-width, lazy frame with a starting height', (_id, part) => {
    const frames = parse(iframeSnippet({ siteRoot, part: part.id, theme: 'auto' })).querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    const frame = frames[0]!;
    expect(frame.getAttribute('src')).toBe(`https://news.example/embed/${part.id}/?embed=${part.id}`);
    expect(frame.getAttribute('title')).toBe(part.frameTitle);
    expect(frame.getAttribute('width')).toBe('100%');
    expect(Number(frame.getAttribute('height'))).toBeGreaterThanOrEqual(600);
    expect(frame.getAttribute('loading')).toBe('lazy');
  });
});

describe('the pym.js snippet', () => {
  it('uses data-pym-src and a title, loads pym from this site, and links to the explainer until pym runs', () => {
    const doc = parse(pymSnippet({ siteRoot, part: 'proposals', theme: 'auto' }));
    const container = doc.querySelector('[data-pym-src]')!;
    expect(container.getAttribute('data-pym-src')).toBe('https://news.example/embed/proposals/?embed=proposals');
    expect(container.getAttribute('data-pym-title')).toBe(embedParts.find((part) => part.id === 'proposals')?.frameTitle);
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://news.example/#proposals');
    expect(doc.querySelector('script')?.getAttribute('src')).toBe('https://news.example/vendor/pym.v1.min.js');
  });
});

describe('the no-library snippet', () => {
  const snippet = scriptSnippet({ siteRoot, part: 'actors', theme: 'auto' });

  it('pairs one frame with a listener that checks the sender, its origin and the message shape', () => {
    const doc = parse(snippet);
    expect(doc.querySelectorAll('iframe')).toHaveLength(1);
    expect(doc.querySelector('iframe')?.id).toBe('four-steps-actors');
    const code = doc.querySelector('script')?.textContent ?? '';
    expect(code).toContain("document.getElementById('four-steps-actors')");
    expect(code).toContain('event.source !== frame.contentWindow');
    expect(code).toContain('event.origin !== origin');
    expect(code).toContain("data.sentinel !== 'amp' || data.type !== 'embed-size'");
    expect(code).toMatch(/isFinite\(height\) \|\| height <= 0 \|\| height > \d+/);
    expect(code).not.toMatch(/innerHTML|eval|location/);
  });

  it('gives each part its own frame id, so several parts can share a page', () => {
    const ids = embedParts.map((part) => parse(scriptSnippet({ siteRoot, part: part.id, theme: 'auto' })).querySelector('iframe')?.id);
    expect(new Set(ids).size).toBe(embedParts.length);
  });
});

describe('embedSnippet', () => {
  it('builds every kind the dialog offers, escaping what goes into attributes', () => {
    for (const kind of embedSnippetKinds) {
      const code = embedSnippet(kind.id, { siteRoot: 'https://news.example/"><script>', part: 'story', theme: 'auto' });
      expect(code).not.toContain('"><script>');
      expect(code).toContain('&quot;&gt;&lt;script&gt;');
    }
  });
});
