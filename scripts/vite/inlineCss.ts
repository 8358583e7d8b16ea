import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const STYLESHEET = /<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g;

/**
 * Inlines the entry stylesheet into the built HTML, so first paint waits for no
 * second request (the stylesheet is a few KB). The CSP stays strict: instead of
 * 'unsafe-inline' it names each inlined <style> by its SHA-256 hash.
 */
export const inlineCss = (): Plugin => ({
  name: 'explainer-inline-css',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, context) {
      const bundle = context.bundle;
      if (bundle === undefined) return html;
      const hashes: string[] = [];
      const inlined = html.replace(STYLESHEET, (tag, fileName: string) => {
        const asset = bundle[fileName];
        if (asset === undefined || asset.type !== 'asset') return tag;
        const css = String(asset.source).replace(/<\/style/gi, '<\\/style');
        hashes.push(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
        return `<style>${css}</style>`;
      });
      if (hashes.length === 0) return html;
      if (!inlined.includes("style-src 'self';")) throw new Error('inlineCss: CSP style-src not found');
      return inlined.replace("style-src 'self';", `style-src 'self' ${hashes.join(' ')};`);
    },
  },
});
