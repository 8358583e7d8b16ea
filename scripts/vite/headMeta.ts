import type { Plugin } from 'vite';
import { site } from '../../src/content/site.ts';

/** The Content-Security-Policy of the built site (a meta tag, so it travels with the static files). */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Style attributes only (React/Motion write transforms); no <style> elements, no script.
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const escapeAttr = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Fills index.html's head from src/content/site.ts (title and description live
 * in the content, not in the template) and, in builds, adds the CSP meta and
 * gives the page's code low fetch priority (after the text, for the first
 * paint), and drops `crossorigin` from our own stylesheets so they still load inside an
 * opaque-origin sandboxed iframe.
 */
export const headMeta = (): Plugin => ({
  name: 'explainer-head-meta',
  transformIndexHtml: {
    order: 'post',
    handler(html, context) {
      const isBuild = context.server === undefined;
      const csp = isBuild
        ? `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />\n    `
        : '';
      const head = [
        `<title>${escapeAttr(site.title)}</title>`,
        `<meta name="description" content="${escapeAttr(site.description)}" />`,
      ].join('\n    ');
      const withHead = html
        .replace('<!--csp-->', csp)
        .replace('<!--head-meta-->', head)
        .replace(/<html lang="[^"]*"/, `<html lang="${site.lang}"`);
      if (!isBuild) return withHead;
      return (
        withHead
          .replace(/<link rel="(stylesheet|modulepreload)" crossorigin /g, '<link rel="$1" ')
          // The page is readable without its code: the code must never compete with the text for the first paint.
          .replace(/<script type="module" /g, '<script type="module" fetchpriority="low" ')
          .replace(/<link rel="modulepreload" /g, '<link rel="modulepreload" fetchpriority="low" ')
      );
    },
  },
});
