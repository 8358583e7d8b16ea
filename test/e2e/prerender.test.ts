import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Reads the built HTML as raw text: what a crawler or a reader without JavaScript gets.
const html = () => readFileSync('dist/index.html', 'utf8');
const visibleText = (markup: string) =>
  markup
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ')
    .replace(/\s+/g, ' ');

describe('dist/index.html', () => {
  it('holds the whole story as HTML before any script runs', () => {
    const body = visibleText(html().split('<body>')[1] ?? '');
    expect(body.split(' ').filter((word) => /\w/.test(word)).length).toBeGreaterThan(600);
    for (const phrase of ['Ghani', 'Khalilzad', 'Taliban', 'TOLOnews', 'Turkey', '90-day reduction in violence', '2,500', 'May 1']) {
      expect(body).toContain(phrase);
    }
  });

  it('has a title, a description, a favicon and a strict CSP with no inline script', () => {
    const page = html();
    expect(page).toMatch(/<title>[^<]+<\/title>/);
    expect(page).toMatch(/<meta name="description" content="[^"]{50,}"/);
    expect(page).toContain('rel="icon"');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toContain('unsafe-eval');
    // Our own files only: the hashed entry, and boot.js (render-blocking, for ?present).
    expect(page.match(/<script\b[^>]*>/g)?.every((tag) => / src="\/(assets\/[^"]+\.js|boot\.js)"/.test(tag))).toBe(true);
    // \b: a script or style file, not a name that merely starts so (oembed.json).
    expect(page).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|localhost)[^"' )]+\.(js|css|woff2?)\b/);
  });

  it('inlines its stylesheet under a CSP hash rather than unsafe-inline', () => {
    const page = html();
    const css = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
    expect(css.length).toBeGreaterThan(1000);
    const hash = createHash('sha256').update(css).digest('base64');
    expect(page).toContain(`style-src 'self' 'sha256-${hash}'`);
    expect(page).not.toMatch(/style-src [^;]*unsafe-inline/);
  });
});
